/// The fixed labels live-blog pages print around their content: what marks a section
/// above the posts, a post's own labels, and what stands below the last post.
enum PageFurniture {
    /// Lines below the last post that are the page's, not the blog's.
    static let footerLines: Set<String> = [
        "continue reading...", "continue reading…", "continue reading", "show more", "load more",
        "show key events only", "reuse this content", "back to top", "topics",
        "please turn on javascript to use this feature", "explore more on these topics",
        "older posts", "newer posts", "view more",
    ]

    /// The buttons a page prints under each post, which a copy of its text holds as lines.
    static let shareButtons: Set<String> = [
        "share", "facebook", "twitter", "x", "email", "linkedin", "whatsapp", "pinterest", "messenger", "reddit",
        "copy link", "link copied", "share on facebook", "share on twitter", "share on x", "share via email",
        "share this post", "share this update", "share this",
    ]

    /// The UTF-8 length of the longest button, so that a post's last line, most often longer,
    /// is ruled out on its length.
    private static let longestShareButton = shareButtons.map(\.utf8.count).max() ?? 0

    /// Whether a line is one of `shareButtons`, in any case and spacing.
    static func isShareButton<S: StringProtocol>(_ line: S) -> Bool {
        line.utf8.count <= longestShareButton + 8 && isLabel(line, in: shareButtons)
    }

    /// Lines that open the list of a page's topics below the last post, each topic a short line.
    static let topicsLabels: Set<String> = ["topics", "explore more on these topics", "related topics"]

    /// Labels that open a `Key events` list above the posts.
    static let keyEventsLabels: Set<String> = ["key events", "key points", "key updates"]

    /// Section labels in a blog's header (`Summary`, `Live Reporting` above a BBC page's posts,
    /// `Live` above its headline, and its note `All times stated are UK`): kept where the text
    /// has them, and no summary point or headline.
    static let headerLabels: Set<String> = ["summary", "live", "live reporting", "live updates", "latest updates", "live coverage",
                                            "all times stated are uk", "all times are uk", "all times uk"]

    /// Labels that open a pinned post above the timeline.
    static let pinnedLabels: Set<String> = ["pinned post", "pinned"]

    /// A post's own label line marking it as a key event.
    static let keyEventLabels: Set<String> = ["key event", "key update", "breaking", "important"]
    /// The most bytes a key event's label takes, with room for spacing and case.
    static let longestKeyEventLabel = 2 * (keyEventLabels.map(\.utf8.count).max() ?? 0)

    /// Headings that are titles whatever their shape.
    static let knownTitles: Set<String> = [
        "summary", "afternoon summary", "morning summary", "evening summary", "lunchtime summary",
        "recap", "what we know so far", "what we know", "opening summary", "closing summary",
    ]

    /// The UTF-8 length of the longest known title, so longer lines skip the lookup.
    static let longestKnownTitle = knownTitles.map(\.utf8.count).max() ?? 0

    /// The UTF-8 length of the longest label of every kind: a line longer once trimmed is none.
    private static let longestLabel = [footerLines, keyEventsLabels, pinnedLabels, keyEventLabels, shareButtons, topicsLabels].joined().map(\.utf8.count).max() ?? 0

    /// Whether a line is one of `labels`, in any case and spacing. Labels are short: a long
    /// paragraph is ruled out on its length, not lowercased to be compared.
    static func isLabel<S: StringProtocol>(_ line: S, in labels: Set<String>) -> Bool {
        guard line.utf8.count <= 128 else { return false }
        // Every label starts with a letter: a line that does not is ruled out unlowercased.
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first >= 0x80 || AsciiLanes.isLetter(first) else {
            return false
        }
        if let decided = line.utf8.withContiguousStorageIfAvailable({ asciiLabel($0, in: labels) }), let decided { return decided }
        // Every label is ASCII: a line whose lowercase form holds anything else is none of
        // them. Lowercasing a line beyond ASCII in full is slow, and most such lines hold a
        // curly quote, so each scalar's lowercase form is looked at first.
        let trimmed = line.trimmingWhitespace()
        guard trimmed.unicodeScalars.allSatisfy({ $0.isASCII || $0.properties.lowercaseMapping.utf8.allSatisfy { $0 < 0x80 } }) else {
            return false
        }
        return labels.contains(trimmed.lowercased())
    }

    /// `isLabel` of an ASCII line, worked out on its bytes (case folding and trimming are byte
    /// for byte in ASCII); nil for a line with bytes beyond ASCII.
    private static func asciiLabel(_ bytes: UnsafeBufferPointer<UInt8>, in labels: Set<String>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard let start = bytes.firstIndex(where: { !AsciiLanes.isSpace($0) }),
              let end = bytes.lastIndex(where: { !AsciiLanes.isSpace($0) }) else { return labels.contains("") }
        // Longer than every label once trimmed (most lines a post opens with): no string is
        // made to be looked up in vain.
        guard end - start + 1 <= longestLabel else { return false }
        return labels.contains(String(unsafeUninitializedCapacity: end - start + 1) { buffer in
            for offset in start...end {
                let byte = bytes[offset]
                buffer[offset - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return end - start + 1
        })
    }

    /// Whether a line is the page's below the last post: a footer's line or a button's.
    static func isFooter<S: StringProtocol>(_ line: S) -> Bool {
        isLabel(line, in: footerLines) || isShareButton(line)
    }
}

extension Substring {
    /// The slice without leading and trailing white space (no-break spaces included): no copy.
    /// ASCII white space is passed over byte by byte; where an end holds a byte beyond ASCII
    /// (which may be a no-break space), that end is read scalar by scalar.
    func trimmedOfWhitespace() -> Substring {
        let utf8 = utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, AsciiLanes.isSpace(utf8[start]) { start = utf8.index(after: start) }
        while start < end, AsciiLanes.isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        // Both ends stand on ASCII bytes, so on scalar boundaries.
        guard start < end else { return self[endIndex...] }
        // Most texts have no white space at either end: they are themselves, with no slice
        // made (a slice of the UTF-8 view costs a check that its ends stand on scalars).
        if start == utf8.startIndex, end == utf8.endIndex, utf8[start] < 0x80, utf8[utf8.index(before: end)] < 0x80 { return self }
        let trimmed = Substring(utf8[start..<end])
        guard utf8[start] >= 0x80 || utf8[utf8.index(before: end)] >= 0x80 else { return trimmed }
        let byScalar = trimmed.trimmedOfWhitespaceByScalar()
        // Nothing but white space: empty at the end, as the scalar reading of the whole leaves it.
        return byScalar.isEmpty ? self[endIndex...] : byScalar
    }

    /// `trimmedOfWhitespace`, scalar by scalar.
    func trimmedOfWhitespaceByScalar() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }),
              let last = scalars.lastIndex(where: { !$0.isWhitespaceFast }) else {
            return self[endIndex...]
        }
        return Substring(scalars[first...last])
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (no-break spaces included).
    func trimmingWhitespace() -> String {
        let scalars = self.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }),
              let last = scalars.lastIndex(where: { !$0.isWhitespaceFast }) else {
            return ""
        }
        // Sliced by UTF-8 offsets: one copy of the bytes, and no rounding to Character boundaries.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
