/// Which tokens of a paragraph some set of ranges covers: constant-time overlap checks, so
/// that a paragraph with thousands of mentions is still read in linear time.
struct TokenMask {
    private var covered: [Bool]

    init(count: Int, ranges: some Sequence<Range<Int>>) {
        covered = []
        for range in ranges {
            // Most paragraphs have nothing to mask: no storage until something is.
            if covered.isEmpty { covered = Array(repeating: false, count: count) }
            for index in range where index >= 0 && index < count { covered[index] = true }
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        range.contains { $0 >= 0 && $0 < covered.count && covered[$0] }
    }
}
