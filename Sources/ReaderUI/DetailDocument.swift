import LiveBlogKit

/// A line of the detail pane: segments of text, each with its role, and an indent.
public struct StyledLine: Equatable, Sendable {
    public var segments: [(text: String, role: StyleRole)]
    public var indent: Int

    public init(_ segments: [(String, StyleRole)], indent: Int = 0) {
        self.segments = segments.map { (text: $0.0, role: $0.1) }
        self.indent = indent
    }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.indent == rhs.indent && lhs.segments.map(\.text) == rhs.segments.map(\.text)
            && lhs.segments.map(\.role) == rhs.segments.map(\.role)
    }

    static let blank = StyledLine([])
}

/// What the detail pane shows for the selected row, as wrapped, styled lines: the blog's
/// header for the header row; for a post its time, title, byline, hospitals, every paragraph
/// (tweets marked, quotes indented), then every full quote whole with its speaker and what
/// the text says of them.
struct DetailDocument {
    let state: AppState

    /// Every line at once (for tests and small documents); the reader wraps lazily.
    func lines(width: Int) -> [StyledLine] {
        var lines = DetailLines(blocks: blocks(), width: width, highlighting: SearchMatches(state.filter))
        lines.complete()
        return lines.lines
    }

    /// The document as blocks, wrapped later only as far as it is read: a post of one 10 MB
    /// paragraph shows its first screen without laying out the rest.
    func blocks() -> [DetailBlock] {
        guard let index = state.selectedPost else { return headerBlocks() }
        return postBlocks(state.blog.posts[index])
    }

    private func headerBlocks() -> [DetailBlock] {
        let blog = state.blog
        var blocks: [DetailBlock] = []
        blocks.append(wrap(blog.headline ?? "(no headline)", role: .title))
        if let credit = blog.credit { blocks.append(wrap(credit, role: .dim)) }
        for summary in blog.summaryPoints {
            blocks.append(.line(.blank))
            blocks.append(wrap(summary, role: .normal, bullet: "• "))
        }
        if !blog.keyEvents.isEmpty {
            blocks.append(.line(.blank))
            blocks.append(wrap(blog.keyEvents[0], role: .bold))
            for entry in blog.keyEventEntries { blocks.append(wrap(entry, role: .normal, bullet: "• ")) }
        }
        if let pinned = blog.pinned {
            blocks.append(.line(.blank))
            blocks.append(wrap(pinned.label, role: .bold))
            for paragraph in pinned.paragraphs + (pinned.post?.paragraphs ?? []) { blocks.append(wrap(paragraph, role: .normal)) }
        }
        blocks.append(.line(.blank))
        let (posts, hospitals, people) = (blog.posts.count, blog.hospitals.count, blog.people.count)
        blocks.append(wrap("\(posts) post\(posts == 1 ? "" : "s") · \(hospitals) hospital\(hospitals == 1 ? "" : "s") · "
                           + "\(people) \(people == 1 ? "person" : "people") quoted or named", role: .dim))
        if !blog.reporters.isEmpty { blocks.append(wrap("Reporting: " + blog.reporters.joined(separator: ", "), role: .dim)) }
        return blocks
    }

    private func postBlocks(_ post: Post) -> [DetailBlock] {
        var blocks: [DetailBlock] = []
        var heading: [(String, StyleRole)] = [(post.time, .time)]
        if let dayHeading = post.dayHeading { heading.append(("  " + dayHeading, .dim)) }
        if post.isKeyEvent { heading.append(("  ! key event", .marker)) }
        blocks.append(.line(StyledLine(heading)))
        if let title = post.title { blocks.append(wrap(title, role: .title)) }
        if let byline = post.byline { blocks.append(wrap(post.bylineRole.map { byline + ", " + $0 } ?? byline, role: .dim)) }
        if !post.hospitals.isEmpty { blocks.append(wrap("Hospitals: " + post.hospitals.joined(separator: ", "), role: .hospital)) }
        if post.isEmpty {
            blocks.append(.line(.blank))
            blocks.append(wrap("(no text: a photo or video that did not survive as text)", role: .dim))
        }
        let tweetParagraphs = Set(post.tweets.flatMap { $0.paragraph..<($0.paragraph + $0.paragraphCount) })
        let signatures = Set(post.tweets.flatMap { Array($0.heading ?? 0..<0) + ($0.signature.map { [$0] } ?? []) })
        let quoteOpenings = Set(post.quotes.filter { !$0.isFragment }.flatMap { Array($0.paragraphs) })
        var captionNext = false
        for (number, paragraph) in post.paragraphSlices.enumerated() {
            blocks.append(.line(.blank))
            // `Image caption,` and the caption under it, `Image source, PA Media`: the page's
            // labels of a picture, dimmed apart from the text.
            let isCaption = captionNext
            captionNext = MediaLabels.opensCaption(paragraph)
            if isCaption || MediaLabels.isLabel(paragraph) {
                blocks.append(wrap(paragraph, role: .dim))
            } else if tweetParagraphs.contains(number) {
                blocks.append(wrap(paragraph, role: .tweet, bullet: "@ "))
            } else if signatures.contains(number) {
                blocks.append(wrap(paragraph, role: .tweet, bullet: "  ", continuation: "  "))
            } else if quoteOpenings.contains(number), isQuoteParagraph(paragraph) {
                blocks.append(wrap(paragraph, role: .quote, bullet: "│ ", continuation: "│ "))
            } else {
                blocks.append(wrap(paragraph, role: .normal))
            }
        }
        let quotes = post.listedQuotes
        if !quotes.isEmpty {
            blocks.append(.line(.blank))
            blocks.append(.line(StyledLine([("Quotes (\(quotes.count))", .bold)])))
            for quote in quotes {
                blocks.append(.line(.blank))
                blocks.append(wrap(quote.listed(joiningParagraphsWith: " "), role: .quote, bullet: "  "))
                blocks.append(wrap("— " + TextTimeline.speakerLine(quote, people: state.peopleByName), role: .speaker, bullet: "    "))
            }
        }
        // Numbered as `o` offers them, when there is a choice.
        let links = LinkPicker.links(of: post)
        if !links.isEmpty {
            blocks.append(.line(.blank))
            for (number, link) in links.enumerated() {
                blocks.append(wrap(link, role: .link, bullet: links.count == 1 ? "→ " : "\(number + 1) → "))
            }
        }
        if let updated = post.updated {
            blocks.append(.line(.blank))
            blocks.append(wrap(updated, role: .dim))
        }
        return blocks
    }

    private func isQuoteParagraph(_ paragraph: Substring) -> Bool {
        guard let first = paragraph.first else { return false }
        return "“\"‘'".contains(first)
    }

    /// Text wrapped under a bullet; following lines hang under the text (or under `continuation`).
    private func wrap<Text: StringProtocol>(_ text: Text, role: StyleRole, bullet: String = "", continuation: String? = nil) -> DetailBlock
    where Text.SubSequence == Substring {
        .text(text[...], role: role, bullet: bullet, continuation: continuation)
    }
}
