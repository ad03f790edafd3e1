import Testing
@testable import LiveBlogKit

/// Shapes of an election-night page: a person known by two initials (`JD Vance`), an owner's
/// possessive before the speaker (`Trump’s running mate, JD Vance, told reporters:`), and a
/// place in the clause before a speaker's name and colon.
@Suite struct InitialledNamesAndOwnersTests {
    static let night = LiveBlogParser.parse("""
        US election 2024 live: Trump wins Pennsylvania

        01.50 GMT

        Trump wins Pennsylvania, AP projects

        Donald Trump has won Pennsylvania and its 19 electoral votes.

        Speaking at his headquarters in West Palm Beach, Trump’s running mate, JD Vance, told reporters: “We’re going to win this thing.”

        Trump’s spokesman said: “The president will speak soon.”

        The author JK Rowling said she would not comment. The US Senate voted. UK Biobank said so.
        """)

    /// Two capitals and a surname are a person's name when the text says it is a person's
    /// (`JD Vance`, `JK Rowling`); a country's or a body's two letters are not (`US Senate`).
    @Test func twoInitialsAndASurnameNameAPerson() {
        #expect(Self.night.people.map(\.name) == ["Donald Trump", "JD Vance", "JK Rowling"])
        #expect(Self.night.person(named: "JK Rowling")?.role == "author")
    }

    /// Whom an owner's possessive names (`Trump’s running mate`, `Trump’s spokesman`) did not
    /// speak: the person in apposition did, or the owner's description as written, its capital
    /// kept. A place after `in` before a speaker's colon is no one (`in West Palm Beach, …:`).
    @Test func anOwnerIsNotTheSpeaker() {
        let quotes = Self.night.posts[0].quotes
        #expect(quotes.map(\.speaker) == ["JD Vance", nil])
        #expect(quotes.last?.attribution == "Trump’s spokesman")
        #expect(Self.night.person(named: "West Palm Beach") == nil)
    }
}
