/// A short token's text packed into two integers, ASCII letters lowercased: what the
/// extraction rules compare words by. Making one costs a few shifts and no allocation, and
/// comparing or hashing one never touches a string — the rules ask millions of such questions.
/// Text longer than 16 bytes (no word the rules know is) packs to `WordKey.long`, which equals
/// no vocabulary word.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0

    /// The most bytes a key holds.
    static let capacity = 16
    /// The key of every text longer than `capacity`: it matches no word.
    static let long = WordKey(low: .max, high: .max)

    init() {}

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs bytes, lowercasing ASCII capitals.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.capacity else {
            self = .long
            return
        }
        for (offset, byte) in bytes.enumerated() {
            let folded = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if offset < 8 { low |= folded << (8 * offset) } else { high |= folded << (8 * (offset - 8)) }
        }
    }

    init<S: StringProtocol>(_ text: S) {
        var utf8 = Array(text.utf8)
        self = utf8.withUnsafeMutableBufferPointer { WordKey(UnsafeBufferPointer($0)) }
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    /// The packed bytes, in order.
    var bytes: [UInt8] {
        guard self != .long else { return [] }
        var result: [UInt8] = []
        for offset in 0..<Self.capacity {
            let byte = UInt8(truncatingIfNeeded: (offset < 8 ? low >> (8 * offset) : high >> (8 * (offset - 8))))
            guard byte != 0 else { break }
            result.append(byte)
        }
        return result
    }

    /// Whether the text ends with the ASCII `suffix`.
    func hasSuffix(_ suffix: String) -> Bool {
        bytes.count >= suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The key without a possessive `’s` or `'s` (`hospital’s` → `hospital`).
    var withoutPossessive: WordKey {
        let all = bytes
        for suffix in ["’s", "'s"] where all.count > suffix.utf8.count && all.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            return all.dropLast(suffix.utf8.count).withUnsafeBufferPointer { WordKey($0) }
        }
        return self
    }
}

/// A set of words, asked about by key: the vocabulary's word lists in the form the rules use.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let keys: Set<WordKey>

    init(_ words: [String]) {
        keys = Set(words.map { WordKey($0) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        keys.contains(key)
    }

    /// Whether `text` is in the set, in any case.
    func contains<S: StringProtocol>(_ text: S) -> Bool {
        keys.contains(WordKey(text))
    }
}
