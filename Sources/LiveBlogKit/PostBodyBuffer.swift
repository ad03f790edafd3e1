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

    /// The last line, when other lines stand above it and it is `1...maxLength` bytes long.
    func lastLine(ofAtMost maxLength: Int) -> ArraySlice<UInt8>? {
        guard lineCount >= 2, (1...maxLength).contains(bytes.count - lastLineStart) else { return nil }
        return bytes[lastLineStart...]
    }

    /// Removes the last line of two or more, with the line break before it.
    mutating func removeLastLine() {
        guard lineCount >= 2 else { return }
        bytes.removeSubrange((lastLineStart - 1)...)
        lineCount -= 1
        lastLineStart = (bytes.lastIndex(of: 10) ?? -1) + 1
    }

    /// Empties the buffer for the next post, keeping its room.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        lineCount = 0
        lastLineStart = 0
    }
}
