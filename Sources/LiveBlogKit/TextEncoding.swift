/// The encodings a live blog's text file is found in besides UTF-8: what Windows editors save
/// as "Unicode" (UTF-16) and as "ANSI" (Windows-1252, which holds Latin-1).
public enum TextEncoding: Equatable, Sendable {
    case utf8
    case utf16(bigEndian: Bool)
    case windows1252

    /// The encoding's name, as a note tells the reader.
    public var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16(let bigEndian): return bigEndian ? "UTF-16 (big-endian)" : "UTF-16 (little-endian)"
        case .windows1252: return "Windows-1252"
        }
    }

    /// How much of a file's head tells whether it is UTF-16.
    static let headLength = 4096

    /// UTF-16, told by its byte order mark or, without one, by the zero bytes that every
    /// other byte of text mostly in Latin letters is; nil when the head is not UTF-16.
    static func utf16(head: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        if head.count >= 2 {
            if head[0] == 0xFF, head[1] == 0xFE { return .utf16(bigEndian: false) }
            if head[0] == 0xFE, head[1] == 0xFF { return .utf16(bigEndian: true) }
        }
        let pairs = min(head.count, headLength) / 2
        guard pairs >= 8 else { return nil }
        var zeroFirst = 0, zeroSecond = 0
        for pair in 0..<pairs {
            if head[2 * pair] == 0 { zeroFirst += 1 }
            if head[2 * pair + 1] == 0 { zeroSecond += 1 }
        }
        // Two in five code units in Latin letters, spaces or digits; almost none the other way.
        let many = pairs * 2 / 5, few = pairs / 50
        if zeroSecond >= many, zeroFirst <= few { return .utf16(bigEndian: false) }
        if zeroFirst >= many, zeroSecond <= few { return .utf16(bigEndian: true) }
        return nil
    }

    /// UTF-8 or Windows-1252 for bytes holding some that are not ASCII: Windows-1252 when
    /// they hold no well-formed UTF-8 sequence of two bytes or more and some byte that is not
    /// UTF-8 (as vim falls back to Latin-1 when a file is not UTF-8). One stray bad byte in
    /// UTF-8 text keeps it UTF-8. A sequence cut by the end of `bytes` is no evidence.
    static func utf8OrLegacy(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        var index = 0
        var malformed = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            guard length > 0, lead <= 0xF4 else {
                malformed = true
                index += 1
                continue
            }
            if index + length > bytes.count { break }
            if isWellFormed(bytes, at: index, length: length) { return .utf8 }
            malformed = true
            index += 1
        }
        return malformed ? .windows1252 : .utf8
    }

    /// Whether the `length` bytes at `index` are one well-formed UTF-8 sequence: continuation
    /// bytes after the lead, with no overlong form, surrogate or scalar past U+10FFFF.
    private static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = bytes[index]
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
        let second = bytes[index + 1]
        switch lead {
        case 0xE0: return second >= 0xA0
        case 0xED: return second < 0xA0
        case 0xF0: return second >= 0x90
        case 0xF4: return second < 0x90
        default: return true
        }
    }
}
