/// A line that opens with a stamp (a time, `10.05am`; a match's minute, `78 min`) and goes on
/// with the post's title, as some pages head each post on one line: how the line parts.
enum StampedTitle {
    /// Marks that may stand between a stamp and the title on its line.
    private static let joiners: Set<Character> = [":", "-", "–", "—", "|", "·", "•"]

    /// The longest opening of at most `maxWords` words that `stamp` reads (a joiner ending it,
    /// `4.50pm:`, is no part of it), what joins the title to it, and the title; nil for a line
    /// that opens with no stamp or is a stamp alone.
    static func split<Stamp>(_ line: String, maxWords: Int, stamp: (Substring) -> Stamp?)
    -> (stamp: Stamp, stampText: String, joiner: String, title: String)? {
        let words = line.split(separator: " ", maxSplits: maxWords + 1, omittingEmptySubsequences: true)
        guard words.count >= 2, words[0].first.map({ $0.isASCII && $0.isNumber }) == true else { return nil }
        for count in stride(from: min(maxWords, words.count - 1), through: 1, by: -1) {
            let last = words[count - 1]
            guard let kept = last.lastIndex(where: { !joiners.contains($0) }) else { continue }
            let stampEnd = last.index(after: kept)
            guard let read = stamp(line[words[0].startIndex..<stampEnd]) else { continue }
            let titleStart = line[stampEnd...].firstIndex { !($0.isWhitespace || joiners.contains($0)) } ?? line.endIndex
            guard titleStart < line.endIndex else { return nil }
            return (read, String(line[..<stampEnd]), String(line[stampEnd..<titleStart]), String(line[titleStart...]))
        }
        return nil
    }
}
