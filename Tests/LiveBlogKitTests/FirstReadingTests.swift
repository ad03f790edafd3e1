import Testing
import TestSupport
@testable import LiveBlogKit

/// The first reading runs on posts while the rest of the file is still being parsed; what it
/// finds must be what reading the finished blog's posts finds, pinned post and footer included.
@Suite struct FirstReadingTests {
    /// A blog of more posts than two of the structure's batches, so that whole batches are read
    /// while the file is parsed: short paragraphs from the seed, one or two a post.
    static func largeBlog(pinned: Bool) -> String {
        let paragraphs = Fixtures.seedText.split(separator: "\n").filter { line in
            (30...160).contains(line.count) && TimeOfDay.parseLine(String(line)) == nil
        }
        var generator = SplitMix(state: pinned ? 7 : 8)
        var text = "Junior doctors strike: live\n\nA summary line naming Lewisham hospital\n\n"
        if pinned { text += "Pinned post\n\n" }
        for index in 0..<8_400 {
            // Newest first, a minute apart, in the seed's form (`11.59pm BST`).
            let minutes = 23 * 60 + 59 - index % (24 * 60)
            let hour = (minutes / 60 + 11) % 12 + 1
            text += "\(hour).\(String(minutes % 60).leftPadded(2))\(minutes < 12 * 60 ? "am" : "pm") BST\n\n"
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                text += (paragraphs.randomElement(using: &generator).map(String.init) ?? "") + "\n\n"
            }
        }
        return text + "Continue reading...\n"
    }

    @Test(arguments: [false, true])
    func readingWhileParsingFindsWhatReadingAfterwardsFinds(pinned: Bool) {
        let text = Self.largeBlog(pinned: pinned)
        let whileParsing = LiveBlogParser.parse(text)
        var afterwards = LiveBlogParser.parseLayout(bytes: Array(text.utf8))
        BlogExtractor.extract(into: &afterwards)
        #expect(whileParsing.posts.count > 2 * 4096)
        #expect((whileParsing.pinned?.post != nil) == pinned)
        #expect(whileParsing.footer == ["Continue reading..."])
        #expect(!whileParsing.hospitals.isEmpty && !whileParsing.people.isEmpty)
        #expect(whileParsing == afterwards)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
