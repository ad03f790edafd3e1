/// The lines that label a post besides its paragraphs, read from the post's own lines, and
/// the post's lines in source order again.
extension Post {
    /// A second time line that repeats the first in 24-hour form (`05:19`), as written.
    public var secondaryTime: String? {
        get { labels?.value.secondaryTime }
        set { updateLabels { $0.secondaryTime = newValue } }
    }
    /// A `Key event` label line, when the post had one.
    public var keyEventLabel: String? {
        get { labels?.value.keyEventLabel }
        set { updateLabels { $0.keyEventLabel = newValue } }
    }
    /// A short heading line (`Summary`, `Afternoon summary`).
    public var title: String? {
        get { labels?.value.title }
        set { updateLabels { $0.title = newValue } }
    }
    /// Whether the title was printed on the time line, after the time (`10.05am Pickets at St
    /// Thomas'`): `time` then holds the time alone.
    public var titleSharesTimeLine: Bool { labels?.value.titleJoiner != nil }
    /// Gives the post the title printed on its time line, after the time and `joiner`.
    mutating func setTitle(_ title: String, joiner: String) {
        updateLabels {
            $0.title = title
            $0.titleJoiner = joiner
        }
    }
    /// Gives the post the key-event label the page printed above its time line (`Key Event`).
    mutating func setKeyEventLabelAboveTime(_ label: String) {
        updateLabels {
            $0.keyEventLabel = label
            $0.keyEventAboveTime = true
        }
    }
    /// A date alone that the page printed above the time line (`Wednesday 15 November`),
    /// heading the day this post opens; the posts below it are on that day, until the next.
    public var dayHeading: String? {
        get { labels?.value.dayHeading }
        set { updateLabels { $0.dayHeading = newValue } }
    }
    /// A `By …` line, or a writer's name on a line of its own above their role (as the BBC
    /// writes them).
    public var byline: String? {
        get { labels?.value.byline }
        set { updateLabels { $0.byline = newValue } }
    }
    /// The writer's role on the line under a byline that is a name alone (`Health correspondent`).
    public var bylineRole: String? {
        get { labels?.value.bylineRole }
        set { updateLabels { $0.bylineRole = newValue } }
    }
    /// An `Updated at 10.02am BST` line, as written.
    public var updated: String? {
        get { labels?.value.updated }
        set { updateLabels { $0.updated = newValue } }
    }
    /// The page's buttons printed at the foot of the post (`Share`, `Facebook`, `Twitter`), one
    /// a line: kept, as every line read is, but no paragraph of the post.
    public var furniture: [String] {
        get { labels?.value.furniture.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? [] }
        set { updateLabels { $0.furniture = newValue.isEmpty ? nil : newValue.joined(separator: "\n") } }
    }
    /// Page furniture between the post's paragraphs (`Skip past newsletter promotion` … `after
    /// newsletter promotion`, `Advertisement`), in order: kept, but no paragraph of the post.
    public var inlineFurniture: [InlineFurniture] {
        get { labels?.value.inlineFurniture ?? [] }
        set { updateLabels { $0.inlineFurniture = newValue.isEmpty ? nil : newValue } }
    }
    /// Whether `updated` stands above the post's text rather than below it.
    public var updatedOpensPost: Bool {
        get { labels?.value.updatedOpensPost ?? false }
        set { updateLabels { $0.updatedOpensPost = newValue } }
    }

    /// The source lines this post holds, in source order.
    public var sourceLines: [String] {
        var lines: [String] = []
        if let dayHeading { lines.append(dayHeading) }
        let keyEventAboveTime = labels?.value.keyEventAboveTime ?? false
        if let keyEventLabel, keyEventAboveTime { lines.append(keyEventLabel) }
        if let title, let joiner = labels?.value.titleJoiner { lines.append(time + joiner + title) } else { lines.append(time) }
        if let secondaryTime { lines.append(secondaryTime) }
        if let keyEventLabel, !keyEventAboveTime { lines.append(keyEventLabel) }
        if let updated, updatedOpensPost { lines.append(updated) }
        let bylineAboveTitle = labels?.value.bylineAboveTitle ?? false
        if let byline, bylineAboveTitle { lines.append(byline) }
        if let title, !titleSharesTimeLine { lines.append(title) }
        let bylineClosesPost = labels?.value.bylineClosesPost ?? false
        if let byline, !bylineClosesPost, !bylineAboveTitle { lines.append(byline) }
        if let bylineRole { lines.append(bylineRole) }
        appendParagraphs(to: &lines)
        if let byline, bylineClosesPost { lines.append(byline) }
        lines += furniture
        if let updated, !updatedOpensPost { lines.append(updated) }
        return lines
    }

    /// The paragraphs, with the page furniture between them where it stood.
    private func appendParagraphs(to lines: inout [String]) {
        let furniture = inlineFurniture
        guard !furniture.isEmpty else {
            lines += paragraphs
            return
        }
        var next = 0
        for (index, paragraph) in paragraphSlices.enumerated() {
            while next < furniture.count, furniture[next].beforeParagraph <= index {
                lines += furniture[next].lines
                next += 1
            }
            lines.append(String(paragraph))
        }
        for block in furniture[next...] { lines += block.lines }
    }
}
