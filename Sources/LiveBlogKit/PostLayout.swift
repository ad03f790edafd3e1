/// Reads the labelled lines a post may open or close with — key-event label, title, byline,
/// `Updated at` — and leaves the rest as paragraphs.
struct PostLayout {
    var keyEventLabel: String?
    var title: String?
    var byline: String?
    var updated: String?
    /// Which of the lines are the post's paragraphs: all but the labels.
    var paragraphLines: Range<Int>

    init(lines: [Substring]) {
        var body = lines.indices
        if let first = body.first, PageFurniture.isLabel(lines[first], in: PageFurniture.keyEventLabels) {
            keyEventLabel = String(lines[first])
            body = body.dropFirst()
        }
        if let first = body.first, !Self.isByline(lines[first]), Self.isTitle(lines[first], followedByText: body.count > 1) {
            title = String(lines[first])
            body = body.dropFirst()
        }
        if let first = body.first, Self.isByline(lines[first]) {
            byline = String(lines[first])
            body = body.dropFirst()
        }
        if let last = body.last, Self.isUpdatedLine(lines[last]) {
            updated = String(lines[last])
            body = body.dropLast()
        }
        paragraphLines = body
    }

    /// `isTitle` of a whole string.
    static func isTitle(_ line: String, followedByText: Bool) -> Bool {
        isTitle(line[...], followedByText: followedByText)
    }

    /// A heading: a known title word, or a short line with no sentence ending, link or quote
    /// that has text below it.
    static func isTitle(_ line: Substring, followedByText: Bool) -> Bool {
        // Titles are short: most lines are rejected on length before anything is split.
        guard line.utf8.count <= 400 else { return false }
        // A slice, not a copy: most first lines are read no further than their ends.
        let slice = line.trimmedOfWhitespace()
        if slice.utf8.count <= PageFurniture.longestKnownTitle, PageFurniture.knownTitles.contains(slice.lowercased()) { return true }
        // The cheap tests first: most first lines are sentences, which end in punctuation.
        guard followedByText, let first = slice.unicodeScalars.first,
              first.value &- 0x41 < 26 || first.isASCIIDigit || (!first.isASCII && first.properties.isUppercase),
              endsOutsideASentence(slice) else { return false }
        // Characters are counted on a string of its own, whose clusters start where it starts.
        let trimmed = String(slice)
        guard trimmed.count <= 90 else { return false }
        let words = trimmed.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= 14 else { return false }
        for word in words {
            if word.hasPrefix("#") || word.hasPrefix("@") || word.contains("://") || word.contains("twitter.com")
                || word.contains("t.co/") { return false }
        }
        if trimmed.contains("“") || trimmed.contains("\"") || trimmed.contains(". ") { return false }
        return true
    }

    /// Whether a text has a last character and it is none of `sentenceEnds`. Read on the last
    /// byte when the two last bytes are ASCII (two ASCII scalars other than CR LF always stand
    /// in characters of their own), which spares finding where the last grapheme cluster
    /// starts, and hashing it.
    private static func endsOutsideASentence(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 2, let last = utf8.last, last < 0x80, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80,
              last != 10 else {
            guard let last = String(text).last else { return false }
            return !sentenceEnds.contains(last)
        }
        return !asciiSentenceEnds[Int(last)]
    }

    /// What a line that is no title ends with.
    private static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", ",", "…", "\"", "”", "’", "'", "–", "—", "-", ")"]
    /// `sentenceEnds`' ASCII members, by byte.
    private static let asciiSentenceEnds: [Bool] = (0..<128).map { sentenceEnds.contains(Character(Unicode.Scalar(UInt8($0)))) }

    /// `By Damien Gayle`, `By Denis Campbell, health policy editor`: `By` and up to eight
    /// capitalised words (or `and`, `&`, `in`, `of`), then, after a comma, a short description
    /// that ends no sentence.
    static func isByline(_ line: Substring) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        // Its first word is `By`: most lines are ruled out on their first two letters (a line
        // opening with white space beyond ASCII is left to the full reading).
        guard let start = line.utf8.firstIndex(where: { !AsciiLanes.isSpace($0) }),
              line.utf8[start] >= 0x80 || line.utf8[start...].starts(with: "By".utf8) else { return false }
        let trimmed = line.trimmingWhitespace()
        guard let (_, description) = bylineWords(trimmed[...]) else { return false }
        guard let description else { return true }
        guard let last = trimmed.last else { return false }
        return !description.isEmpty && description.count <= 8 && !".!?:;\"”".contains(last)
    }

    /// The names a byline gives (`By Jo Bloggs and Sam Smith in Leeds, political editors` →
    /// `Jo Bloggs`, `Sam Smith`): its capitalised words before any place or description.
    static func bylineNames(_ byline: String) -> [String] {
        guard let (words, _) = bylineWords(byline.trimmingWhitespace()[...]) else { return [] }
        let named = words.prefix { $0 != "in" && $0 != "of" }
        return named.split(whereSeparator: { $0 == "and" || $0 == "&" }).map { $0.joined(separator: " ") }
    }

    /// A byline's words after `By` and before any comma, and those after the comma (nil when
    /// it has none); nil when the line is not shaped as a byline: `By` and one to eight
    /// capitalised words, or `and`, `&`, `in`, `of`, before the comma.
    private static func bylineWords(_ trimmed: Substring) -> (names: ArraySlice<Substring>, description: [Substring]?)? {
        let parts = trimmed.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let words = parts[0].split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, words.count <= 9, words[0] == "By" else { return nil }
        let names = words.dropFirst()
        guard names.allSatisfy({ word in
            word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false || ["and", "&", "in", "of"].contains(word)
        }) else { return nil }
        return (names, parts.count == 2 ? parts[1].split(whereSeparator: { $0.isWhitespace }) : nil)
    }

    /// `Updated at 10.02am BST`.
    static func isUpdatedLine(_ line: Substring) -> Bool {
        guard line.unicodeScalars.first(where: { !$0.isWhitespaceFast }) == "U" else { return false }
        return TimeOfDay.parseLabelledLine(line, labels: ["Updated at ", "Updated "]) != nil
    }
}
