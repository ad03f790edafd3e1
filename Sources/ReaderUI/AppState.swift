import LiveBlogKit

/// The whole reader as one value: the blog, what is shown of it and where the user is.
public struct AppState: Sendable {
    /// Which pane the movement keys move.
    public enum Focus: Equatable, Sendable { case timeline, detail }

    /// Newest first is how blogs are written; oldest first reads the story as it unfolded.
    public enum Order: Equatable, Sendable { case newestFirst, oldestFirst }

    /// What the keyboard is doing besides browsing.
    public enum Mode: Equatable, Sendable {
        case browse
        /// Typing a text filter; `previous` is restored by Esc.
        case editingText(previous: String)
        /// Choosing the hospital (`h`) or person (`p`) to filter by.
        case picker(EntityPicker)
        case linkPicker(LinkPicker)
        /// The key table; `top` is its first row shown when the terminal is too short for all.
        case help(top: Int)
    }

    /// A timeline row: the blog's header (headline and summary), a post, or, in a blog that
    /// runs over days, the name of the day whose posts follow (its `dayOffset`), which the
    /// selection passes over.
    public enum Row: Equatable, Sendable {
        case header
        case post(Int)
        case day(Int)
    }

    public private(set) var blog: LiveBlog
    public private(set) var searchIndex: SearchIndex
    /// The blog's people by name, built once per blog for the detail pane's quote lines.
    public private(set) var peopleByName: [String: Person]
    /// The input's name for the status line.
    public let sourceName: String
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var layout: Layout
    public private(set) var filter: PostFilter
    public private(set) var order: Order = .newestFirst
    /// The header row, then the posts the filter keeps, in the chosen order, each day's
    /// headed by its name when the blog runs over days.
    public private(set) var rows: [Row] = []
    /// The rows that name days, ascending: the selection's place among the posts skips them.
    public private(set) var dayRows: [Int] = []
    /// What the day rows call each day, worked out once per blog.
    public private(set) var dayNames: DayNames
    public var selection = 0
    public var timelineTop = 0
    public var detailTop = 0
    public var focus: Focus = .timeline
    public var mode: Mode = .browse
    /// Set by `q`; the shell then restores the terminal and exits.
    public var wantsQuit = false
    /// Set by `R`; the shell reads the file again (and clears it), then swaps the new reading in.
    public var wantsReload = false
    /// Set by `o` or the link picker: the shell opens this link in a browser (and clears it).
    public var linkToOpen: String?
    /// Set and cleared by `F`: the shell reads the file again whenever it changes (less's `F`).
    public var isFollowing = false
    /// The posts a reading again brought (`R`, `F`) that have not been selected since, as
    /// indices into `blog.posts`: marked in the timeline and reached with `n`, as newsboat
    /// marks and reaches unread articles.
    public private(set) var newPosts: Set<Int> = []
    /// A loading note for the status line (the shell sets it while a large blog is read).
    public var notice: String?
    /// A one-time message for the status line (`2 new posts`), gone at the next key.
    public var message: String?
    /// Counts the blogs this state has shown, so that what was built from one is not taken
    /// for another's.
    private var blogVersion = 0
    /// The detail pane's lines, built once per selected row, pane width and blog: a post with
    /// a 10 MB paragraph takes a second to lay out, and every key and frame would otherwise
    /// lay it out again.
    private var detailCache: DetailCache?
    /// The posts the filter kept last, in blog order, and for which blog: a search typed a
    /// letter further is looked for only among them (as fzf narrows), not in every post again.
    private var lastFiltered: (filter: PostFilter, blogVersion: Int, posts: [Int])?

    private struct DetailCache: Sendable {
        var row: Row?
        var width: Int
        var blogVersion: Int
        /// The search the lines show the matches of.
        var search: String
        var lines: DetailLines
    }

    public init(blog: LiveBlog, sourceName: String = "", width: Int, height: Int) {
        self.blog = blog
        self.searchIndex = SearchIndex(blog)
        self.peopleByName = blog.peopleByName
        self.dayNames = DayNames(blog.posts)
        self.sourceName = sourceName
        self.width = max(0, width)
        self.height = max(0, height)
        self.layout = Layout(width: width, height: height)
        self.filter = PostFilter()
        rebuildRows(keeping: nil)
    }

