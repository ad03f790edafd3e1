/// One word, number, link, hashtag or punctuation mark of a paragraph, with where it stands.
/// A token holds no text of its own — only byte offsets into its paragraph and what the
/// extraction rules ask of it (its lowercase key, whether it is capitalised), worked out once
/// when the paragraph is tokenised — in 16 bytes, so making, copying and dropping tokens
/// costs no allocation or reference counting. `TokenizedParagraph` gives a token's text when
/// a rule needs it.
struct Token: Equatable, Sendable {
    enum Kind: UInt8, Equatable, Sendable { case word, number, url, hashtag, punctuation }

    /// What the tokenizer learnt of a token's shape.
    struct Shape: OptionSet, Equatable, Sendable {
        let rawValue: UInt8
        /// White space separates the token from the one before it.
        static let spaceBefore = Shape(rawValue: 1 << 0)
        /// A word starting with a capital letter (`King’s`, `St`, `NHS`).
        static let capitalized = Shape(rawValue: 1 << 1)
        /// A capitalised word with lowercase letters in it (`Patel`, not `NHS`).
        static let titleCase = Shape(rawValue: 1 << 2)
        /// All capitals, two to six ASCII letters (`RUH`, `PRUH`).
        static let initialism = Shape(rawValue: 1 << 3)
        /// Ends in `’s` or `'s` (`Hunt’s`).
        static let possessive = Shape(rawValue: 1 << 4)
    }

    /// The kinds of token that only some paragraphs hold, which rules look for.
    struct Contents: OptionSet, Equatable, Sendable {
        let rawValue: UInt8
        static let link = Contents(rawValue: 1 << 0)
        static let hashtag = Contents(rawValue: 1 << 1)
        /// A mark that can open or close a quote: straight or curly, single or double, `«»`.
        static let quoteMark = Contents(rawValue: 1 << 2)
        /// A colon (`writes:`, `Name, Place: "…"`).
        static let colon = Contents(rawValue: 1 << 3)
    }

    /// Byte offsets of the token in its paragraph's UTF-8.
    let start: UInt32
    let end: UInt32
    /// A punctuation mark's scalar, or another token's `WordKey`, in the low 56 bits; the
    /// kind and shape in the high eight.
    private let packed: UInt64

    init(start: Int, end: Int, kind: Kind, shape: Shape, key: UInt64) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
        packed = key & ((1 << 56) - 1) | UInt64(kind.rawValue) << 61 | UInt64(shape.rawValue & 0x1F) << 56
    }

    // The accessors are inlined by order: they are a shift and a mask, asked of every token by
    // every rule, and a call to one (which the compiler made in the larger rules) costs more.
    @inline(__always)
    var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: packed >> 61)) ?? .punctuation }
    @inline(__always)
    var shape: Shape { Shape(rawValue: UInt8(truncatingIfNeeded: packed >> 56) & 0x1F) }
    /// The token's text, ASCII lowercased, as a key for comparisons against word lists.
    @inline(__always)
    var lower: WordKey { kind == .punctuation ? WordKey(scalar: mark) : WordKey(value: packed) }
    /// A punctuation token's scalar (a punctuation token is one scalar); 0 for other kinds.
    @inline(__always)
    var mark: UInt32 { kind == .punctuation ? UInt32(truncatingIfNeeded: packed & ((1 << 56) - 1)) : 0 }

    @inline(__always)
    var isWord: Bool { kind == .word }
    /// How many UTF-8 bytes the token takes.
    var length: Int { Int(end &- start) }
    var spaceBefore: Bool { shape.contains(.spaceBefore) }
    var isCapitalized: Bool { shape.contains(.capitalized) }
    var isTitleCase: Bool { shape.contains(.titleCase) }
    var isInitialism: Bool { shape.contains(.initialism) }
    var isPossessive: Bool { shape.contains(.possessive) }

    /// Which of `Contents` the token is.
    @inline(__always)
    var contents: Contents {
        switch kind {
        case .url: return .link
        case .hashtag: return .hashtag
        case .punctuation: return Self.isQuoteMark(mark) ? .quoteMark : mark == 0x3A ? .colon : []
        case .word, .number: return []
        }
    }

    /// Whether a punctuation mark's scalar can open or close a quote: `"` `'`, U+2018–U+201F
    /// (‘ ’ ‚ ‛ “ ” „ ‟), « ».
    @inline(__always)
    static func isQuoteMark(_ scalar: UInt32) -> Bool {
        scalar == 0x22 || scalar == 0x27 || scalar &- 0x2018 < 8 || scalar == 0xAB || scalar == 0xBB
    }

    /// Whether the token is one of `marks`. The marks are a literal, read as bytes: a String
    /// would be decoded scalar by scalar at every call, and the rules ask this of every token
    /// in their windows.
    @inline(__always)
    func isPunctuation(_ marks: StaticString) -> Bool {
        guard kind == .punctuation else { return false }
        let mark = mark
        let bytes = UnsafeBufferPointer(start: marks.utf8Start, count: marks.utf8CodeUnitCount)
        // An ASCII byte in UTF-8 is only ever that character.
        if mark < 0x80 { return bytes.contains(UInt8(truncatingIfNeeded: mark)) }
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
            if scalar.value == mark { return true }
            index += length
        }
        return false
    }

    /// Whether the token is the punctuation mark `scalar`.
    @inline(__always)
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && mark == scalar.value
    }
}
