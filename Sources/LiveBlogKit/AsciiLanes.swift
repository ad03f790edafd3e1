/// Up to eight bytes of text classified at once, one lane a byte: which are ASCII capitals,
/// lowercase letters or digits. Each lane's answer is its high bit (0x80) in the masks, so a
/// run of word bytes is found with one count of trailing zeros instead of a branch a byte.
struct AsciiLanes {
    /// The high bit of lanes holding an ASCII capital, lowercase letter, or any letter or digit.
    let upper: UInt64
    let lower: UInt64
    let word: UInt64
    /// How many of the eight lanes hold bytes of the text (the rest read as zero).
    let available: Int

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = ones &* 0x80

    @inline(__always)
    init(_ pointer: UnsafePointer<UInt8>, available: Int) {
        self.init(block: Self.load(pointer, available: available), available: available)
    }

    /// The lanes of `bytes`, loaded already (`load`).
    @inline(__always)
    init(block bytes: UInt64, available: Int) {
        self.available = min(available, 8)
        let seven = bytes & ~Self.high
        // Bytes with the high bit set are no ASCII: they match no class.
        let ascii = ~bytes & Self.high
        // A letter in either case is a lowercase letter once its 0x20 bit is set; that bit,
        // moved up to the lane's high bit, then tells lowercase from capital.
        let letter = Self.inRange(seven | Self.ones &* 0x20, 0x61, 0x7A) & ascii
        let caseBit = (bytes << 2) & Self.high
        upper = letter & ~caseBit
        lower = letter & caseBit
        word = letter | (Self.inRange(seven, 0x30, 0x39) & ascii)
    }

    /// How many lanes from the first are letters or digits, at most the lanes available.
    @inline(__always)
    var wordRun: Int {
        min((~word & Self.high).trailingZeroBitCount / 8, available)
    }

    /// The high bits of the first `lanes` lanes.
    @inline(__always)
    static func highBits(lanes: Int) -> UInt64 {
        lanes >= 8 ? high : high & ((1 << (8 * UInt64(lanes))) &- 1)
    }

    /// Up to eight bytes, little-endian, zero past `available`.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>, available: Int) -> UInt64 {
        if available >= 8 { return UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for index in 0..<max(0, available) { word |= UInt64(pointer[index]) << (8 * UInt64(index)) }
        return word
    }

    /// Whether a byte is an ASCII letter, either case: its 0x20 bit set, it is a lowercase one.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    /// Whether a byte is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10
    }

    /// Whether a byte is ASCII white space (space, tab, line and page breaks).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The high bit of every lane whose seven low bits lie in `low...high` (no carry crosses a
    /// lane: each sum stays below 0x100).
    @inline(__always)
    private static func inRange(_ seven: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let atLeastLow = (seven &+ ones &* UInt64(0x80 - low)) & Self.high
        let pastHigh = (seven &+ ones &* UInt64(0x80 - high - 1)) & Self.high
        return atLeastLow & ~pastHigh
    }
}
