import Foundation

/// One non-blank line of the input with its 1-based line number.
struct SourceLine: Equatable, Sendable {
    var text: String
    var number: Int

    /// Decodes a line's bytes, repairing invalid UTF-8 with U+FFFD and noting that it did.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool) -> String {
        // Decoding validates as it copies; `String(validating:)` would cost twice as much, most
        // of it looking up its generic encoding at every line. A repair changes the bytes, which
        // one comparison of memory tells.
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            guard decoded.count == bytes.count else { return false }
            guard let copy = decoded.baseAddress, let original = bytes.baseAddress else { return true }
            return memcmp(copy, original, bytes.count) == 0
        }
        if !unchanged { repaired = true }
        return text
    }

    /// True when every byte is ASCII white space, or every scalar is white space.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

/// Splits UTF-8 input into its non-blank lines as it arrives, a chunk at a time, so that a
/// blog can be read from a file without ever holding all of its bytes. Lines split at LF (the
/// CR of a CRLF dropped); a line holding only white space, no-break spaces included, is
/// blank. Lines are handed over as bytes, not decoded: the reader of them decodes what it
/// keeps (invalid UTF-8 is repaired as it is decoded: an LF never sits inside a sequence, so
/// lines decoded apart or joined by line breaks come out as decoding the whole text would).
/// How the input is cut into chunks never changes the lines.
struct LineReader {
    /// The start of a line whose end has not arrived yet.
    private var pending: [UInt8] = []
    private var number = 1

    /// Reads a chunk, calling `body` with each non-blank line it completes and the line's
    /// 1-based number. The bytes are valid only during the call.
    mutating func read(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var lineStart = 0
        while let newline = Self.newline(in: chunk, from: lineStart) {
            if pending.isEmpty {
                emit(UnsafeBufferPointer(rebasing: chunk[lineStart..<newline]), body)
            } else {
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[lineStart..<newline]))
                let line = pending
                pending = []
                line.withUnsafeBufferPointer { emit($0, body) }
            }
            lineStart = newline + 1
        }
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[lineStart...]))
    }

    /// Ends the input: the last line, which has no LF after it.
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        let line = pending
        pending = []
        line.withUnsafeBufferPointer { emit($0, body) }
    }

    @inline(__always)
    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var line = bytes
        if line.last == 13 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        // A byte-order mark opening the input says how it is encoded, and is no text of it.
        if number == 1, line.starts(with: Self.byteOrderMark) { line = UnsafeBufferPointer(rebasing: line.dropFirst(Self.byteOrderMark.count)) }
        if !SourceLine.isBlank(line) { body(line, number) }
        number += 1
    }

    /// U+FEFF in UTF-8, as editors on Windows open a file with it.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Where the next LF stands, found by memchr many bytes at a time.
    private static func newline(in chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = chunk.baseAddress, start < chunk.count,
              let hit = memchr(base + start, 10, chunk.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
}
