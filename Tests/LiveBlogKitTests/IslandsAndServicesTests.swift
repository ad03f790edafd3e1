import Testing
@testable import LiveBlogKit

/// What a storm page for the Channel Islands and pages of public services found: an island's
/// chief is no hospital's, a role runs to the end of the service a title is of, and a member of
/// an assembly is known by the letters of the office.
@Suite struct IslandsAndServicesTests {
    /// `Jersey’s chief minister` is the island's, not `Jersey General Hospital`'s; a hospital's
    /// chief executive, nurse or chief of surgery is the hospital's.
    @Test func anIslandsChiefIsNoHospitals() {
        let blog = LiveBlogParser.parse("""
            Storm Ciarán live

            10.45 GMT
            Jersey General Hospital was running on generators.

            10.20 GMT
            Jersey’s chief minister, Kristina Moore, said: “Please stay at home.”

            10.00 GMT
            The Royal Free Hospital was busy.

            09.40 GMT
            The Royal Free’s chief executive, Ann Lee, said so, and Royal Free’s chief nurse agreed.
            """)
        #expect(blog.hospitals.map { "\($0.name) \($0.posts.count)" }.sorted() == ["Jersey General Hospital 1", "Royal Free Hospital 2"])
        #expect(blog.posts[1].hospitals.isEmpty)
    }

    /// `the chief officer of Jersey’s fire and rescue service`, `director of nursing and
    /// midwifery`: the nouns `and` joins end the role; a second description after `and` does not.
    @Test func aRoleRunsToTheEndOfItsService() {
        let blog = LiveBlogParser.parse("""
            Storm Ciarán live

            09.55 GMT
            Kevin Lewis, the chief officer of Jersey’s fire and rescue service, described the damage as “unprecedented”.

            Ann Lee, director of nursing and midwifery, said the wards were full.

            Sue Hart, the head of the trust and a mother of two, said she was proud.
            """)
        let roles = Dictionary(uniqueKeysWithValues: blog.people.map { ($0.name, $0.role ?? "") })
        #expect(roles["Kevin Lewis"] == "chief officer of Jersey’s fire and rescue service")
        #expect(roles["Ann Lee"] == "director of nursing and midwifery")
        #expect(roles["Sue Hart"] == "head of the trust")
    }

    /// `Gauteng health MEC Nomathemba Mokgethi said`, `Sinn Féin TD Louise O’Reilly said`: the
    /// letters of a member's office are no part of the name, and with what stands before them
    /// are the role.
    @Test func aMembersLettersAreTheirOffice() {
        let blog = LiveBlogParser.parse("""
            Unrest live

            10.15am
            Gauteng health MEC Nomathemba Mokgethi said: “We will not let the patients suffer.”

            Sinn Féin TD Louise O’Reilly said: “It is a scandal.”

            Labour MSP Jackie Baillie told MSPs: “Shame.”
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Nomathemba Mokgethi", "Louise O’Reilly", "Jackie Baillie"])
        let roles = Dictionary(uniqueKeysWithValues: blog.people.map { ($0.name, $0.role ?? "") })
        #expect(roles["Nomathemba Mokgethi"] == "Gauteng health MEC")
        #expect(roles["Louise O’Reilly"] == "Sinn Féin TD")
    }
}
