/// Distinct values in the order first met, each with its place among them. A post names a
/// handful of people: they are found by a linear search, which costs less than making a hash
/// table for every post; past `linearLimit` values a table is made and kept up to date, so a
/// post naming thousands stays linear in its length.
struct FirstMet<Element: Hashable> {
    private(set) var elements: [Element] = []
    private var places: [Element: Int]?

    private static var linearLimit: Int { 16 }

    /// Where `element` stands among those met, or nil if it was not met.
    func place(of element: Element) -> Int? {
        if let places { return places[element] }
        return elements.firstIndex(of: element)
    }

    /// Notes `element`, if it is new, and returns its place and whether it was new.
    @discardableResult
    mutating func meet(_ element: Element) -> (place: Int, isNew: Bool) {
        if let place = place(of: element) { return (place, false) }
        elements.append(element)
        if places != nil {
            places?[element] = elements.count - 1
        } else if elements.count > Self.linearLimit {
            places = Dictionary(uniqueKeysWithValues: elements.enumerated().map { ($1, $0) })
        }
        return (elements.count - 1, true)
    }
}
