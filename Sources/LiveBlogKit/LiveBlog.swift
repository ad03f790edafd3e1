/// A whole live blog as read from text: what stands above the posts, the posts newest first,
/// what stands below them, and what was extracted across all of them.
public struct LiveBlog: Equatable, Sendable {
    /// The first line of the page that is no label (`Live` above a BBC page's headline).
    public var headline: String?
    /// Standfirst and key-point lines between the headline and the first post, with the
    /// writers line and the dateline where the text has them (`summaryPoints` leaves them out),
    /// after the labels that stood above the headline.
    public var summary: [String]
    /// How many of `summary`'s lines are labels that stood above the headline.
    public var labelsAboveHeadline = 0
    /// Where in `summary` the writers line (`Denis Campbell and Rachel Hall`) and the dateline
    /// (`Thu 2 Jan 2025 18.05 GMT`) stand, when the header has them.
    public var writersLineIndex: Int?
    public var datelineIndex: Int?
    /// Where in `keyEvents` the writers line stands when the page credits its writers below its
    /// key points rather than in its summary (`Live reporting by Alix Culbertson`).
    public var keyEventsWritersLineIndex: Int?
    /// The `Key events` list above the posts, when the page had one (its heading line included).
    public var keyEvents: [String]
    /// The `Pinned post` above the timeline, when the page had one.
    public var pinned: PinnedPost?
    /// The posts in the order they stand in the text: newest first, as blogs are written,
    /// unless `isOldestFirst`.
    public var posts: [Post]
    /// Whether the text puts its oldest post first (a match report, a transcript), as its
    /// times tell.
    public var isOldestFirst = false
    /// Page furniture below the last post (`Continue reading...`, `Show more`).
    public var footer: [String]
    /// Every hospital named in the blog, one entry per real hospital, most posts first.
    public var hospitals: [Hospital]
    /// Every person named with enough context to be sure it is a person, reporters excluded.
    public var people: [Person]
    /// The blog's own reporters (`writes Damien Gayle`, `tells Aisha Gani`).
    public var reporters: [String]
    /// What the parser could not place with certainty; never fatal.
    public var diagnostics: [Diagnostic]

    public init(
        headline: String? = nil, summary: [String] = [], keyEvents: [String] = [],
        pinned: PinnedPost? = nil, posts: [Post] = [], footer: [String] = [],
        hospitals: [Hospital] = [], people: [Person] = [], reporters: [String] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.headline = headline
        self.summary = summary
        self.keyEvents = keyEvents
        self.pinned = pinned
        self.posts = posts
        self.footer = footer
        self.hospitals = hospitals
        self.people = people
        self.reporters = reporters
        self.diagnostics = diagnostics
    }

    /// The summary's own points: its lines but the writers line, the dateline and section
    /// labels (`Summary`, `Live Reporting`).
    public var summaryPoints: [String] {
        summary.indices.filter { $0 != writersLineIndex && $0 != datelineIndex && !PageFurniture.isLabel(summary[$0], in: PageFurniture.headerLabels) }
            .map { summary[$0] }
    }

    /// The key events list's entries, its heading and labels left out: an entry's stamp written on a line
    /// of its own (`1h ago`, `10.05am`) is joined to the entry's title below it (`1h ago ·
    /// Police say inquiry will widen`).
    public var keyEventEntries: [String] {
        var entries: [String] = []
        var stamp: String?
        // The page's credit and its section labels below the list (`Live updates`, as ABC
        // pages open their posts) are no entries.
        for (index, line) in keyEvents.enumerated().dropFirst()
        where index != keyEventsWritersLineIndex && !PageFurniture.isLabel(line, in: PageFurniture.headerLabels) {
            if stamp == nil, RelativeTime.shortForm(line) != nil || TimeOfDay.parseLine(line) != nil {
                stamp = line
                continue
            }
            entries.append(stamp.map { $0.trimmingWhitespace() + " · " + line } ?? line)
            stamp = nil
        }
        if let stamp { entries.append(stamp) }
        return entries
    }

