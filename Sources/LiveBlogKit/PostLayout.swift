/// Reads the labelled lines a post may open or close with — key-event label, title, byline,
/// `Updated at` — and leaves the rest as paragraphs.
struct PostLayout {
    var keyEventLabel: String?
    var title: String?
    var byline: String?
    var updated: String?
    var paragraphs: [String]

    init(lines: [String]) {
        var body = lines[...]
        if let first = body.first, PageFurniture.isLabel(first, in: PageFurniture.keyEventLabels) {
            keyEventLabel = first
            body = body.dropFirst()
        }
        if let first = body.first, !Self.isByline(first), Self.isTitle(first, followedByText: body.count > 1) {
            title = first
            body = body.dropFirst()
        }
        if let first = body.first, Self.isByline(first) {
            byline = first
            body = body.dropFirst()
        }
        if let last = body.last, Self.isUpdatedLine(last) {
            updated = last
            body = body.dropLast()
        }
        paragraphs = Array(body)
    }

    /// A heading: a known title word, or a short line with no sentence ending, link or quote
    /// that has text below it.
    static func isTitle(_ line: String, followedByText: Bool) -> Bool {
        // Titles are short: most lines are rejected on length before anything is split.
        guard line.utf8.count <= 400 else { return false }
        let trimmed = line.trimmingWhitespace()
        if trimmed.utf8.count <= PageFurniture.longestKnownTitle, PageFurniture.knownTitles.contains(trimmed.lowercased()) { return true }
        // The cheap tests first: most first lines are sentences, which end in punctuation.
        guard followedByText, let first = trimmed.unicodeScalars.first,
              first.properties.isUppercase || ("0"..."9").contains(first),
              let last = trimmed.last, !Self.sentenceEnds.contains(last), trimmed.count <= 90 else { return false }
        let words = trimmed.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= 14 else { return false }
        for word in words {
            if word.hasPrefix("#") || word.hasPrefix("@") || word.contains("://") || word.contains("twitter.com")
                || word.contains("t.co/") { return false }
        }
        if trimmed.contains("“") || trimmed.contains("\"") || trimmed.contains(". ") { return false }
        return true
    }

    /// What a line that is no title ends with.
    private static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", ",", "…", "\"", "”", "’", "'", "–", "—", "-", ")"]

    /// `By Damien Gayle`: `By` and up to five capitalised words.
    static func isByline(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        // Its first word is `By`: most lines are ruled out on their first two letters (a line
        // opening with white space beyond ASCII is left to the full reading).
        guard let start = line.utf8.firstIndex(where: { !AsciiLanes.isSpace($0) }),
              line.utf8[start] >= 0x80 || line.utf8[start...].starts(with: "By".utf8) else { return false }
        let words = line.trimmingWhitespace().split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, words.count <= 7, words[0] == "By" else { return false }
        return words.dropFirst().allSatisfy { word in
            word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
                || ["and", "&", "in", "of"].contains(word)
        }
    }

    /// `Updated at 10.02am BST`.
    static func isUpdatedLine(_ line: String) -> Bool {
        guard line.unicodeScalars.first(where: { !$0.isWhitespaceFast }) == "U" else { return false }
        let trimmed = line.trimmingWhitespace()
        for prefix in ["Updated at ", "Updated "] where trimmed.hasPrefix(prefix) {
            return TimeOfDay.parseLine(trimmed.dropFirst(prefix.count)) != nil
        }
        return false
    }
}
