import Testing
import TestSupport
@testable import LiveBlogKit

/// The mask of covered tokens against the plain reading of it: a token is covered when a range
/// holds it, and a run overlaps the mask when one of its tokens is covered.
@Suite struct TokenMaskTests {
    @Test(arguments: 0..<20)
    func maskAnswersAsTheRangesDo(seed: Int) {
        var random = SplitMix(state: UInt64(seed) &+ 7)
        for _ in 0..<50 {
            // Short paragraphs (two words of bits) and long ones (a flag a token), both edges.
            let count = [Int.random(in: 0...70, using: &random), Int.random(in: 120...136, using: &random),
                         Int.random(in: 0...300, using: &random)].randomElement(using: &random) ?? 0
            let ranges = (0..<Int.random(in: 0...4, using: &random)).map { _ -> Range<Int> in
                let lower = Int.random(in: -3...(count + 3), using: &random)
                return lower..<(lower + Int.random(in: 0...70, using: &random))
            }
            let mask = TokenMask(count: count, ranges: ranges)
            // The same ranges held by items that carry more (as mentions carry their names).
            let items = ranges.map { (name: "a mention", tokens: $0) }
            let fromItems = TokenMask(count: count, items) { $0.tokens }
            for _ in 0..<20 {
                let lower = Int.random(in: -3...(count + 3), using: &random)
                let run = lower..<(lower + Int.random(in: 0...70, using: &random))
                let expected = run.contains { token in token >= 0 && token < count && ranges.contains { $0.contains(token) } }
                #expect(mask.overlaps(run) == expected, "count \(count), ranges \(ranges), run \(run)")
                #expect(fromItems.overlaps(run) == expected, "count \(count), ranges \(ranges), run \(run)")
            }
        }
    }
}
