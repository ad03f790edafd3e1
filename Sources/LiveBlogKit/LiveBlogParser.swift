/// Reads a live blog's plain text into a `LiveBlog`. Never throws and never traps:
/// what it cannot place becomes paragraphs plus diagnostics.
public enum LiveBlogParser {
    /// Parses text: structure first (header, posts, footer), then extraction across posts.
    public static func parse(_ text: String) -> LiveBlog {
        var contiguous = text
        var repaired = false
        var blog = contiguous.withUTF8 { parseStructure($0, repaired: &repaired) }
        finish(&blog, repaired: repaired)
        return blog
    }

    /// Parses bytes, repairing invalid UTF-8 with U+FFFD and noting that it did. The bytes are
    /// read in place a line at a time, never copied into one string, and are let go (when the
    /// caller passed its only copy) before extraction: a blog costs its model, not its model
    /// plus one or two copies of its text.
    public static func parse<Bytes: Collection>(bytes: consuming Bytes) -> LiveBlog where Bytes.Element == UInt8 {
        var repaired = false
        var blog = structure(of: bytes, repaired: &repaired)
        finish(&blog, repaired: repaired)
        return blog
    }

    /// The structure of bytes it owns, so that they are freed when it returns.
    private static func structure<Bytes: Collection>(of bytes: consuming Bytes, repaired: inout Bool) -> LiveBlog where Bytes.Element == UInt8 {
        if let blog = bytes.withContiguousStorageIfAvailable({ parseStructure($0, repaired: &repaired) }) { return blog }
        let copy = Array(bytes)
        return copy.withUnsafeBufferPointer { parseStructure($0, repaired: &repaired) }
    }

    /// The header, posts and footer alone, without extraction (no hospitals, people, quotes or
    /// tweets): a fraction of a full parse's time, for showing a large blog that has no head
    /// to cut while the full parse runs.
    public static func parseLayout<Bytes: Collection>(bytes: consuming Bytes) -> LiveBlog where Bytes.Element == UInt8 {
        var repaired = false
        var blog = structure(of: bytes, repaired: &repaired)
        noteRepair(&blog, repaired: repaired)
        return blog
    }

    /// Extraction, then the note that the input needed repair.
    private static func finish(_ blog: inout LiveBlog, repaired: Bool) {
        BlogExtractor.extract(into: &blog)
        noteRepair(&blog, repaired: repaired)
    }

    private static func noteRepair(_ blog: inout LiveBlog, repaired: Bool) {
        if repaired {
            blog.diagnostics.insert(
                Diagnostic(kind: .invalidUTF8, line: nil, message: "input was not valid UTF-8; bad bytes shown as �"),
                at: 0)
        }
    }

    /// Splits the text into header, posts and footer in one pass over its lines, holding no
    /// more than the current post's lines besides what it has built; no extraction.
    static func parseStructure(_ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool) -> LiveBlog {
        var blog = LiveBlog()
        var header: [SourceLine] = []
        var posts: [Post] = []
        var timeLineNumbers: [Int] = []
        var current: Post?
        var body: [String] = []
        var justAfterTime = false

        func finishPost() {
            guard var post = current else { return }
            let layout = PostLayout(lines: body)
            post.keyEventLabel = layout.keyEventLabel
            post.title = layout.title
            post.byline = layout.byline
            post.updated = layout.updated
            post.paragraphs = layout.paragraphs
            posts.append(post)
            current = nil
            body = []
        }

        SourceLine.forEachNonBlankLine(of: bytes, repaired: &repaired) { line in
            guard let time = TimeOfDay.parseLine(line.text) else {
                if current == nil { header.append(line) } else { body.append(line.text) }
                justAfterTime = false
                return
            }
            // `5.19am BST` then `05:19`: the second line repeats the first in 24-hour form.
            if justAfterTime, let post = current, post.secondaryTime == nil, time.minutes == post.timeOfDay?.minutes,
               time.zone == nil, line.text.trimmingWhitespace().count == 5 {
                current?.secondaryTime = line.text
                justAfterTime = false
                return
            }
            finishPost()
            current = Post(time: line.text, timeOfDay: time)
            timeLineNumbers.append(line.number)
            justAfterTime = true
        }
        finishPost()

        guard !posts.isEmpty else {
            guard !header.isEmpty else { return blog }
            readHeader(header[...], into: &blog, pinnedTakesNextPost: false)
            blog.footer = takeFooter(from: &blog.summary)
            blog.diagnostics.append(Diagnostic(kind: .noTimeLines, line: nil, message: "no time lines: the blog has no posts"))
            return blog
        }
        let pinnedTakesNextPost = readHeader(header[...], into: &blog, pinnedTakesNextPost: true)
        header = []
        if var last = posts.popLast() {
            if last.updated == nil {
                blog.footer = takeFooter(from: &last.paragraphs)
            }
            posts.append(last)
        }
        if pinnedTakesNextPost, !posts.isEmpty {
            blog.pinned?.post = posts.removeFirst()
            timeLineNumbers.removeFirst()
        }
        blog.diagnostics += assignDays(&posts, lineNumbers: timeLineNumbers)
        assignIDs(&posts)
        if var pinned = blog.pinned?.post {
            pinned.id = "pinned-" + PostID.make(for: pinned)
            blog.pinned?.post = pinned
        }
        blog.posts = posts
        return blog
    }

    /// Fills headline, summary, key events and pinned label from the lines above the first
    /// post. Returns whether a `Pinned post` label was the last thing before the posts.
    @discardableResult
    private static func readHeader(_ lines: ArraySlice<SourceLine>, into blog: inout LiveBlog, pinnedTakesNextPost: Bool) -> Bool {
        enum Section { case summary, keyEvents, pinned }
        var section = Section.summary
        for line in lines {
            if blog.headline == nil {
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

    /// Removes the page furniture that ends a list of lines and returns it.
    private static func takeFooter(from lines: inout [String]) -> [String] {
        var count = 0
        while count < lines.count, PageFurniture.isFooter(lines[lines.count - 1 - count]) { count += 1 }
        let footer = Array(lines.suffix(count))
        lines.removeLast(count)
        return footer
    }

    /// Gives each post its day offset, reading from the oldest (bottom) post up. A newer post
    /// whose time is more than six hours earlier than the post below it is on the next day;
    /// smaller inversions are posts out of order and only noted.
    private static func assignDays(_ posts: inout [Post], lineNumbers: [Int]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var day = 0
        var previous: TimeOfDay?
        for index in posts.indices.reversed() {
            if let time = posts[index].timeOfDay {
                if let below = previous, time.minutes < below.minutes {
                    if below.minutes - time.minutes > 6 * 60 {
                        day += 1
                    } else {
                        diagnostics.append(Diagnostic(
                            kind: .outOfOrderTime, line: lineNumbers[index],
                            message: "\(posts[index].time) stands above the later \(posts[index + 1].time)"))
                    }
                }
                previous = time
            }
            posts[index].dayOffset = day
        }
        return diagnostics
    }

    /// Ids from each post's own content, numbered from the oldest post when two collide, so
    /// that posts added on top never change an existing id.
    private static func assignIDs(_ posts: inout [Post]) {
        var seen: [String: Int] = [:]
        for index in posts.indices.reversed() {
            let base = PostID.make(for: posts[index])
            let count = seen[base, default: 0] + 1
            seen[base] = count
            posts[index].id = count == 1 ? base : base + "-" + String(count)
        }
    }
}
