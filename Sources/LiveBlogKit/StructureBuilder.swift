/// Builds a blog's structure (header, posts, footer; no extraction) from its non-blank lines
/// in order, holding no more than the current post's lines besides what it has built.
struct StructureBuilder {
    /// The lines above the first post, set aside until the posts are known.
    private(set) var header: [SourceLine] = []
    /// Finished posts, in batches.
    private var batches = PostBatches()
    private var timeLineNumbers: [Int] = []
    /// The post being read.
    private(set) var current: Post?
    /// The current post's lines.
    private var body = PostBodyBuffer()
    private var justAfterTime = false
    /// Whether any line needed its invalid UTF-8 repaired.
    private(set) var repaired = false
    /// Whether a date alone (`12 Nov 2023`) or a time before a title (`10.05am Pickets at St
    /// Thomas'`) starts a post: only for a blog that has no time lines, read again so.
    private(set) var looseStampsStartPosts = false
    /// The first post's lines while it is the only post and its time line is a dated one
    /// (`Sat 28 Jan 2023 14.55 GMT`): a page's dateline above posts stamped otherwise (a
    /// match's minutes), which are read again should it stay the only time line.
    private(set) var firstPostLines: [SourceLine]?

    /// Posts finished so far, in file order.
    private(set) var postCount = 0
    /// Once `finish` has run, the id of each of the blog's posts, in order: worked out with
    /// the ids, so that extraction need not hash every post's opening text again.
    private(set) var postIDs: [String] = []

    /// A builder; one that reads `looseStampsStartPosts` reads a blog again that had no time
    /// lines of its own, and starts `repaired` when the first reading repaired its UTF-8.
    init(looseStampsStartPosts: Bool = false, repaired: Bool = false) {
        self.looseStampsStartPosts = looseStampsStartPosts
        self.repaired = repaired
    }

