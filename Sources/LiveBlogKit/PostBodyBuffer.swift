/// The lines of the post being read, as bytes joined by line breaks: decoded once, when the
/// post ends (a string a line would cost an allocation and a validation each, and a copy more
/// to join them).
struct PostBodyBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var lineCount = 0
    /// Where the last line starts.
    private var lastLineStart = 0

    /// Adds a line after the others.
    @inline(__always)
    mutating func append(_ line: UnsafeBufferPointer<UInt8>) {
        if lineCount > 0 { bytes.append(10) }
        lastLineStart = bytes.count
        bytes.append(contentsOf: line)
        lineCount += 1
    }

    /// Takes the last line, decoded, when other lines stand above it, it is `1...maxLength`
    /// bytes long, its first byte is one `opening` allows and `accepts` takes its text; nil
    /// else, and the line stays. Told on the length and the first byte before it is decoded:
    /// a post's last line is nearly always prose.
    @inline(__always)
    mutating func takeLastLine(ofAtMost maxLength: Int, opening: (UInt8) -> Bool = { _ in true },
                               where accepts: (String) -> Bool) -> String? {
        guard lineCount >= 2, (1...maxLength).contains(bytes.count - lastLineStart), opening(bytes[lastLineStart]) else { return nil }
        let line = String(decoding: bytes[lastLineStart...], as: UTF8.self)
        guard accepts(line) else { return nil }
        bytes.removeSubrange((lastLineStart - 1)...)
        lineCount -= 1
        lastLineStart = (bytes.lastIndex(of: 10) ?? -1) + 1
        return line
    }

    /// Empties the buffer for the next post, keeping its room.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        lineCount = 0
        lastLineStart = 0
    }
}
