import LiveBlogKit

/// The reader's one state transition: a pure function of the state and an event.
public enum Reader {
    public static func update(_ state: inout AppState, _ event: InputEvent) {
        switch event {
        case let .resize(width, height):
            state.resize(width: width, height: height)
        case let .mouse(mouse):
            handleMouse(&state, mouse)
        case let .key(key):
            // A message is read once: the next key takes it away.
            state.message = nil
            switch state.mode {
            case .browse: handleBrowseKey(&state, key)
            case let .editingText(previous): handleTextKey(&state, key, previous: previous)
            case let .picker(picker): handlePickerKey(&state, key, picker: picker)
            case let .linkPicker(picker): handleLinkPickerKey(&state, key, picker: picker)
            case let .help(top): handleHelpKey(&state, key, top: top)
            }
        }
        state.clampScroll()
    }

    private static func handleBrowseKey(_ state: inout AppState, _ key: Key) {
        guard let action = KeyBindings.action(for: key) else { return }
        let page = max(1, (state.focus == .timeline ? state.layout.timeline.height : state.layout.detail.height) - 1)
        switch action {
        case .moveUp: move(&state, by: -1)
        case .moveDown: move(&state, by: 1)
        case .pageUp: move(&state, by: -page)
        case .pageDown: move(&state, by: page)
        case .top: move(&state, by: Int.min / 2)
        case .bottom: move(&state, by: Int.max / 2)
        case .switchFocus: state.focus = state.focus == .timeline ? .detail : .timeline
        case .focusDetail: state.focus = .detail
        case .focusTimeline: state.focus = .timeline
        case .openHospitalPicker:
            state.mode = .picker(EntityPicker(.hospital, state: state))
        case .openPersonPicker:
            state.mode = .picker(EntityPicker(.person, state: state))
        case .editTextFilter: state.mode = .editingText(previous: state.filter.text)
        case .clearFilters: state.setFilter(PostFilter())
        case .nextNewPost: selectNextNewPost(&state)
        case .previousDay: selectDay(&state, below: false)
        case .nextDay: selectDay(&state, below: true)
        case .openLinks: openLinks(&state)
        case .toggleOrder: state.setOrder(state.order == .newestFirst ? .oldestFirst : .newestFirst)
        case .reload: state.wantsReload = true
        case .toggleFollow:
            state.isFollowing.toggle()
            state.message = state.isFollowing ? "following the file (F stops)" : "stopped following"
        case .showHelp: state.mode = .help(top: 0)
        case .quit: state.wantsQuit = true
        }
    }

    /// Moves the selection in the timeline, or scrolls the detail pane when it has focus.
    private static func move(_ state: inout AppState, by delta: Int) {
        switch state.focus {
        case .timeline:
            var target = max(0, min(state.rows.count - 1, clampedAdd(state.selection, delta)))
            // A day's name is passed over: going up, to the post above it (`clampScroll`
            // takes the selection down to the post below).
            if delta < 0, state.isDayRow(target) { target -= 1 }
            if target != state.selection {
                state.selection = target
                state.detailTop = 0
            }
        case .detail:
            state.detailTop = max(0, clampedAdd(state.detailTop, delta))
        }
    }

