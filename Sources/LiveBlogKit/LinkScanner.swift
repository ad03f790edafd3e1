/// Where the links of a paragraph start and end, for the tokenizer: a link is a whole token,
/// and one glued to the end of a word (`out.https://…`) is split from it.
enum LinkScanner {
    /// Whether `http`, `pic.` or `www.` stands here: the only words a link can start with.
    /// Callers ask `startsLink` of the first byte first, which rules out most words.
    @inline(__always)
    static func mayStart(_ pointer: UnsafePointer<UInt8>, available: Int) -> Bool {
        guard available >= 4 else { return false }
        let four = UInt32(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt32.self))
        return four == 0x7074_7468 || four == 0x2E63_6970 || four == 0x2E77_7777  // "http", "pic.", "www."
    }

    /// Where `http://` or `https://` starts inside a word whose run of letters ended at
    /// `wordEnd`, or nil when no link is glued to its end.
    @inline(__always)
    static func gluedStart(_ base: UnsafePointer<UInt8>, count: Int, wordStart: Int, wordEnd: Int) -> Int? {
        guard wordEnd + 2 < count, base[wordEnd] == UInt8(ascii: ":"), base[wordEnd + 1] == UInt8(ascii: "/"),
              base[wordEnd + 2] == UInt8(ascii: "/") else { return nil }
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard wordEnd - length > wordStart else { return false }
            return (0..<length).allSatisfy { base[wordEnd - length + $0] == suffix.utf8Start[$0] }
        }
        if endsWith("https") { return wordEnd - 5 }
        if endsWith("http") { return wordEnd - 4 }
        return nil
    }

    /// Whether a link can start with this byte: `h`, `p` or `w`.
    @inline(__always)
    static func startsLink(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "h") || byte == UInt8(ascii: "p") || byte == UInt8(ascii: "w")
    }

    /// Where a link starting here ends (at white space), or nil when none starts here.
    static func end(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard startsLink(bytes[start]) else { return nil }
        guard UTF8Bytes.hasPrefix(bytes, at: start, "https://") || UTF8Bytes.hasPrefix(bytes, at: start, "http://")
            || UTF8Bytes.hasPrefix(bytes, at: start, "pic.twitter.com/") || UTF8Bytes.hasPrefix(bytes, at: start, "www.") else {
            return nil
        }
        var index = start
        while index < bytes.count {
            // Links are mostly ASCII: its bytes are read as they are, white space as
            // `isWhitespaceFast` tells it in ASCII.
            let byte = bytes[index]
            if byte < 0x80 {
                if AsciiLanes.isSpace(byte) { break }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
            if scalar.isWhitespaceFast { break }
            index += length
        }
        // Trailing sentence punctuation belongs to the sentence, not the link.
        while index > start {
            let previous = UTF8Bytes.scalarStart(in: bytes, before: index)
            guard isTrailingPunctuation(UTF8Bytes.scalar(in: bytes, at: previous).scalar) else { break }
            index = previous
        }
        return index
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "”", "\"", "’", "'": return true
        default: return false
        }
    }
}
