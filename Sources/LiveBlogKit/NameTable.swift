/// Values looked up by a name's UTF-8 bytes, as written: a name read from a paragraph is
/// looked up in place, with no string made of it and no general-purpose hash. Built once;
/// hashed by `WordKey`, then compared byte for byte, so names that differ only in case are
/// told apart.
struct NameTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let name: String
        let key: UInt64
        let value: Value
    }

    private let entries: [Entry]
    /// Open addressing: each slot holds an index into `entries`, or -1.
    private let slots: [Int32]
    private let mask: Int

    /// A table of `values`, names with their values, whose names are all different.
    init(_ values: [(String, Value)]) {
        var capacity = 8
        while capacity < values.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var entries: [Entry] = []
        entries.reserveCapacity(values.count)
        for (name, value) in values {
            let key = WordKey(name).value
            var index = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[index] >= 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = Int32(entries.count)
            entries.append(Entry(name: name, key: key, value: value))
        }
        self.entries = entries
        self.slots = slots
        mask = capacity - 1
    }

    /// The entry whose name is `name`'s bytes: the name as the table holds it, and its value.
    func entry(named name: UnsafeBufferPointer<UInt8>) -> (name: String, value: Value)? {
        let key = WordKey(name).value
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[index]
            guard slot >= 0 else { return nil }
            let entry = entries[Int(slot)]
            // Keys fold case: the bytes tell `Hunt` from `HUNT`.
            if entry.key == key, Self.equal(entry.name, name) { return (entry.name, entry.value) }
            index = (index + 1) & mask
        }
    }

    /// The value of the name `name`, if the table holds it.
    subscript(name: String) -> Value? {
        name.utf8.withContiguousStorageIfAvailable { entry(named: $0)?.value } ?? Array(name.utf8).withUnsafeBufferPointer { entry(named: $0)?.value }
    }

    private static func equal(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        name.utf8.count == bytes.count
            && (name.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? name.utf8.elementsEqual(bytes))
    }
}
