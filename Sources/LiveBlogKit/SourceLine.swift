/// One non-blank line of the input with its 1-based line number.
struct SourceLine: Equatable, Sendable {
    var text: String
    var number: Int

    /// Calls `body` with each non-blank line of UTF-8 bytes in order, without collecting them.
    /// Lines split at LF (the CR of a CRLF dropped); a line holding only white space, no-break
    /// spaces included, is blank.
    /// Invalid UTF-8 is repaired line by line (an LF never sits inside a sequence, so this is
    /// what decoding the whole text would give), and `repaired` is set when any was.
    static func forEachNonBlankLine(of bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool, _ body: (SourceLine) -> Void) {
        var lineStart = 0
        var number = 1
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            var line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if line.last == 13 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            if !isBlank(line) { body(SourceLine(text: decode(line, repaired: &repaired), number: number)) }
            number += 1
            lineStart = lineEnd + 1
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        repaired = true
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when every byte is ASCII white space, or every scalar is white space.
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte != 32 && byte != 9 && byte != 11 && byte != 12 && byte != 13 {
            if byte < 128 { return false }
            return isBlank(String(decoding: bytes, as: UTF8.self))
        }
        return true
    }

    /// True when every scalar is white space.
    static func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        for byte in text.utf8 where byte != 32 && byte != 9 && byte != 11 && byte != 12 && byte != 13 {
            if byte < 128 { return false }
            return text.unicodeScalars.allSatisfy { $0.isWhitespaceFast }
        }
        return true
    }
}