    /// Takes the next non-blank line of the blog, as bytes, and its number.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) {
        // Inside a post, a line that cannot be a time line is kept as bytes: most lines.
        // A line a clock time opens may be a time and a title (`3.15pm Picket at Addenbrooke's`).
        if case .some = current, firstPostLines == nil, !TimeOfDay.mayBeTimeLine(bytes), !bytes.starts(with: Self.posted),
           !(bytes.first.map(AsciiLanes.isDigit) ?? false && bytes.count <= Self.longestTitledTimeLine && TimeOfDay.opensWithClock(bytes)),
           !(bytes.count == Self.justNow.count && bytes.first.map { $0 | 0x20 } == Self.justNow.first) {
            body.append(bytes)
            justAfterTime = false
            return
        }
        let line = SourceLine(text: SourceLine.decode(bytes, repaired: &repaired), number: number)
        firstPostLines?.append(line)
        add(line)
    }

    /// Takes the next non-blank line of the blog, decoded.
    mutating func add(_ line: SourceLine) {
        var parsed = TimeOfDay.parseLine(line.text)
        if parsed == nil, let posted = TimeOfDay.parseLabelledLine(line.text, labels: Self.postedLabels) {
            if justAfterTime, case .some = current, current?.secondaryTime == nil, posted.minutes == current?.minutesOfDay {
                current?.secondaryTime = line.text
                justAfterTime = false
                return
            }
            // `Posted at 16:45` with no time line above it: the post's own time line, as older
            // BBC live pages head every post. Under another time it is a line like any other.
            if !justAfterTime { parsed = posted }
        }
        guard let time = parsed else {
            // `Posted 2h ago`: a post whose time of day the page does not say; under a time
            // line, that post's second time line.
            if RelativeTime.shortForm(line.text) != nil {
                if justAfterTime, case .some = current, current?.secondaryTime == nil {
                    current?.secondaryTime = line.text
                    justAfterTime = false
                } else {
                    startPost(line, time: nil)
                }
                return
            }
            if looseStampsStartPosts, let stamp = Self.looseStamp(line.text) {
                switch stamp {
                case .untimed:
                    startPost(line, time: nil)
                case .titled(let titled):
                    startTitledPost(titled, number: line.number)
                case .bare(let time):
                    startPost(line, time: time)
                case let .minuteTitled(minute, joiner, title):
                    startPost(SourceLine(text: minute, number: line.number), time: nil)
                    current?.setTitle(title, joiner: joiner)
                }
                return
            }
            // `3.15pm Picket at Addenbrooke's` among posts stamped `4.50pm`.
            if case .some = current, line.text.utf8.first.map(AsciiLanes.isDigit) ?? false, let titled = titledTimeLine(line.text) {
                startTitledPost(titled, number: line.number)
                return
            }
            if case .none = current {
                header.append(line)
            } else {
                var text = line.text
                text.withUTF8 { body.append($0) }
            }
            justAfterTime = false
            return
        }
        // `5.19am BST` then `05:19`: the second line repeats the first in 24-hour form.
        // The post is read in place: a copy would retain all it holds.
        if justAfterTime, case .some = current, current?.secondaryTime == nil, time.minutes == current?.minutesOfDay,
           time.zone == nil, line.text.trimmingWhitespace().count == 5 {
            current?.secondaryTime = line.text
            justAfterTime = false
            return
        }
        startPost(line, time: time)
    }

    /// Ends the post being read and opens the one a time line starts.
    private mutating func startPost(_ line: SourceLine, time: TimeOfDay?) {
        if case .none = current, postCount == 0, time != nil, !looseStampsStartPosts { takeTitledPosts(above: line) }
        firstPostLines = current == nil && postCount == 0 && time != nil && !looseStampsStartPosts && HeaderCredits.isDateline(line.text)
            ? [line] : nil
        let keyEvent = takeKeyEventLabel()
        let dayHeading = takeDayHeading()
        finishPost()
        current = Post(timeLine: line.text, timeOfDay: time)
        if let keyEvent { current?.setKeyEventLabelAboveTime(keyEvent) }
        if let dayHeading { current?.dayHeading = dayHeading }
        timeLineNumbers.append(line.number)
        justAfterTime = true
    }

    /// Opens the post a time and a title on one line start. The title is the post's, kept
    /// apart from its time: the time line is the time alone, as on any other page.
    private mutating func startTitledPost(_ titled: TimeOfDay.TimedTitle, number: Int) {
        startPost(SourceLine(text: titled.timeText, number: number), time: titled.time)
        current?.setTitle(titled.title, joiner: titled.joiner)
    }

    /// Takes from the header the posts above the first time line that were stamped with a time
    /// and a title (`5.10pm Strike to escalate`, then its text, above `4.50pm`): the last line
    /// of the header that is one, with lines below it, and any such above it in turn.
    private mutating func takeTitledPosts(above first: SourceLine) {
        guard let last = header.lastIndex(where: { $0.text.utf8.first.map(AsciiLanes.isDigit) ?? false }), last + 1 < header.count,
              let titled = Self.titledTimeLine(header[last].text, writtenAs: first.text) else { return }
        let number = header[last].number
        let lines = header[(last + 1)...]
        header.removeSubrange(last...)
        startTitledPost(titled, number: number)
        for line in lines { add(line) }
    }

    /// Takes the line above a time line when it is a key event's label (`Key Event`, as ABC's
    /// pages print it above the post's time): the last of the post being read, or of the header
    /// above the first post. Nil when it is no such line.
    private mutating func takeKeyEventLabel() -> String? {
        if case .some = current {
            return body.takeLastLine(ofAtMost: PageFurniture.longestKeyEventLabel) { line in
                PageFurniture.isLabel(line, in: PageFurniture.keyEventLabels)
            }
        }
        guard postCount == 0, let last = header.last, PageFurniture.isLabel(last.text, in: PageFurniture.keyEventLabels)
        else { return nil }
        header.removeLast()
        return last.text
    }

    /// Takes the current post's last line when it is a date alone (`Wednesday 15 November`)
    /// below other lines: the heading of the day the next post opens, as a page that runs over
    /// several days prints it above that post's time line. Nil when it is no such line.
    private mutating func takeDayHeading() -> String? {
        // A date alone is short and opens with a capital or a digit.
        body.takeLastLine(ofAtMost: Self.longestDayHeading, opening: { $0 &- 0x41 < 26 || AsciiLanes.isDigit($0) },
                          where: TimeOfDay.isDateLine)
    }

    private mutating func finishPost() {
        // Taken out, not copied: a copy would retain all the post holds.
        guard var post = current.take() else { return }
        // Decoded at once (one validation, one allocation), then read as slices of it.
        let text = body.bytes.withUnsafeBufferPointer { SourceLine.decode($0, repaired: &repaired) }
        let lines = PostBody.paragraphs(of: text, count: Int32(body.lineCount))
        // What the time lines said (a second time, a title on the time line, the day's
        // heading above it) is the post's already; the layout reads the rest.
        let read = post.labels?.value
        let layout = PostLayout(lines: lines, hasTitle: read?.titleJoiner != nil)
        var labels = layout.labels
        if let read {
            labels.secondaryTime = read.secondaryTime
            if read.keyEventAboveTime { (labels.keyEventLabel, labels.keyEventAboveTime) = (read.keyEventLabel, true) }
            if read.titleJoiner != nil { (labels.title, labels.titleJoiner) = (read.title, read.titleJoiner) }
            labels.dayHeading = read.dayHeading
        }
        post.setLabels(labels)
        let kept = layout.paragraphLines
        if !layout.furnitureLines.isEmpty {
            let paragraphs = kept.filter { line in !layout.furnitureLines.contains { $0.contains(line) } }.map { lines[$0] }
            post.setBody(paragraphs.joined(separator: "\n"), paragraphCount: paragraphs.count)
        } else if kept.count == lines.count {
            post.setBody(text, paragraphCount: kept.count)
        } else if let first = kept.first, let last = kept.last {
            post.setBody(String(text[lines[first].startIndex..<lines[last].endIndex]), paragraphCount: kept.count)
        } else {
            post.setBody("", paragraphCount: 0)
        }
        batches.append(consume post)
        postCount += 1
        body.removeAll()
    }

    /// How many full batches of posts are settled: their text will not change again. While
    /// lines are still being added every full batch is, as the blog's last post (which may
    /// lose its footer) is still to come.
    var settledBatchCount: Int { batches.fullCount }

    /// The posts of settled batch `index`, with the file-order index of the first. The blog's
    /// first post is left out: it may turn out to be the pinned post.
    func settledBatch(_ index: Int) -> (posts: ArraySlice<Post>, first: Int) {
        batches.batch(index)
    }

    /// The blog the lines made.
    mutating func finish() -> LiveBlog {
        finishPost()
        var blog = LiveBlog()
        var posts = batches.takeAll()
        // A page that stamps its posts with dates alone (`12 Nov 2023`, as Al Jazeera's live
        // pages do), with a time before each title on one line, or with a match's minutes
        // under the page's dateline, has no time lines of its own: read again, each stamp
        // starts a post.
        if let lines = linesToReadWithLooseStamps(posts: posts) {
            var stamped = Self.stampedReading(of: lines, repaired: repaired)
            header = []
            blog = stamped.finish()
            (postCount, postIDs) = (stamped.postCount, stamped.postIDs)
            return blog
        }
        guard !posts.isEmpty else {
            guard !header.isEmpty else { return blog }
            Self.readHeader(header[...], into: &blog, pinnedTakesNextPost: false)
            blog.footer = Self.takeFooter(from: &blog.summary)
            blog.findCredits()
            blog.diagnostics.append(Diagnostic(kind: .noTimeLines, line: nil, message: "no time lines: the blog has no posts"))
            return blog
        }
        if firstPostIsDateline(posts) {
            header += posts.removeFirst().sourceLines.map { SourceLine(text: $0, number: timeLineNumbers[0]) }
            timeLineNumbers.removeFirst()
        }
        let keyEvents = Self.keyEventEntryCount(posts, header: header)
        for (post, number) in zip(posts.prefix(keyEvents), timeLineNumbers) { header += post.sourceLines.map { SourceLine(text: $0, number: number) } }
        posts.removeFirst(keyEvents)
        timeLineNumbers.removeFirst(keyEvents)
        Self.moveFirstDayHeading(from: &header, to: &posts)
        let pinnedTakesNextPost = Self.readHeader(header[...], into: &blog, pinnedTakesNextPost: true)
        blog.findCredits()
        header = []
        if var last = posts.popLast() {
            // A foot line `Updated at` shows where the post ended; anything below is the post's.
            if last.updated == nil || last.updatedOpensPost {
                // The buttons under the last post are the foot's, with what follows them.
                var lines = last.paragraphs + last.furniture
                let footer = Self.takeFooter(from: &lines)
                // Not past furniture between the paragraphs: the lines would change order.
                if !footer.isEmpty, last.inlineFurniture.allSatisfy({ $0.beforeParagraph <= lines.count }) {
                    last.furniture = []
                    last.paragraphs = lines
                    blog.footer = footer
                }
            }
            posts.append(last)
        }
        if pinnedTakesNextPost, !posts.isEmpty {
            blog.pinned?.post = posts.removeFirst()
            timeLineNumbers.removeFirst()
        }
        let dated = PostDays.datedDays(posts)
        blog.isOldestFirst = PostDays.runOldestFirst(posts, dated: dated)
        blog.diagnostics += PostDays.assign(&posts, oldestFirst: blog.isOldestFirst, dated: dated, lineNumbers: timeLineNumbers)
        NameOnlyBylines.apply(to: &posts, headerLines: blog.summary)
        postIDs = PostID.assign(to: &posts)
        if var pinned = blog.pinned?.post {
            pinned.setPinnedID()
            blog.pinned?.post = pinned
        }
        blog.posts = posts
        return blog
    }
}
