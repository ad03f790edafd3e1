/// One non-blank line of the input with its 1-based line number.
struct SourceLine: Equatable, Sendable {
    var text: String
    var number: Int

    /// Splits text at LF (dropping the CR of a CRLF) and keeps the lines that are not blank.
    /// A line counts as blank when it holds only white space, no-break spaces included.
    static func nonBlankLines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        forEachNonBlankLine(of: text) { lines.append($0) }
        return lines
    }

    /// Calls `body` with each non-blank line in order, without collecting them.
    static func forEachNonBlankLine(of text: String, _ body: (SourceLine) -> Void) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var lineStart = 0
            var number = 1
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                emit(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), number: number, body)
                number += 1
                lineStart = lineEnd + 1
            }
        }
    }

    /// A line's bytes, split at LF, so whole (never inside a scalar): the CR of a CRLF is dropped.
    private static func emit(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, _ body: (SourceLine) -> Void) {
        var line = bytes
        if line.last == 13 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        guard !isBlank(line) else { return }
        body(SourceLine(text: String(decoding: line, as: UTF8.self), number: number))
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
