/// Lookups in a list kept sorted by a key (mentions by their first token, units by number,
/// slices by their first post): a binary search, not a table made for each list.
extension RandomAccessCollection where Index == Int {
    /// The first index whose element's key is not below `key`; `endIndex` when none is.
    func firstIndex<Key: Comparable>(notBelow key: Key, by keyOf: (Element) -> Key) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if keyOf(self[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first element whose key is `key`, or nil.
    func first<Key: Comparable>(withKey key: Key, by keyOf: (Element) -> Key) -> Element? {
        let index = firstIndex(notBelow: key, by: keyOf)
        return index < endIndex && keyOf(self[index]) == key ? self[index] : nil
    }
}
