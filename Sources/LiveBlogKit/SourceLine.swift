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
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var number = 1
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 10 {
                emit(utf8[lineStart..<index], number: number, body)
                number += 1
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        emit(utf8[lineStart..<utf8.endIndex], number: number, body)
    }

    private static func emit(_ bytes: Substring.UTF8View, number: Int, _ body: (SourceLine) -> Void) {
        var line = Substring(bytes)
        if line.utf8.last == 13 { line = Substring(line.utf8.dropLast()) }
        guard !isBlank(line) else { return }
        body(SourceLine(text: String(line), number: number))
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
