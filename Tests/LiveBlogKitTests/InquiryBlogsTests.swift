import Testing
@testable import LiveBlogKit

/// What a public inquiry's page found: a witness named in full in one post and by surname
/// alone as she speaks in the next, the `she` who answers the one who asked her, a place before
/// a speaker's colon, and the inquiry's counsel.
@Suite struct InquiryBlogsTests {
    static let blog = LiveBlogParser.parse("""
        Post Office Horizon inquiry: Paula Vennells gives evidence – live

        12.55 BST
        Vennells breaks down
        Paula Vennells broke down in tears as she was asked about the suicide of a subpostmaster.

        Jason Beer KC, counsel to the inquiry, asked her: “Did you ever stop to think about the effect on these people?”

        She replied: “I have thought about it every day since.”

        12.20 BST
        ‘I was too trusting’
        Asked by Beer whether she had been misled, Vennells said: “I was too trusting.”

        11.40 BST
        Subpostmasters watch from the gallery
        Alan Bates told reporters outside Aldwych House: “She still doesn’t get it.”
        """)

    /// `Paula Vennells broke down`, then in the next post `Vennells said:`: the surname that
    /// speaks, in a post near the full name's, makes the full name a person's, and the words hers.
    @Test func aSurnameThatSpeaksInANearPost() {
        #expect(Self.blog.posts[1].quotes.map(\.speaker) == ["Paula Vennells"])
        #expect(Self.blog.person(named: "Paula Vennells")?.posts.count == 2)
    }

    /// `Paula Vennells broke down in tears as she was asked …`, then `Jason Beer … asked her: “…”`
    /// and `She replied: “…”`: she is the one he asked, written with `she` before, not he.
    @Test func sheIsTheOneAsked() {
        #expect(Self.blog.posts[0].quotes.map(\.speaker) == ["Jason Beer", "Paula Vennells"])
    }

    /// `told reporters outside Aldwych House: “…”`: where the words were said is no speaker.
    @Test func aPlaceBeforeTheColonIsNoOne() {
        #expect(Self.blog.people.map(\.name).sorted() == ["Alan Bates", "Jason Beer", "Paula Vennells"])
        #expect(Self.blog.posts[2].quotes.map(\.speaker) == ["Alan Bates"])
    }

    /// `Jason Beer KC, counsel to the inquiry`: counsel is a role.
    @Test func counselIsARole() {
        #expect(Self.blog.person(named: "Jason Beer")?.role == "counsel to the inquiry")
    }

    /// `Sir Martin Moore-Bick’s report` in the summary, then `the inquiry chairman, Sir Martin
    /// Moore-Bick, said`: a report is what an inquiry's chair files too, so it makes no
    /// reporter of one whom the blog gives a role; and a headline's present tense (`Keir
    /// Starmer apologises`) is a person's, as its past is, whom `Starmer` in a title is then.
    @Test func anInquiryChairsReportAndAHeadlinesPresentTense() {
        let blog = LiveBlogParser.parse("""
            Grenfell Tower inquiry report – live

            Sir Martin Moore-Bick's report says every death was avoidable
            Keir Starmer apologises on behalf of the state

            12.55pm BST

            Inquiry chair: 'decades of failure'

            "The deaths were all avoidable," the inquiry chairman, Sir Martin Moore-Bick, said.

            12.40pm BST

            Starmer apologises in Commons

            "This should never have happened," the prime minister told MPs.

            12.30pm BST

            Our reporter's analysis

            Robert Booth's report from the inquiry is here.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Keir Starmer", "Martin Moore-Bick"])
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Martin Moore-Bick"])
        #expect(blog.reporters == ["Robert Booth"])
    }
}

