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

    func lines(width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        guard let index = state.selectedPost else { return headerLines(width: width) }
        return postLines(state.blog.posts[index], width: width)
    }

    private func headerLines(width: Int) -> [StyledLine] {
        let blog = state.blog
        var lines: [StyledLine] = []
        lines += wrap(blog.headline ?? "(no headline)", role: .title, width: width)
        for summary in blog.summary {
            lines.append(.blank)
            lines += wrap(summary, role: .normal, width: width, bullet: "• ")
        }
        if !blog.keyEvents.isEmpty {
            lines.append(.blank)
            for (offset, line) in blog.keyEvents.enumerated() {
                lines += wrap(line, role: offset == 0 ? .bold : .normal, width: width, bullet: offset == 0 ? "" : "• ")
            }
        }
        if let pinned = blog.pinned {
            lines.append(.blank)
            lines += wrap(pinned.label, role: .bold, width: width)
            for paragraph in pinned.paragraphs + (pinned.post?.paragraphs ?? []) { lines += wrap(paragraph, role: .normal, width: width) }
        }
        lines.append(.blank)
        let hospitals = blog.hospitals.count
        lines += wrap("\(blog.posts.count) posts · \(hospitals) hospital\(hospitals == 1 ? "" : "s") · \(blog.people.count) people quoted or named",
                      role: .dim, width: width)
        if !blog.reporters.isEmpty { lines += wrap("Reporting: " + blog.reporters.joined(separator: ", "), role: .dim, width: width) }
        return lines
    }

    private func postLines(_ post: Post, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var heading: [(String, StyleRole)] = [(post.time, .time)]
        if post.isKeyEvent { heading.append(("  ! key event", .marker)) }
        lines.append(StyledLine(heading))
        if let title = post.title { lines += wrap(title, role: .title, width: width) }
        if let byline = post.byline { lines += wrap(byline, role: .dim, width: width) }
        if !post.hospitals.isEmpty { lines += wrap("Hospitals: " + post.hospitals.joined(separator: ", "), role: .hospital, width: width) }
        if post.isEmpty {
            lines.append(.blank)
            lines += wrap("(no text: a photo or video that did not survive as text)", role: .dim, width: width)
        }
        let tweetParagraphs = Set(post.tweets.map(\.paragraph))
        let quoteOpenings = Set(post.quotes.filter { !$0.isFragment }.flatMap { Array($0.paragraphs) })
        for (number, paragraph) in post.paragraphs.enumerated() {
            lines.append(.blank)
            if tweetParagraphs.contains(number) {
                lines += wrap(paragraph, role: .tweet, width: width, bullet: "@ ")
            } else if quoteOpenings.contains(number), isQuoteParagraph(paragraph) {
                lines += wrap(paragraph, role: .quote, width: width, bullet: "│ ", continuation: "│ ")
            } else {
                lines += wrap(paragraph, role: .normal, width: width)
            }
        }
        // A quote repeated by the same speaker (a tweet of what a paragraph quotes) is listed once.
        var seenQuotes: Set<String> = []
        let quotes = post.fullQuotes.filter { quote in
            let words = quote.text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
            return seenQuotes.insert((quote.speaker ?? quote.attribution ?? "") + "|" + words).inserted
        }
        if !quotes.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine([("Quotes (\(quotes.count))", .bold)]))
            for quote in quotes {
                lines.append(.blank)
                let text = "“" + quote.text.split(separator: "\n").joined(separator: " ") + (quote.isClosed ? "”" : "…")
                lines += wrap(text, role: .quote, width: width, bullet: "  ")
                lines += wrap("— " + TextTimeline.speakerLine(quote, people: state.peopleByName), role: .speaker, width: width, bullet: "    ")
            }
        }
        if !post.links.isEmpty {
            lines.append(.blank)
            for link in post.links { lines += wrap(link, role: .link, width: width, bullet: "→ ") }
        }
        if let updated = post.updated {
            lines.append(.blank)
            lines += wrap(updated, role: .dim, width: width)
        }
        return lines
    }

    private func isQuoteParagraph(_ paragraph: String) -> Bool {
        guard let first = paragraph.first else { return false }
        return "“\"‘'".contains(first)
    }

    /// Wraps text under a bullet; following lines hang under the text (or under `continuation`).
    private func wrap(_ text: String, role: StyleRole, width: Int, bullet: String = "", continuation: String? = nil) -> [StyledLine] {
        let bulletWidth = DisplayWidth.of(bullet)
        guard width > bulletWidth else { return WordWrap.lines(text, width: width).map { StyledLine([($0, role)]) } }
        let hang = continuation ?? String(repeating: " ", count: bulletWidth)
        return WordWrap.lines(text, width: width - bulletWidth).enumerated().map { offset, line in
            StyledLine([(offset == 0 ? bullet : hang, role == .quote ? .quote : .dim), (line, role)])
        }
    }
}
