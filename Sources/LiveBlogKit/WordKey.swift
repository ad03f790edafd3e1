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
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count <= Self.capacity else {
            self = .long
            return
        }
        guard let base = bytes.baseAddress else { return }
        var packed: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &packed) { $0.baseAddress?.copyMemory(from: base, byteCount: count) }
        low = Self.lowercasingASCII(UInt64(littleEndian: packed.0))
        high = Self.lowercasingASCII(UInt64(littleEndian: packed.1))
    }

    /// Adds 0x20 to every byte of `word` that is an ASCII capital, eight bytes at once.
    @inline(__always)
    private static func lowercasingASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        let sevenBits = word & ~highBits
        // A byte's high bit is set once its seven low bits reach 'A', and again past 'Z'.
        let atLeastA = (sevenBits &+ ones &* (0x80 - 0x41)) & highBits
        let pastZ = (sevenBits &+ ones &* (0x80 - 0x5B)) & highBits
        let capitals = atLeastA & ~pastZ & ~word & highBits
        return word | (capitals >> 2)
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
