import Testing
@testable import LiveBlogKit

/// Shapes of a marathon bombing page, a pope's stay in hospital and a rail crash page: a
/// speaker called by their office alone after the post names them (`“…,” the prime minister
/// said`), hospitals written by clipped words (`Mass General`, `the Royal Vic`) or by the
/// surname of the one they are named after (`the Gemelli`), a `Polyclinic`, and a cardinal's
/// title.
@Suite struct NicknamesAndOfficesTests {
    /// `Narendra Modi visited the injured. “…,” the prime minister said`: an office that no one
    /// the blog names holds is the one person's the post named before it, as `he said` would be.
    @Test func anOfficeAloneIsThePersonThePostIsAbout() {
        let blog = LiveBlogParser.parse("""
            Odisha train crash – live

            2.05pm IST

            Modi visits the injured

            Narendra Modi visited the injured at Fakir Mohan Medical College and Hospital in Balasore. “Those found guilty will be punished severely,” the prime minister said.

            1.20pm IST

            Meloni visits

            Giorgia Meloni visited the pope at the hospital.

            “I found him alert and responsive,” the prime minister said in a statement.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Narendra Modi"])
        #expect(blog.posts[1].quotes.map(\.speaker) == ["Giorgia Meloni"])
        #expect(blog.posts.allSatisfy { $0.quotes.allSatisfy { $0.attribution == nil } })
    }

    /// Not when that person holds another office (`Boston police commissioner Ed Davis`), or
    /// held that office once (`the former health secretary, Jeremy Hunt`), nor when the post
    /// named two (`Karin Smyth and Jacqui Smith`: `DescribedSpeakersTests`).
    @Test func anotherOrAFormerOfficeIsNotTheOneCalled() {
        let blog = LiveBlogParser.parse("""
            Boston Marathon explosions – live

            7.40pm EDT

            Boston police commissioner Ed Davis said there were no suspects in custody. “We are asking people to stay indoors,” the governor said.

            7.10pm EDT

            The former health secretary, Jeremy Hunt, visited the hospital.

            “Staff have been heroic,” the health secretary said.
            """)
        #expect(blog.posts.map { $0.quotes.map { $0.speaker ?? $0.attribution } } == [["the governor"], ["the health secretary"]])
    }

    /// `Cardinal Pietro Parolin`, `Cardinal Vincent Nichols`: a cardinal's title is no word of
    /// the name.
    @Test func aCardinalsTitleIsARole() {
        let blog = LiveBlogParser.parse("H\n\n10.00am\n\nCardinal Vincent Nichols said: \"We pray for him.\"\n")
        #expect(blog.people.map(\.name) == ["Vincent Nichols"])
        #expect(blog.person(named: "Vincent Nichols")?.role == "cardinal")
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Vincent Nichols"])
    }
}
