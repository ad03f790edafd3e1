import Foundation

/// A post's paragraphs as it holds them: one string, the paragraphs joined by line breaks
/// (a string per paragraph would cost an allocation each), split again into slices of it.
enum PostBody {
    /// Lines joined by line breaks into a string sized once for them (`joined` grows its
    /// result as it goes, leaving up to twice the room it needs). Appended, not written as
    /// bytes: appending one string to another copies bytes known to be valid, where a string
    /// made from raw bytes validates them all again.
    static func joined(_ lines: [String]) -> String {
        guard lines.count > 1 else { return lines.first ?? "" }
        var joined = ""
        joined.reserveCapacity(lines.reduce(lines.count - 1) { $0 + $1.utf8.count })
        for (index, line) in lines.enumerated() {
            if index > 0 { joined.append("\n") }
            joined.append(line)
        }
        return joined
    }

    /// The paragraphs of a body holding `count` of them.
    static func paragraphs(of body: String, count: Int32) -> [Substring] {
        guard count > 0 else { return [] }
        var slices: [Substring] = []
        slices.reserveCapacity(Int(count))
        forEachParagraph(of: body, count: count) { slices.append($0) }
        return slices
    }

    /// Calls `visit` with each paragraph of a body holding `count` of them, in order, with
    /// no list made. Split on the byte, in one pass: splitting a string on a Character walks
    /// grapheme clusters, several times slower.
    @inline(__always)
    static func forEachParagraph(of body: String, count: Int32, _ visit: (Substring) -> Void) {
        guard count > 0 else { return }
        let utf8 = body.utf8
        // Slices are made from byte offsets (constant time on a native string).
        let found: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else {
                visit(body[...])
                return
            }
            var start = 0
            // memchr finds each line break many bytes at a time.
            while let hit = memchr(base + start, 10, bytes.count - start) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                visit(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: index)]))
                start = index + 1
            }
            visit(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)...]))
        }
        if found == nil {
            for line in utf8.split(separator: 10, omittingEmptySubsequences: false) { visit(Substring(line)) }
        }
    }
}
