import Testing
import TestSupport
import LiveBlogKit
@testable import ReaderUI

/// The detail pane lays long text out a chunk at a time as it is read; the lines must be
/// exactly those of wrapping the whole text at once.
@Suite struct DetailLinesTests {
    /// Text past the size the pane lays out whole, of words short and long, wide and narrow,
    /// with tabs, runs of spaces and controls.
    private func text(seed: UInt64, characters: Int) -> String {
        var random = SplitMix(state: seed)
        let words = ["word", "a", "hospital", "“quote”", "日本語", "👩‍⚕️", "tab\there", "  ", "\u{1B}[2J", "e\u{301}",
                     String(repeating: "x", count: 70), String(repeating: "long", count: 5_000)]
        var text = ""
        while text.count < characters { text += (words.randomElement(using: &random) ?? "") + " " }
        return text
    }

    @Test(arguments: [(UInt64(1), 40), (2, 80), (3, 13), (4, 1), (5, 120)])
    func laidOutAsReadIsTheWholeTextWrapped(seed: UInt64, width: Int) {
        let text = text(seed: seed, characters: 400_000)
        var lazy = DetailLines(blocks: [.text(text[...], role: .quote, bullet: "│ ", continuation: "│ ")], width: width)
        #expect(!lazy.isComplete, "a large text is laid out as it is read")
        lazy.extend(to: 50)
        let start = lazy.lines
        lazy.complete()
        let bulletWidth = width > 2 ? 2 : 0
        let whole = WordWrap.lines(text, width: width - bulletWidth).map { $0 }
        #expect(lazy.lines.count == whole.count)
        #expect(lazy.lines.map { $0.segments.last?.text ?? "" } == whole)
        #expect(Array(lazy.lines.prefix(start.count)) == start)
        #expect(lazy.lines.first?.segments.first?.text == (width > 2 ? "│ " : whole.first))
    }

    /// What the text filter looks for is its own segment wherever a line holds it, in the
    /// line's role elsewhere; without a search, a line is one segment.
    @Test func theSearchedWordsAreSegmentsOfTheirOwn() {
        let text = "The NHS runs on cake and goodwill, said one Cake seller"
        let block = DetailBlock.text(text[...], role: .normal, bullet: "", continuation: nil)
        var lines = DetailLines(blocks: [block], width: 30, highlighting: SearchMatches(PostFilter(text: "CAKE")))
        lines.complete()
        #expect(lines.lines.map { $0.segments.map(\.text) } == [["", "The NHS runs on ", "cake", " and"], ["", "goodwill, said one ", "Cake", " seller"]])
        #expect(lines.lines.flatMap { $0.segments.filter { $0.role == .match }.map(\.text) } == ["cake", "Cake"])
        var plain = DetailLines(blocks: [block], width: 30)
        plain.complete()
        #expect(plain.lines.map { $0.segments.count } == [2, 2])
    }

    @Test func aHugePostShowsItsFirstScreenWithoutLayingOutTheRest() {
        let paragraph = String(repeating: "word “quote” Lewisham hospital Patel said ", count: 50_000)
        var lines = DetailLines(blocks: [.line(.blank), .text(paragraph[...], role: .normal, bullet: "", continuation: nil)], width: 80)
        lines.extend(to: 40)
        #expect(lines.lines.count >= 40 && lines.lines.count < 2_000)
        #expect(!lines.isComplete)
    }

    /// The headline's page counts what the blog holds, in the singular for one.
    @Test func theBlogsCountsAgreeWithTheirNumbers() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\n\nJeremy Hunt said the Royal Free hospital was fine.")
        let lines = DetailDocument(state: Support.state(blog, width: 120, height: 40)).lines(width: 80).map { $0.segments.map(\.text).joined() }
        #expect(lines.contains("1 post · 1 hospital · 1 person quoted or named"))
        let seedLines = DetailDocument(state: Support.state(width: 120, height: 40)).lines(width: 80).map { $0.segments.map(\.text).joined() }
        #expect(seedLines.contains("29 posts · 8 hospitals · 26 people quoted or named"))
    }
}
