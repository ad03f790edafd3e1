/// A token's text, ASCII letters lowercased, hashed to 56 bits: what the extraction rules
/// compare words by. Making one costs a few multiplications and no allocation; comparing one
/// is comparing integers. Two different words share a key with odds of one in 2^56 — never,
/// for the few hundred words the rules ask about.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The hash, in the low 56 bits; never zero, so that zero can mark an empty slot.
    let value: UInt64

    private static let mask: UInt64 = (1 << 56) - 1
    /// What every hash starts from, with the text's length mixed in.
    private static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The key of a text of at most eight bytes, packed little-endian into `word`: one mix of
    /// the bytes and their count (the mix is a bijection, so two different words of up to eight
    /// bytes never share a key).
    @inline(__always)
    init(packed word: UInt64, count: Int) {
        self.init(packedLowercase: Self.lowercasingASCII(word), count: count)
    }

    /// `init(packed:count:)` of a word whose ASCII capitals are lowercased already.
    @inline(__always)
    init(packedLowercase word: UInt64, count: Int) {
        let hash: UInt64 = Self.seed ^ UInt64(count)
        self.init(value: Self.mix(word ^ (hash << 1)))
    }

    /// The key of a word of eight to fifteen bytes from its first eight and the rest, each
    /// packed and lowercased already: what `init(_ bytes:)` makes of the same bytes, for a
    /// reader that has loaded them (the tokenizer) and need not load them again.
    @inline(__always)
    init(lowercaseFirstEight first: UInt64, rest: UInt64, count: Int) {
        if count <= 8 {
            self.init(packedLowercase: first, count: count)
            return
        }
        let hash = Self.mix(Self.seed ^ UInt64(count) ^ first)
        self.init(value: Self.mix(Self.mix(hash ^ rest)))
    }

    @inline(__always)
    init(value: UInt64) {
        let masked = value & Self.mask
        self.value = masked == 0 ? 1 : masked
    }

    /// Hashes bytes, lowercasing ASCII capitals, eight bytes at a time.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        if count <= 8 {
            self.init(packed: bytes.baseAddress.map { AsciiLanes.load($0, available: count) } ?? 0, count: count)
            return
        }
        var hash: UInt64 = Self.seed ^ UInt64(count)
        var offset = 0
        if let base = bytes.baseAddress {
            while count - offset >= 8 {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                hash = Self.mix(hash ^ Self.lowercasingASCII(UInt64(littleEndian: word)))
                offset += 8
            }
            if offset < count {
                // The last eight bytes in one load, shifted so that only those not yet hashed
                // remain: the bytes a byte-by-byte read of the tail would have packed.
                let last = UInt64(littleEndian: UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
                let word = last >> (8 * UInt64(8 - (count - offset)))
                hash = Self.mix(hash ^ Self.lowercasingASCII(word))
            }
        }
        self.init(value: Self.mix(hash))
    }

    /// The key of a text none has: what a missing word compares as.
    static let none = WordKey(value: 0)

    /// The key of one scalar's text (a punctuation mark: `&`, `“`).
    init(scalar value: UInt32) {
        let encoded = UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") ?? UTF8.EncodedScalar()
        var word: UInt64 = 0
        for (index, unit) in encoded.enumerated() { word |= UInt64(unit) << (8 * index) }
        self.init(packed: word, count: encoded.count)
    }

    init<S: StringProtocol>(_ text: S) {
        if let key = text.utf8.withContiguousStorageIfAvailable({ WordKey($0) }) {
            self = key
        } else {
            self = Array(text.utf8).withUnsafeBufferPointer { WordKey($0) }
        }
    }

    /// The key of a word written in the code (`lower == "the"`), hashed from the literal's own
    /// bytes: a `String` made from it would be validated, then hashed, at every comparison.
    init(stringLiteral value: StaticString) {
        self = value.withUTF8Buffer { WordKey($0) }
    }

    /// A 64-bit finaliser (splitmix64's): every input bit reaches every output bit.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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
}

