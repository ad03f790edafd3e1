/// Values for each text unit of every post, stored flat: one array of all values and a range
/// per unit, rather than an array per post per paragraph (which costs an allocation each and
/// dominated memory on blogs of many short posts).
struct UnitTable<Element> {
    private var values: [Element] = []
    /// Each unit's values among `values`, in 32 bits: a blog has millions of units.
    private var ranges: [Range<Int32>]
    /// Where each post's units start among all units.
    private let firstUnit: [Int]

    init(_ texts: PostTexts) {
        var first: [Int] = []
        first.reserveCapacity(texts.count)
        var total = 0
        for post in 0..<texts.count {
            first.append(total)
            total += texts.unitCount(post)
        }
        firstUnit = first
        ranges = Array(repeating: 0..<0, count: total)
    }

    /// Stores a unit's values; each unit is set at most once.
    mutating func set(_ items: some Collection<Element>, post: Int, unit: Int) {
        guard !items.isEmpty else { return }
        let start = values.count
        values.append(contentsOf: items)
        ranges[firstUnit[post] + unit] = Int32(start)..<Int32(values.count)
    }

    /// Calls `body` with each unit of a post that has values, in order, and its values: the
    /// units without any (most) are passed over.
    func forEachUnit(ofPost post: Int, _ body: (_ unit: Int, _ values: ArraySlice<Element>) -> Void) {
        let end = post + 1 < firstUnit.count ? firstUnit[post + 1] : ranges.count
        for index in firstUnit[post]..<end where !ranges[index].isEmpty {
            body(index - firstUnit[post], values(of: index))
        }
    }

    subscript(post: Int, unit: Int) -> ArraySlice<Element> {
        values(of: firstUnit[post] + unit)
    }

    /// The values of the unit at `index` among all units.
    private func values(of index: Int) -> ArraySlice<Element> {
        values[Int(ranges[index].lowerBound)..<Int(ranges[index].upperBound)]
    }
}

extension UnitTable: Sendable where Element: Sendable {}