    /// The header's writers line, in its summary or below its key points.
    public var writersLine: String? {
        writersLineIndex.flatMap { summary.indices.contains($0) ? summary[$0] : nil }
            ?? keyEventsWritersLineIndex.flatMap { keyEvents.indices.contains($0) ? keyEvents[$0] : nil }
    }

    /// Finds the header's writers line and dateline (`HeaderCredits`).
    mutating func findCredits() {
        (writersLineIndex, datelineIndex) = HeaderCredits.find(in: summary)
        keyEventsWritersLineIndex = HeaderCredits.writersLine(inKeyEvents: keyEvents, summaryHasOne: writersLineIndex != nil)
    }

    /// The header's dateline.
    public var dateline: String? { datelineIndex.flatMap { summary.indices.contains($0) ? summary[$0] : nil } }

    /// Who wrote the blog and when, as one line under the headline (`Denis Campbell and
    /// Rachel Hall · Thu 2 Jan 2025 18.05 GMT`), when the header says.
    public var credit: String? {
        let parts = [writersLine, dateline].compactMap { $0?.trimmingWhitespace() }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The hospital entry with this canonical name.
    public func hospital(named name: String) -> Hospital? {
        hospitals.first { $0.name == name }
    }

    /// The hospital known by `name`: the one so named, else the one that has it among its
    /// spellings (a fuller reading of the blog may show a hospital by another of its names:
    /// the head of a large blog `Royal University Hospital`, the whole `Royal United Hospital`).
    public func hospital(knownAs name: String) -> Hospital? {
        if let named = hospital(named: name) { return named }
        let key = HospitalName.normalize(name)
        return hospitals.first { $0.aliases.contains { HospitalName.normalize($0) == key } }
    }

    /// Every person by full name, for lookups in bulk (`person(named:)` searches the list).
    public var peopleByName: [String: Person] {
        Dictionary(people.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The person entry with this full name.
    public func person(named name: String) -> Person? {
        people.first { $0.name == name }
    }

    /// Where a post of an earlier reading of this blog (its head, read first) stands in this
    /// reading: the post with the same content, and among posts of the same content (a post
    /// repeated word for word) the one as many places from the top. Ids alone cannot say:
    /// repeats are numbered from the oldest post, which a head does not have.
    public func index(ofPostAt index: Int, in earlier: LiveBlog) -> Int? {
        guard earlier.posts.indices.contains(index) else { return nil }
        let content = PostID.make(for: earlier.posts[index])
        let ordinal = earlier.posts[..<index].lazy.filter { PostID.make(for: $0) == content }.count
        return posts.indices.lazy.filter { PostID.make(for: posts[$0]) == content }.dropFirst(ordinal).first
    }

    /// Every line of the source text this model holds, in source order: the proof of
    /// losslessness is that these are exactly the input's non-blank lines.
    public var sourceLines: [String] {
        var lines = Array(summary.prefix(labelsAboveHeadline))
        if let headline { lines.append(headline) }
        lines += summary.dropFirst(labelsAboveHeadline)
        lines += keyEvents
        if let pinned {
            lines.append(pinned.label)
            lines += pinned.paragraphs
            if let post = pinned.post { lines += post.sourceLines }
        }
        for post in posts { lines += post.sourceLines }
        lines += footer
        return lines
    }
}

/// The post a page pins above its timeline, under a `Pinned post` label.
public struct PinnedPost: Equatable, Sendable {
    /// The label line as written.
    public var label: String
    /// Lines between the label and the pinned post's time line (or all of them, when it has none).
    public var paragraphs: [String]
    /// The pinned post itself, when a time line followed the label.
    public var post: Post?

    public init(label: String, paragraphs: [String] = [], post: Post? = nil) {
        self.label = label
        self.paragraphs = paragraphs
        self.post = post
    }
}
