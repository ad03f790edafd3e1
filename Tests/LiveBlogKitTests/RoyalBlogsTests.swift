import Testing
@testable import LiveBlogKit

/// Shapes of a page about a public figure in hospital: a post headed with a speaker's name and
/// a colon, and people who arrive at or stay in a hospital, which is no workplace of theirs.
@Suite struct RoyalBlogsTests {
    static let blog = LiveBlogParser.parse("""
        King Charles admitted to hospital for prostate treatment – live

        12.45 GMT

        King arrives at the London Clinic

        King Charles has arrived at the London Clinic in Marylebone for treatment.

        Margaret Evans, 84, spent the night on a trolley in a corridor at Queen Alexandra Hospital.

        11.20 GMT

        Sunak: “We all wish him well”

        Rishi Sunak said the country wished the King a speedy recovery.

        Asked about the King’s health, the prime minister said: “I’m sure the whole country will join me in wishing him well.”
        """)

    /// Under `Sunak: “We all wish him well”`, `the prime minister said:` is Rishi Sunak, as
    /// under `Theresa May says …`: an office no one the blog names holds is the title's speaker's.
    @Test func aTitleOpeningWithASpeakerAndAColon() {
        #expect(Self.blog.posts[1].quotes.map(\.speaker) == ["Rishi Sunak"])
    }

    /// Under `Chris Whitty: “…”`, whom the blog calls England's chief medical officer, `the
    /// prime minister said` is not he: the title's speaker takes an office no one holds only
    /// where no other role of theirs is known.
    @Test func aTitlesSpeakerWithAnotherRoleHoldsNoOffice() {
        let blog = LiveBlogParser.parse("""
            Covid live

            14.10 GMT

            Chris Whitty: ‘don’t mix with people you don’t need to’

            England’s chief medical officer, Prof Chris Whitty, told the briefing: “Prioritise the social interactions that matter.”

            Boris Johnson, standing beside him, said he was not cancelling anything. “We are not cancelling events,” the prime minister said.
            """)
        #expect(blog.posts[0].quotes.map { $0.speaker ?? $0.attribution } == ["Chris Whitty", "the prime minister"])
        #expect(blog.people.map(\.name).sorted() == ["Boris Johnson", "Chris Whitty"])
    }

    /// `King arrives at the London Clinic`, `spent the night … at Queen Alexandra Hospital`: a
    /// visitor's or a patient's time at a hospital says it is not their workplace.
    @Test func arrivingOrStayingIsNoWork() {
        #expect(Self.blog.people.first { $0.name == "King Charles" }?.hospital == nil)
        #expect(Self.blog.people.first { $0.name == "Margaret Evans" }?.hospital == nil)
        #expect(Self.blog.people.first { $0.name == "Margaret Evans" }?.age == 84)
    }

    /// `Former prime minister Liz Truss`, `the former health secretary, Jeremy Hunt`: a role
    /// someone held once keeps its `former`, so the office now held is no one's of theirs
    /// (`the health secretary said:` is not Jeremy Hunt).
    @Test func aFormerOfficeIsKept() {
        let blog = LiveBlogParser.parse("""
            Election night

            02.10 BST

            Former prime minister Liz Truss lost her seat. The former health secretary, Jeremy Hunt, held his.

            The health secretary said: “It has been a difficult night.”
            """)
        #expect(blog.person(named: "Liz Truss")?.role == "former prime minister")
        #expect(blog.person(named: "Jeremy Hunt")?.role == "former health secretary")
        #expect(blog.posts[0].quotes.first?.speaker == nil)
    }

    /// `Ex-minister Tom Brake`: a title written with `ex-` is a role, not a word of the name.
    @Test func anExTitleIsARole() {
        let blog = LiveBlogParser.parse("H\n\n10.00am\nEx-minister Tom Brake said the plan had failed. Exeter Hospital said so.")
        #expect(blog.people.map(\.name) == ["Tom Brake"])
        #expect(blog.person(named: "Tom Brake")?.role == "ex-minister")
        #expect(blog.hospitals.map(\.name) == ["Exeter Hospital"])
    }
}