    private static func clampedAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max : Int.min) : sum
    }

    /// Typing edits the text filter, applied as you type; Enter keeps it, Esc restores the old one.
    private static func handleTextKey(_ state: inout AppState, _ key: Key, previous: String) {
        var filter = state.filter
        switch key {
        case .enter:
            state.mode = .browse
            return
        case .escape:
            filter.text = previous
            state.mode = .browse
        case .backspace, .delete:
            if filter.text.isEmpty {
                state.mode = .browse
                return
            }
            filter.text.removeLast()
        case .control("u"):
            filter.text = ""
        case let .character(character):
            filter.text.append(character)
        default:
            return
        }
        state.setFilter(filter)
    }

    private static func handlePickerKey(_ state: inout AppState, _ key: Key, picker: EntityPicker) {
        var picker = picker
        let matches = picker.matches(in: state.blog)
        switch key {
        case .escape:
            state.mode = .browse
            return
        case .enter:
            state.mode = .browse
            if matches.indices.contains(picker.selection) {
                var filter = state.filter
                switch picker.kind {
                case .hospital: filter.hospital = matches[picker.selection].name
                case .person: filter.person = matches[picker.selection].name
                }
                state.setFilter(filter)
            }
            return
        case .up, .down, .pageUp, .pageDown, .home, .end:
            picker.selection = movedSelection(picker.selection, by: key, count: matches.count)
        case .backspace, .delete:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.selection = 0
        case .control("u"):
            picker.query = ""
        case let .character(character):
            picker.query.append(character)
            picker.selection = 0
        default:
            return
        }
        let count = picker.matches(in: state.blog).count
        picker.selection = min(max(0, picker.selection), max(0, count - 1))
        state.mode = .picker(picker)
    }

    /// Help closes at any key, as less's and tig's do; when the terminal is too short for
    /// every key, the movement keys scroll it first.
    static func handleHelpKey(_ state: inout AppState, _ key: Key, top: Int) {
        let shown = OverlayView.helpRowsShown(screenHeight: state.height)
        let last = max(0, KeyBindings.table.count - shown)
        guard last > 0 else {
            state.mode = .browse
            return
        }
        let moved: Int
        switch key {
        case .up, .character("k"): moved = top - 1
        case .down, .character("j"): moved = top + 1
        case .pageUp, .control("b"): moved = top - max(1, shown - 1)
        case .pageDown, .control("f"), .character(" "): moved = top + max(1, shown - 1)
        case .home, .character("g"): moved = 0
        case .end, .character("G"): moved = last
        default:
            state.mode = .browse
            return
        }
        state.mode = .help(top: min(max(0, moved), last))
    }

    /// `n`: the next new post below the selection, from the top again past the last row
    /// (newsboat's next unread).
    private static func selectNextNewPost(_ state: inout AppState) {
        guard !state.newPosts.isEmpty else {
            state.message = "no new posts"
            return
        }
        let rows = state.rows, newPosts = state.newPosts, selection = state.selection
        let next = (1...rows.count).lazy.map { (selection + $0) % rows.count }.first { row in
            if case .post(let post) = rows[row] { return newPosts.contains(post) }
            return false
        }
        guard let next else {
            state.message = "the new posts are outside the filter"
            return
        }
        state.selection = next
        state.detailTop = 0
    }

    /// `]`: the first post of the day below the selection's; `[`: the first post of the
    /// selection's day, or of the day above when it is there already (vim's `{` and `}`).
    private static func selectDay(_ state: inout AppState, below: Bool) {
        let days = state.dayRows
        guard !days.isEmpty else {
            state.message = "the posts are all on one day"
            return
        }
        let selection = state.selection
        let target = below ? days.first { $0 > selection } : days.last { $0 + 1 < selection }
        guard let target else {
            state.message = below ? "no day below" : "no day above"
            return
        }
        state.selection = target + 1
        state.detailTop = 0
    }

    /// `o`: the selected post's one link is opened at once; of several, the user chooses.
    private static func openLinks(_ state: inout AppState) {
        guard let index = state.selectedPost else {
            state.message = "choose a post to open its links"
            return
        }
        let links = LinkPicker.links(of: state.blog.posts[index])
        switch links.count {
        case 0: state.message = "this post has no links"
        case 1: state.linkToOpen = links[0]
        default: state.mode = .linkPicker(LinkPicker(links: links))
        }
    }

    /// The link picker: arrows (or `j`/`k`) move, Enter or a link's number opens it, Esc closes.
    private static func handleLinkPickerKey(_ state: inout AppState, _ key: Key, picker: LinkPicker) {
        var picker = picker
        switch key {
        case .escape, .character("q"), .character("o"):
            state.mode = .browse
            return
        case .enter:
            state.mode = .browse
            if picker.links.indices.contains(picker.selection) { state.linkToOpen = picker.links[picker.selection] }
            return
        case let .character(digit) where digit.wholeNumberValue.map({ (1...9).contains($0) }) ?? false:
            let chosen = (digit.wholeNumberValue ?? 1) - 1
            guard picker.links.indices.contains(chosen) else { return }
            state.mode = .browse
            state.linkToOpen = picker.links[chosen]
            return
        case .up, .down, .pageUp, .pageDown, .home, .end:
            picker.selection = movedSelection(picker.selection, by: key, count: picker.links.count)
        // As less and vi move: nothing is typed into this chooser.
        case .character("k"): picker.selection = movedSelection(picker.selection, by: .up, count: picker.links.count)
        case .character("j"): picker.selection = movedSelection(picker.selection, by: .down, count: picker.links.count)
        case .character("g"): picker.selection = movedSelection(picker.selection, by: .home, count: picker.links.count)
        case .character("G"): picker.selection = movedSelection(picker.selection, by: .end, count: picker.links.count)
        default: return
        }
        state.mode = .linkPicker(picker)
    }

    /// Where a chooser's selection goes for a movement key (`↑ ↓`, `PgUp`/`Home` to the first
    /// row, `PgDn`/`End` to the last), kept among its `count` rows.
    private static func movedSelection(_ selection: Int, by key: Key, count: Int) -> Int {
        let moved: Int
        switch key {
        case .up: moved = selection - 1
        case .down: moved = selection + 1
        case .pageUp, .home: moved = 0
        case .pageDown, .end: moved = count - 1
        default: moved = selection
        }
        return min(max(0, moved), max(0, count - 1))
    }
}
