import Foundation

/// The head of a large blog: its newest posts, which stand at the top of the file, so that a
/// reader can show them at once and read the rest in the background (as less and fzf do).
public enum HeadOfBlog {
    /// What a reader can show at once of a blog: the whole blog when it is within `budget`;
    /// else its head (`isPartial`); else, when no head can be cut (one huge post, a line with
    /// no end), its layout without extraction (`isPartial`). A partial view is meant to be
    /// replaced by the full parse. Chunks are read only until the head can be cut.
    public static func firstView<Chunk: Collection>(chunks next: () throws -> Chunk?, budget: Int) rethrows -> (blog: LiveBlog, isPartial: Bool)
    where Chunk.Element == UInt8 {
        var head: [UInt8] = []
        // Where the search for a time line past the budget goes on when more bytes arrive.
        var resume = max(0, budget)
        while let chunk = try next() {
            head.append(contentsOf: chunk)
            guard head.count > budget else { continue }
            let found = timeLine(in: head, from: resume, atEnd: false)
            if let cut = found.cut {
                head.removeSubrange(cut...)
                return (LiveBlogParser.parse(bytes: head), true)
            }
            resume = found.resume
        }
        guard head.count > budget else { return (LiveBlogParser.parse(bytes: head), false) }
        if let cut = timeLine(in: head, from: resume, atEnd: true).cut {
            head.removeSubrange(cut...)
            return (LiveBlogParser.parse(bytes: head), true)
        }
        return (LiveBlogParser.parseLayout(bytes: head), true)
    }

    /// `firstView` of bytes already in memory.
    public static func firstView(of bytes: Data, budget: Int) -> (blog: LiveBlog, isPartial: Bool) {
        var whole = CollectionOfOne(bytes).makeIterator()
        return firstView(chunks: { whole.next() }, budget: budget)
    }

    /// The byte offset just before the first time line that starts at or after `budget`
    /// bytes, so the head holds whole posts; nil when the blog is smaller than the budget or
    /// no time line follows it.
    public static func cut<Bytes: RandomAccessCollection>(_ bytes: Bytes, budget: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count > budget, budget >= 0 else { return nil }
        return timeLine(in: bytes, from: bytes.startIndex + budget, atEnd: true).cut
    }

    /// The start of the first line after the line break found from `index` on that may start
    /// a post: a time line, a post's age (`Posted 2h ago`) or a date alone (`12 Nov 2023`, which
    /// starts posts only in a blog with no time lines; elsewhere the head's last post is cut
    /// short for the moment, until the full parse replaces the head). Until `atEnd`, a last
    /// line that may not have fully arrived is left for later: `resume` is where to search
    /// again once more bytes are there.
    private static func timeLine<Bytes: RandomAccessCollection>(in bytes: Bytes, from index: Int, atEnd: Bool) -> (cut: Int?, resume: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = index
        // Lines from the budget on; a time line is short, so only short lines are read.
        let longest = TimeOfDay.longestTimeLine
        while index < bytes.endIndex {
            guard let newline = bytes[index...].firstIndex(of: 10) else { return (nil, index) }
            let start = newline + 1
            let lineEnd = bytes[start...].prefix(longest + 8).firstIndex(of: 10)
            if lineEnd == nil, !atEnd, bytes.endIndex - start < longest + 8 { return (nil, index) }
            let end = lineEnd ?? min(bytes.endIndex, start + longest + 8)
            if end - start <= longest, end > start {
                let line = String(decoding: bytes[start..<end], as: UTF8.self)
                if TimeOfDay.parseLine(line) != nil || RelativeTime.shortForm(line) != nil || TimeOfDay.isDateLine(line) {
                    return (start, index)
                }
            }
            index = start
        }
        return (nil, index)
    }
}