/// The words the rules compare single tokens with, hashed once rather than at each comparison.
/// A word of up to eight letters is written as its letters packed little-endian (`the` is
/// `0x65_68_74`: e, h, t), so that its key is worked out when the code is compiled: a key made
/// from a string is made at run time, and every use of it checks that it has been. A test
/// holds each to its word.
extension WordKey {
    static let a = WordKey(packedLowercase: 0x61, count: 1)
    static let according: WordKey = "according"
    static let an = WordKey(packedLowercase: 0x6e_61, count: 2)
    // French and Italian auxiliaries (`isSpeechAuxiliary`).
    static let ont = WordKey(packedLowercase: 0x74_6e_6f, count: 3)
    static let ha = WordKey(packedLowercase: 0x61_68, count: 2)
    static let hanno = WordKey(packedLowercase: 0x6f_6e_6e_61_68, count: 5)
    static let and = WordKey(packedLowercase: 0x64_6e_61, count: 3)
    static let at = WordKey(packedLowercase: 0x74_61, count: 2)
    static let been = WordKey(packedLowercase: 0x6e_65_65_62, count: 4)
    static let center = WordKey(packedLowercase: 0x72_65_74_6e_65_63, count: 6)
    static let chief = WordKey(packedLowercase: 0x66_65_69_68_63, count: 5)
    static let centre = WordKey(packedLowercase: 0x65_72_74_6e_65_63, count: 6)
    static let college: WordKey = "college"
    static let complex = WordKey(packedLowercase: 0x78_65_6c_70_6d_6f_63, count: 7)
    static let clinic = WordKey(packedLowercase: 0x63_69_6e_69_6c_63, count: 6)
    static let `for` = WordKey(packedLowercase: 0x72_6f_66, count: 3)
    static let has = WordKey(packedLowercase: 0x73_61_68, count: 3)
    static let hospital = WordKey(packedLowercase: 0x6c_61_74_69_70_73_6f_68, count: 8)
    static let hospitalier: WordKey = "hospitalier"
    static let hospitals = WordKey(lowercaseFirstEight: 0x6c_61_74_69_70_73_6f_68, rest: 0x73, count: 9)
    static let `in` = WordKey(packedLowercase: 0x6e_69, count: 2)
    static let including: WordKey = "including"
    static let interviewed: WordKey = "interviewed"
    static let `is` = WordKey(packedLowercase: 0x73_69, count: 2)
    static let `as` = WordKey(packedLowercase: 0x73_61, count: 2)
    static let its = WordKey(packedLowercase: 0x73_74_69, count: 3)
    static let medical = WordKey(packedLowercase: 0x6c_61_63_69_64_65_6d, count: 7)
    static let more = WordKey(packedLowercase: 0x65_72_6f_6d, count: 4)
    static let my = WordKey(packedLowercase: 0x79_6d, count: 2)
    static let of = WordKey(packedLowercase: 0x66_6f, count: 2)
    static let on = WordKey(packedLowercase: 0x6e_6f, count: 2)
    static let our = WordKey(packedLowercase: 0x72_75_6f, count: 3)
    static let saint = WordKey(packedLowercase: 0x74_6e_69_61_73, count: 5)
    static let st = WordKey(packedLowercase: 0x74_73, count: 2)
    static let tells = WordKey(packedLowercase: 0x73_6c_6c_65_74, count: 5)
    static let telling = WordKey(packedLowercase: 0x67_6e_69_6c_6c_65_74, count: 7)
    static let the = WordKey(packedLowercase: 0x65_68_74, count: 3)
    static let he = WordKey(packedLowercase: 0x65_68, count: 2)
    static let her = WordKey(packedLowercase: 0x72_65_68, count: 3)
    static let him = WordKey(packedLowercase: 0x6d_69_68, count: 3)
    static let jr = WordKey(packedLowercase: 0x72_6a, count: 2)
    static let sr = WordKey(packedLowercase: 0x72_73, count: 2)
    static let she = WordKey(packedLowercase: 0x65_68_73, count: 3)
    static let new = WordKey(packedLowercase: 0x77_65_6E, count: 3)
    static let they = WordKey(packedLowercase: 0x79_65_68_74, count: 4)
    static let to = WordKey(packedLowercase: 0x6f_74, count: 2)
    static let was = WordKey(packedLowercase: 0x73_61_77, count: 3)
    static let went = WordKey(packedLowercase: 0x74_6e_65_77, count: 4)
    static let who = WordKey(packedLowercase: 0x6f_68_77, count: 3)
    static let there: WordKey = "there"
    static let nhs = WordKey(packedLowercase: 0x73_68_6e, count: 3)
    static let by: WordKey = "by"
    static let dr: WordKey = "dr"
    static let from = WordKey(packedLowercase: 0x6d_6f_72_66, count: 4)
    static let near = WordKey(packedLowercase: 0x72_61_65_6e, count: 4)
    static let such = WordKey(packedLowercase: 0x68_63_75_73, count: 4)
    static let that: WordKey = "that"
    static let whose = WordKey(packedLowercase: 0x65_73_6f_68_77, count: 5)
    static let which = WordKey(packedLowercase: 0x68_63_69_68_77, count: 5)
    static let across = WordKey(packedLowercase: 0x73_73_6f_72_63_61, count: 6)
    static let throughout = WordKey(lowercaseFirstEight: 0x6f_68_67_75_6f_72_68_74, rest: 0x74_75, count: 10)
    static let yearOld = WordKey(packedLowercase: 0x64_6c_6f_2d_72_61_65_79, count: 8)
    static let colleague = WordKey(lowercaseFirstEight: 0x75_67_61_65_6c_6c_6f_63, rest: 0x65, count: 9)

