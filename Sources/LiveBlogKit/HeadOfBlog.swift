import Foundation

/// The head of a large blog: its newest posts, which stand at the top of the file, so that a
/// reader can show them at once and read the rest in the background (as less and fzf do).
public enum HeadOfBlog {
    /// What a reader can show at once of a blog: the whole blog when it is within `budget`;
    /// else its head (`isPartial`); else, when no head can be cut (one huge post, a line with
    /// no end), its layout without extraction (`isPartial`). A partial view is meant to be
    /// replaced by the full parse.
    public static func firstView(of bytes: Data, budget: Int) -> (blog: LiveBlog, isPartial: Bool) {
        guard bytes.count > budget else { return (LiveBlogParser.parse(bytes: bytes), false) }
        if let cut = cut(bytes, budget: budget) { return (LiveBlogParser.parse(bytes: bytes[..<cut]), true) }
        return (LiveBlogParser.parseLayout(bytes: bytes), true)
    }

    /// The byte offset just before the first time line that starts at or after `budget`
    /// bytes, so the head holds whole posts; nil when the blog is smaller than the budget or
    /// no time line follows it.
    public static func cut<Bytes: RandomAccessCollection>(_ bytes: Bytes, budget: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count > budget, budget >= 0 else { return nil }
        var index = bytes.startIndex + budget
        // Lines from the budget on; a time line is short, so only short lines are read.
        while index < bytes.endIndex {
            guard let newline = bytes[index...].firstIndex(of: 10) else { return nil }
            let start = newline + 1
            let end = bytes[start...].prefix(48).firstIndex(of: 10) ?? min(bytes.endIndex, start + 48)
            if end - start <= 40, end > start,
               TimeOfDay.parseLine(String(decoding: bytes[start..<end], as: UTF8.self)) != nil {
                return start
            }
            index = start
        }
        return nil
    }
}
