import Testing
@testable import LiveBlogKit

/// The one person a post names before a point, read paragraph after paragraph.
@Suite struct SolePersonNamedTests {
    private func named(_ name: String, at token: Int, reporter: Bool = false) -> NamedMention {
        NamedMention(tokens: token..<token + 2, name: name, isReporter: reporter)
    }

    /// One person across paragraphs, a reporter aside, is the one; a second person named makes
    /// it no one from where they are named on, in their paragraph and after it.
    @Test func onePersonUntilASecondIsNamed() {
        let mentions = [
            [named("Narendra Modi", at: 0), named("Hind Khoudary", at: 9, reporter: true)],
            [named("Narendra Modi", at: 3)],
            [named("Narendra Modi", at: 0), named("Mamata Banerjee", at: 12)],
            [],
        ]
        var sole = SolePersonNamed()
        #expect(sole.person(before: 0, in: 0, mentions: mentions) == nil)
        #expect(sole.person(before: 5, in: 0, mentions: mentions) == "Narendra Modi")
        #expect(sole.person(before: 0, in: 1, mentions: mentions) == "Narendra Modi")
        #expect(sole.person(before: 10, in: 2, mentions: mentions) == "Narendra Modi")
        #expect(sole.person(before: 20, in: 2, mentions: mentions) == nil)
        #expect(sole.person(before: 0, in: 3, mentions: mentions) == nil)
    }

    /// A paragraph that names no one passes on whom the paragraphs before it named.
    @Test func aParagraphNamingNoOnePassesItOn() {
        let mentions = [[], [named("Giorgia Meloni", at: 0)], [], []]
        var sole = SolePersonNamed()
        #expect(sole.person(before: 4, in: 0, mentions: mentions) == nil)
        #expect(sole.person(before: 4, in: 3, mentions: mentions) == "Giorgia Meloni")
    }
}