    /// Whether a word is the auxiliary French or Italian puts before a past participle that
    /// says someone spoke (`a déclaré`, `ont affirmé`, `ha detto`, `hanno spiegato`).
    @inline(__always)
    var isSpeechAuxiliary: Bool { self == .a || self == .ha || self == .ont || self == .hanno }
}

/// A set of words, asked about by key: the vocabulary's word lists in the form the rules use.
/// An open-addressed table probed by the key's own (already mixed) bits: a question costs a
/// load or two, not a general-purpose hash.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let slots: [UInt64]
    private let mask: Int
    /// Bit `n` is set when a word of `n` UTF-8 bytes may be in the set (bit 63: any longer).
    private let lengths: UInt64

    init(_ words: [String]) {
        self.init(keys: words.map { WordKey($0) }, lengths: words.reduce(0) { $0 | Self.lengthBit($1.utf8.count) })
    }

    /// A set of the words these keys are of, of any length.
    init(keys: [WordKey]) {
        self.init(keys: keys, lengths: ~0)
    }

    private init(keys: [WordKey], lengths: UInt64) {
        self.lengths = lengths
        var capacity = 8
        while capacity < keys.count * 4 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for word in keys {
            let key = word.value
            var index = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[index] != 0, slots[index] != key { index = (index + 1) & (capacity - 1) }
            slots[index] = key
        }
        self.slots = slots
        mask = capacity - 1
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        var index = Int(truncatingIfNeeded: key.value) & mask
        while true {
            let slot = slots[index]
            if slot == key.value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    /// False when no word of the set is `length` bytes long: a question of one instruction
    /// or two, for a rule that asks about every word of a paragraph and finds few.
    @inline(__always)
    func mayContain(length: Int) -> Bool {
        lengths & Self.lengthBit(length) != 0
    }

    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 {
        1 << UInt64(min(max(length, 0), 63))
    }

    /// Whether `text` is in the set, in any case.
    func contains<S: StringProtocol>(_ text: S) -> Bool {
        contains(WordKey(text))
    }
}
