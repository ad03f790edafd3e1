/// What stands above a blog's posts (headline, summary, key events, pinned post) and below them
/// (page furniture), read from the lines the builder set aside.
extension StructureBuilder {
    /// Whether the first post is the header's dateline, its lines the header's: its time line
    /// is dated (`May 26, 2024 14:35 IST`, `Tue 4 Jun 2019 10.05 BST`) and it holds nothing
    /// else, or what it holds belongs to a header (`First published on …`, `Key events`). Only
    /// above another post, and in a header that has not begun its key events or pinned post,
    /// where the dateline would stand out of order. So too when the next post, undated, is
    /// stamped with the same time (`Sat 21 Oct 2023 19.25 BST`, a line of summary, then `19.25
    /// BST`): the page's stamp is its newest post's. A dated first post with text of its own
    /// keeps its time.
    func firstPostIsDateline(_ posts: [Post]) -> Bool {
        guard posts.count > 1, HeaderCredits.isDateline(posts[0].time), !header.contains(where: { Self.opensSection($0.text) }) else {
            return false
        }
        let lines = posts[0].sourceLines.dropFirst()
        let stampsTheNewestPost = posts[0].minutesOfDay != nil && posts[0].minutesOfDay == posts[1].minutesOfDay
            && !HeaderCredits.isDateline(posts[1].time) && lines.count <= Self.summaryLinesUnderAStamp
        return lines.isEmpty || stampsTheNewestPost || lines.contains { Self.opensSection($0) || HeaderCredits.isDateline($0) }
    }

    /// On a page that heads its days (`Wednesday 15 November` above a time line), the date
    /// alone that ends the header heads the first post's day: it moves to that post.
    static func moveFirstDayHeading(from header: inout [SourceLine], to posts: inout [Post]) {
        guard !posts.isEmpty, posts.contains(where: { $0.dayHeading != nil }), header.count > 1, let last = header.last,
              last.text.utf8.count <= longestDayHeading, TimeOfDay.isDateLine(last.text) else { return }
        posts[0].dayHeading = header.removeLast().text
    }

    /// The most lines a page's stamp may stand above and still be the header's: a summary's
    /// few, not a post's many.
    private static let summaryLinesUnderAStamp = 4

    /// Whether a header line opens its key events or its pinned post.
    private static func opensSection(_ line: String) -> Bool {
        PageFurniture.isLabel(line, in: PageFurniture.keyEventsLabels) || PageFurniture.isLabel(line, in: PageFurniture.pinnedLabels)
    }

    /// Fills headline, summary, key events and pinned label from the lines above the first
    /// post. Returns whether a `Pinned post` label was the last thing before the posts.
    @discardableResult
    static func readHeader(_ lines: ArraySlice<SourceLine>, into blog: inout LiveBlog, pinnedTakesNextPost: Bool) -> Bool {
        enum Section { case summary, keyEvents, pinned }
        var section = Section.summary
        // The headline is the first line that is no label (`Live` heads a BBC page above it);
        // a header of labels alone has its first for a headline.
        let headline = lines.firstIndex { !PageFurniture.isLabel($0.text, in: PageFurniture.headerLabels) } ?? lines.startIndex
        blog.labelsAboveHeadline = headline - lines.startIndex
        for (index, line) in zip(lines.indices, lines) {
            if index == headline {
                blog.headline = line.text
                continue
            }
            if PageFurniture.isLabel(line.text, in: PageFurniture.keyEventsLabels) {
                section = .keyEvents
                blog.keyEvents.append(line.text)
            } else if PageFurniture.isLabel(line.text, in: PageFurniture.pinnedLabels), blog.pinned == nil {
                section = .pinned
                blog.pinned = PinnedPost(label: line.text)
            } else {
                switch section {
                case .summary: blog.summary.append(line.text)
                case .keyEvents: blog.keyEvents.append(line.text)
                case .pinned: blog.pinned?.paragraphs.append(line.text)
                }
            }
        }
        return pinnedTakesNextPost && section == .pinned && (blog.pinned?.paragraphs.isEmpty ?? false)
    }

    /// Removes the page furniture that ends a list of lines and returns it: its labels, and a
    /// list of the page's topics (`Topics`, then `NHS`, `Junior doctors`, each a short line).
    static func takeFooter(from lines: inout [String]) -> [String] {
        var count = 0
        while true {
            while count < lines.count, PageFurniture.isFooter(lines[lines.count - 1 - count]) { count += 1 }
            guard let topics = topicsList(endingBefore: lines.count - count, in: lines) else { break }
            count = lines.count - topics
        }
        let footer = Array(lines.suffix(count))
        lines.removeLast(count)
        return footer
    }

    /// Where a list of topics starts whose last topic ends before `end`: a `Topics` label, then
    /// up to twelve short lines that end no sentence; nil when none stands there.
    private static func topicsList(endingBefore end: Int, in lines: [String]) -> Int? {
        var start = end - 1
        while start >= 0, start >= end - 13 {
            let line = lines[start]
            if PageFurniture.isLabel(line, in: PageFurniture.topicsLabels) { return start < end - 1 ? start : nil }
            guard line.count <= 40, let last = line.trimmingWhitespace().last, !".!?:;,\"”".contains(last) else { return nil }
            start -= 1
        }
        return nil
    }
}
