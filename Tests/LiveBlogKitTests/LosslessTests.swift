import Foundation
import Testing
import TestSupport
@testable import LiveBlogKit

/// Every non-blank input line is represented exactly once in the model, in order.
@Suite struct LosslessTests {
    /// The input's non-blank lines, computed independently of the parser.
    static func nonBlankLines(_ text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).compactMap { bytes in
            var line = Substring(bytes)
            if line.utf8.last == 13 { line = Substring(line.utf8.dropLast()) }
            return line.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? nil : String(line)
        }
    }

    @Test(arguments: Fixtures.all.indices)
    func fixturesAreLossless(index: Int) {
        let text = Fixtures.all[index]
        #expect(LiveBlogParser.parse(text).sourceLines == Self.nonBlankLines(text))
    }

    static let pieces = [
        "9.41am BST", "19.30 GMT", "18:00", "05:19", "12.53pm", "\n", "\n\n", "\r\n", " ", "\u{00A0}",
        "“", "”", "\"", "‘", "’", "'", ":", ",", ".", " said ", " he said", "She said: ", "Shruti Patel",
        "Patel", "Lewisham hospital", " hospital ", "Royal United Hospital", "RUH", " at ", " in ", "Kings",
        "St Mary’s", "Key event", "Summary", "By Jo Bloggs", "Updated at 10.02am BST", "Show more",
        "Continue reading...", "Key events", "Pinned post", "Share", "Twitter", "Topics", "NHS", "pic.twitter.com/x", "https://t.co/y", "#tag",
        "\u{1B}[2J", "\u{9B}", "\u{202E}", "\u{200B}", "\0", "\u{7F}", "日本語", "👩‍⚕️", "é", "a", "tells ",
        "writes ", ", 31, ", "a junior doctor", "hospital for neurology", "the ", "—", "-", "(", ")",
        "Advertisement", "Skip past newsletter promotion", "after newsletter promotion",
    ]

    @Test(arguments: 0..<40)
    func generatedTextIsLossless(seed: Int) {
        var generator = SplitMix(state: UInt64(seed) &* 7919)
        var text = ""
        for _ in 0..<Int.random(in: 1...400, using: &generator) {
            text += Self.pieces.randomElement(using: &generator) ?? ""
        }
        let blog = LiveBlogParser.parse(text)
        #expect(blog.sourceLines == Self.nonBlankLines(text))
        for post in blog.posts {
            for quote in post.quotes {
                #expect(quote.paragraphs.upperBound < post.paragraphs.count)
            }
        }
    }

    @Test(arguments: 0..<40)
    func randomBytesNeverTrapAndStayLossless(seed: Int) {
        var generator = SplitMix(state: UInt64(seed) &+ 0xDEAD_BEEF)
        let count = Int.random(in: 0...3000, using: &generator)
        let bytes = (0..<count).map { _ in
            // Mostly text-like bytes, with newlines, high bytes and controls mixed in.
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: return UInt8(ascii: "\n")
            case 1: return UInt8.random(in: 0x80...0xFF, using: &generator)
            case 2: return UInt8.random(in: 0...0x1F, using: &generator)
            default: return UInt8.random(in: 0x20...0x7E, using: &generator)
            }
        }
        let blog = LiveBlogParser.parse(bytes: bytes)
        #expect(blog.sourceLines == Self.nonBlankLines(String(decoding: bytes, as: UTF8.self)))
    }

    @Test(arguments: 0..<30)
    func chunkBoundariesNeverChangeTheBlog(seed: Int) {
        // A blog read from a file arrives in pieces: cuts inside a line, a CRLF or a UTF-8
        // sequence must give the same blog as the bytes read whole.
        var generator = SplitMix(state: UInt64(seed) &+ 0xC0FFEE)
        let text = seed == 0 ? Fixtures.seedText : (0..<200).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
        var bytes = Array(text.utf8)
        if seed % 3 == 1 { bytes.insert(0xE2, at: bytes.count / 2) }  // a broken sequence inside
        var cuts = (0..<Int.random(in: 1...12, using: &generator)).map { _ in Int.random(in: 0...bytes.count, using: &generator) }
        cuts = (cuts + [0, bytes.count]).sorted()
        var pieces = zip(cuts, cuts.dropFirst()).map { Array(bytes[$0..<$1]) }.makeIterator()
        #expect(LiveBlogParser.parse(chunks: { pieces.next() }) == LiveBlogParser.parse(bytes: bytes))
    }

    @Test func longLineWithoutNewline() {
        let line = String(repeating: "Kings College hospital “said” Patel, ", count: 40_000)
        let blog = LiveBlogParser.parse("9.00am BST\n" + line)
        #expect(blog.posts.first?.paragraphs.count == 1)
        #expect(blog.sourceLines == Self.nonBlankLines("9.00am BST\n" + line))
    }

    /// A writer's bare name on the time line of two posts (`3.40pm Jane Smith`, as the fuzzer
    /// found it) stays the posts' title, and each line keeps its shape; on lines of their own
    /// the name heads two posts as their byline.
    @Test func aNameOnTheTimeLineStaysATitle() {
        let text = "Headline\n3.40pm Jane Smith\nText one.\n3.30pm Jane Smith\nText two."
        let blog = LiveBlogParser.parse(text)
        #expect(blog.sourceLines == Self.nonBlankLines(text))
        #expect(blog.posts.map(\.title) == ["Jane Smith", "Jane Smith"])
        let apart = LiveBlogParser.parse("Headline\n3.40pm\nJane Smith\nText one.\n3.30pm\nJane Smith\nText two.")
        #expect(apart.posts.map(\.byline) == ["Jane Smith", "Jane Smith"])
    }
}
