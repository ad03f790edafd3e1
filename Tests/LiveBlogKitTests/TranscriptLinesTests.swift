import Testing
@testable import LiveBlogKit

/// A hearing or a press conference written out as a transcript: a name, a colon, then what was
/// said, with no quote marks.
@Suite struct TranscriptLinesTests {
    static let inquiry = LiveBlogParser.parse("""
        Covid inquiry live: Matt Hancock gives evidence

        Fri 1 Dec 2023 15.40 GMT
        The inquiry's lead counsel, Hugo Keith KC, asked Matt Hancock, the former health secretary, about care homes.
        Keith: Did you throw a protective ring around care homes?
        Hancock: We did everything we could to protect care homes. I stand by that.
        Update: the session has been paused for lunch.
        Q: Will you resign?
        London: Protesters gathered outside the building.

        Fri 1 Dec 2023 14.55 GMT
        Lady Hallett, the inquiry's chair, intervened.
        Lady Hallett: Mr Hancock, please answer the question.
        Hancock: I said "no" to that plan.
        Hancock: Ask Chris Whitty.
        """)

    /// Each line whose name is a person the blog knows, or a titled name, is that person's
    /// quote, in full and in order; a label (`Update:`, `Q:`) or a place before a colon is no
    /// one's, and the line stays a paragraph; a line holding quote marks is read by them alone.
    @Test func namedLinesAreTheirSpeakersQuotes() {
        let posts = Self.inquiry.posts
        let first = posts[0].quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
        #expect(first == ["Hugo Keith: Did you throw a protective ring around care homes?",
                          "Matt Hancock: We did everything we could to protect care homes. I stand by that."])
        #expect(posts[0].quotes.allSatisfy { !$0.isFragment && $0.isClosed })
        #expect(posts[0].paragraphs.count == 6)
        let second = posts[1].quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
        #expect(second.first == "Lady Hallett: Mr Hancock, please answer the question.")
        #expect(second.last == "Matt Hancock: Ask Chris Whitty.")
        #expect(posts[1].quotes.filter { $0.text == "no" }.count == 1)
    }

    /// A name inside what a person says in a transcript's line is quoted: no person of its own.
    @Test func namesInsideALineAreQuoted() {
        #expect(Self.inquiry.people.map(\.name).sorted() == ["Hugo Keith", "Matt Hancock"])
    }

    /// A transcript's lines opened by surnames (`Starmer: …`) make the full names the post
    /// writes with them people, as `Starmer said` would: each line is its speaker's. A label
    /// shaped so (`Update: …`) makes no one.
    @Test func aTranscriptsSurnamesSpeak() {
        let blog = LiveBlogParser.parse("""
            PMQs live

            12.15 GMT
            Here is how it went, as Keir Starmer pressed Rishi Sunak on waiting lists.

            Starmer: Seven million people are waiting. When will he admit his plan has failed?

            Sunak: Waiting lists are falling, thanks to the hard work of NHS staff.

            Update: Barts Health has cancelled clinics.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Keir Starmer", "Rishi Sunak"])
        #expect(blog.people.map(\.name).sorted() == ["Keir Starmer", "Rishi Sunak"])
    }
}
