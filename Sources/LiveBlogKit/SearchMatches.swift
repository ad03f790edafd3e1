/// Where a text search's words occur in a text, compared as the search compares them
/// (`TextFolding`: any case, one apostrophe): what the reader highlights, as less marks what
/// a search found.
public struct SearchMatches: Sendable {
    /// The search's words, folded.
    private let words: [[UInt8]]

    public init(_ filter: PostFilter) {
        words = filter.searchWords.filter { !$0.isEmpty }
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { words.isEmpty }

    /// Whether every word occurs in `text`, as the search compares them (a short text: a
    /// chooser's line).
    public func allOccur(in text: String) -> Bool {
        let folded = TextFolding.fold(text)
        return words.allSatisfy { folded.firstRange(of: $0) != nil }
    }

    /// The ranges of `text` any of the words covers, in order, overlapping ones joined. A match
    /// starts and ends on whole characters of the text.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !words.isEmpty, !text.isEmpty else { return [] }
        // The text folded a scalar at a time, with where each folded byte's scalar starts.
        var folded: [UInt8] = []
        var origins: [String.Index] = []
        folded.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var count = 1
            if scalar.isWhitespaceFast {
                // A space each: a search word holds none, so runs of them need no folding.
                folded.append(UInt8(ascii: " "))
            } else {
                count = TextFolding.appendFolded(scalar, to: &folded)
            }
            origins.append(contentsOf: repeatElement(index, count: count))
            index = scalars.index(after: index)
        }
        func startsScalar(_ offset: Int) -> Bool { offset == 0 || offset == folded.count || origins[offset] != origins[offset - 1] }
        var found: [Range<Int>] = []
        for word in words where word.count <= folded.count {
            for start in 0...(folded.count - word.count) where folded[start] == word[0] && startsScalar(start) {
                let end = start + word.count
                if startsScalar(end), folded[start..<end].elementsEqual(word) { found.append(start..<end) }
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var joined: [Range<Int>] = []
        for range in found {
            if let last = joined.last, range.lowerBound <= last.upperBound {
                joined[joined.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                joined.append(range)
            }
        }
        return joined.compactMap { range in
            // A match inside a character (a letter and its combining accent) is none.
            let lower = String.Index(origins[range.lowerBound], within: text)
            let upper = range.upperBound == folded.count ? text.endIndex : String.Index(origins[range.upperBound], within: text)
            guard let lower, let upper else { return nil }
            return lower..<upper
        }
    }
}