    /// The post the selected row shows, if it is one.
    public var selectedPost: Int? {
        guard rows.indices.contains(selection), case let .post(index) = rows[selection] else { return nil }
        return index
    }

    /// How many posts the filter keeps.
    public var matchCount: Int { rows.count - 1 - dayRows.count }

    /// The selected post's place among the posts shown, from 1; 0 on the header.
    public var selectedOrdinal: Int {
        // The day rows above the selection, found by halves: a frame asks, and a blog may run
        // over thousands of days.
        var low = 0, high = dayRows.count
        while low < high {
            let middle = (low + high) / 2
            if dayRows[middle] < selection { low = middle + 1 } else { high = middle }
        }
        return selection - low
    }

    /// Whether the row at `index` names a day.
    func isDayRow(_ index: Int) -> Bool {
        guard rows.indices.contains(index), case .day = rows[index] else { return false }
        return true
    }

    /// Swaps in a fuller reading of the same blog (the rest of a large file, read in the
    /// background, or the file read again), keeping the selected post, the filters and the
    /// order; `newPosts` are the new reading's posts not yet read (`newPosts` above). Its
    /// `index`, when the caller built it off this thread, is taken as it is.
    public mutating func replaceBlog(_ newBlog: LiveBlog, index: SearchIndex? = nil, newPosts: Set<Int> = []) {
        let keptIndex = selectedPost.flatMap { newBlog.index(ofPostAt: $0, in: blog) }
        let pickedName: String? = if case let .picker(open) = mode { open.matches(in: blog).dropFirst(open.selection).first?.name } else { nil }
        blog = newBlog
        self.newPosts = newPosts
        blogVersion += 1
        searchIndex = index ?? SearchIndex(newBlog)
        peopleByName = newBlog.peopleByName
        dayNames = DayNames(newBlog.posts)
        // A hospital the new reading shows by another of its names is still the one filtered by.
        if let hospital = filter.hospital { filter.hospital = newBlog.hospital(knownAs: hospital)?.name }
        if let person = filter.person, newBlog.person(named: person) == nil { filter.person = nil }
        let kept = keptIndex.map(Row.post)
        let scrolled = detailTop
        rebuildRows(keeping: kept)
        if kept != nil, selectedPost != nil, case .post(let post)? = kept, selectedPost == post { detailTop = scrolled }
        clampScroll()
        // An open chooser lists the new reading's choices, on the same one where it can.
        if case let .picker(open) = mode {
            var fresh = EntityPicker(open.kind, state: self)
            fresh.query = open.query
            fresh.selection = pickedName.flatMap { name in fresh.matches(in: newBlog).firstIndex { $0.name == name } } ?? 0
            mode = .picker(fresh)
        }
    }

    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        layout = Layout(width: width, height: height)
        clampScroll()
    }

    mutating func setFilter(_ filter: PostFilter) {
        let kept = rows.indices.contains(selection) ? rows[selection] : nil
        self.filter = filter
        rebuildRows(keeping: kept)
    }

    mutating func setOrder(_ order: Order) {
        let kept = rows.indices.contains(selection) ? rows[selection] : nil
        self.order = order
        rebuildRows(keeping: kept)
    }

    /// Recomputes the rows and keeps the selected post selected if it is still shown, else
    /// selects the shown post nearest to it in the blog.
    private mutating func rebuildRows(keeping kept: Row?) {
        let among = lastFiltered.flatMap { last in last.blogVersion == blogVersion && filter.narrows(last.filter) ? last.posts : nil }
        var posts = filter.apply(to: blog, index: searchIndex, among: among)
        lastFiltered = (filter, blogVersion, posts)
        // The blog's posts stand as its text has them, newest first unless it says otherwise.
        if (order == .oldestFirst) != blog.isOldestFirst { posts.reverse() }
        (rows, dayRows) = dayNames.spanMoreThanOneDay ? Self.rowsParted(by: blog.posts, showing: posts) : ([.header] + posts.map(Row.post), [])
        switch kept {
        case .post(let post)?:
            if let same = rows.firstIndex(of: .post(post)) {
                selection = same
            } else if let nearest = posts.indices.min(by: { abs(posts[$0] - post) < abs(posts[$1] - post) }) {
                selection = rows.firstIndex(of: .post(posts[nearest])) ?? 0
            } else {
                selection = 0
            }
        default:
            selection = 0
        }
        detailTop = 0
        clampScroll()
    }

    /// The header row and `shown` posts, each run of a day's headed by a row naming it, and
    /// where those rows are.
    private static func rowsParted(by posts: [Post], showing shown: [Int]) -> (rows: [Row], dayRows: [Int]) {
        var rows: [Row] = [.header]
        rows.reserveCapacity(shown.count + 1)
        var dayRows: [Int] = []
        var lastDay: Int?
        for post in shown {
            let day = posts[post].dayOffset
            if day != lastDay {
                dayRows.append(rows.count)
                rows.append(.day(day))
                lastDay = day
            }
            rows.append(.post(post))
        }
        return (rows, dayRows)
    }

    /// Keeps the selection a real row that is no day's name and on screen, and the detail
    /// within its content.
    mutating func clampScroll() {
        selection = min(max(0, selection), max(0, rows.count - 1))
        // A day's name heads a post: the selection rests on the post.
        if isDayRow(selection) { selection += 1 }
        // A new post selected is a new post read.
        if !newPosts.isEmpty, let post = selectedPost { newPosts.remove(post) }
        refreshDetail()
        let visible = max(1, layout.timeline.height)
        // Scrolled up to a day's first post, its name shows too.
        let top = isDayRow(selection - 1) && visible > 1 ? selection - 1 : selection
        if top < timelineTop { timelineTop = top }
        if selection >= timelineTop + visible { timelineTop = selection - visible + 1 }
        timelineTop = min(max(0, timelineTop), max(0, rows.count - visible))
        let maxDetail = max(0, detailLineCount - max(1, layout.detail.height))
        detailTop = min(max(0, detailTop), maxDetail)
    }

    /// Lines the detail pane's content takes at the current width, as far as it has been laid
    /// out (see `detailIsComplete`).
    public var detailLineCount: Int {
        detailLines.count
    }

    /// The detail pane's content for the selected row at the current width: at least to the
    /// bottom of the pane, and all of it once the reader has scrolled to its end.
    public var detailLines: [StyledLine] {
        if let cache = detailCache, isCurrent(cache) { return cache.lines.lines }
        var lines = newDetailLines()
        lines.extend(to: detailTop + layout.detail.height + 1)
        return lines.lines
    }

    /// Whether `detailLines` is the whole document.
    public var detailIsComplete: Bool {
        detailCache.map { isCurrent($0) && $0.lines.isComplete } ?? false
    }

    private var selectedRow: Row? { rows.indices.contains(selection) ? rows[selection] : nil }

    private func isCurrent(_ cache: DetailCache) -> Bool {
        cache.row == selectedRow && cache.width == layout.detail.width && cache.blogVersion == blogVersion && cache.search == filter.text
    }

    /// The detail pane's lines for the selected row, laid out as far as they are read, showing
    /// where the text filter's words occur.
    private func newDetailLines() -> DetailLines {
        DetailLines(blocks: DetailDocument(state: self).blocks(), width: layout.detail.width, highlighting: SearchMatches(filter))
    }

    /// Lays out the detail pane's lines down to the bottom of the pane (to the end, when the
    /// scroll position is past what is known), starting afresh when what they show has changed.
    private mutating func refreshDetail() {
        if detailCache.map({ !isCurrent($0) }) ?? true {
            detailCache = nil
            detailCache = DetailCache(row: selectedRow, width: layout.detail.width, blogVersion: blogVersion, search: filter.text,
                                      lines: newDetailLines())
        }
        let wanted = detailTop >= Int.max / 4 ? Int.max : detailTop + max(1, layout.detail.height) + 1
        detailCache?.lines.extend(to: wanted)
    }
}
