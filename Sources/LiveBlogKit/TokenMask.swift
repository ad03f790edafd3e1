/// Which tokens of a paragraph some set of ranges covers: constant-time overlap checks, so
/// that a paragraph with thousands of mentions is still read in linear time. A paragraph of up
/// to 128 tokens (most of them) is masked in two words, with no allocation.
struct TokenMask {
    /// Bits for tokens 0–63 and 64–127, when the paragraph has no more than 128.
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// One flag a token, for a longer paragraph; empty until something is masked.
    private var covered: [Bool] = []
    private let count: Int

    init(count: Int, ranges: some Sequence<Range<Int>>) {
        self.count = count
        for range in ranges { add(range) }
    }

    /// Covers the tokens of `range`.
    private mutating func add(_ range: Range<Int>) {
        let lower = max(range.lowerBound, 0)
        let upper = min(range.upperBound, count)
        guard lower < upper else { return }
        if count <= 128 {
            low |= Self.bits(lower, upper, from: 0)
            high |= Self.bits(lower, upper, from: 64)
        } else {
            // Most paragraphs have nothing to mask: no storage until something is.
            if covered.isEmpty { covered = Array(repeating: false, count: count) }
            for index in lower..<upper { covered[index] = true }
        }
    }

    /// The tokens `items` stand on (`tokens` tells each one's), each read in place: a lazy view
    /// of their ranges copied every item, strings and all, to read its range.
    init<Items: Collection>(count: Int, _ items: Items, tokens: (Items.Element) -> Range<Int>) {
        self.count = count
        var index = items.startIndex
        while index != items.endIndex {
            add(tokens(items[index]))
            items.formIndex(after: &index)
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        let lower = max(range.lowerBound, 0)
        let upper = min(range.upperBound, count)
        guard lower < upper else { return false }
        if count <= 128 {
            return low & Self.bits(lower, upper, from: 0) != 0 || high & Self.bits(lower, upper, from: 64) != 0
        }
        return !covered.isEmpty && covered[lower..<upper].contains(true)
    }

    /// The bits of tokens `lower..<upper` that fall in the 64-token word starting at `from`.
    @inline(__always)
    private static func bits(_ lower: Int, _ upper: Int, from start: Int) -> UInt64 {
        let first = max(lower - start, 0)
        let end = min(upper - start, 64)
        guard first < end else { return 0 }
        let width = end - first
        let ones: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
        return ones << UInt64(first)
    }
}
