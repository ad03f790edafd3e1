import LiveBlogKit

/// The timeline pane: the header row, then one row per post — time, • when new, markers
/// (“ quotes the detail pane lists, @ tweets, ! key event), title or opening words, and the
/// post's hospitals where there is room.
enum TimelineView {
    static let timeWidth = 7

    static func draw(_ state: AppState, into grid: inout Grid) {
        let pane = state.layout.timeline
        guard !pane.isEmpty else { return }
        let matches = SearchMatches(state.filter)
        for line in 0..<pane.height {
            let rowIndex = state.timelineTop + line
            guard rowIndex < state.rows.count else { break }
            let y = pane.y + line
            var shown: (text: String, x: Int)?
            switch state.rows[rowIndex] {
            case .header:
                grid.write("▸ " + (state.blog.headline ?? "(untitled blog)"), x: pane.x, y: y, limit: pane.width, role: .title)
            case .post(let index):
                shown = drawPost(state.blog.posts[index], x: pane.x, y: y, width: pane.width, isNew: state.newPosts.contains(index),
                                 showingTextIf: !matches.isEmpty, into: &grid)
            case .day(let day):
                drawDay(state.dayNames.name(ofDay: day), x: pane.x, y: y, width: pane.width, into: &grid)
            }
            if rowIndex == state.selection {
                let role: StyleRole = state.focus == .timeline && state.mode == .browse || isEditing(state) ? .selected : .selectedUnfocused
                grid.restyle(row: y, from: pane.x, width: pane.width, role: role)
            }
            // What the search found in a post's text, marked as fzf marks it, on the selected
            // row too.
            if let shown { mark(matches, in: shown.text, x: shown.x, y: y, into: &grid) }
        }
        if state.matchCount == 0, pane.height > 1 {
            grid.write("No posts match the filter. Esc clears it.", x: pane.x, y: pane.y + 1, limit: pane.width, role: .dim)
        }
    }

    private static func isEditing(_ state: AppState) -> Bool {
        if case .editingText = state.mode { return true }
        return false
    }

    /// Marks the cells of `text` (as drawn from column `x`) that `matches` finds.
    private static func mark(_ matches: SearchMatches, in text: String, x: Int, y: Int, into grid: inout Grid) {
        for range in matches.ranges(in: text) {
            grid.restyle(row: y, from: x + DisplayWidth.of(text[..<range.lowerBound]), width: DisplayWidth.of(text[range]), role: .match)
        }
    }

    /// Draws a post's row; with `wanted`, returns the row's text as drawn (sanitised, cut to its
    /// room) and the column it starts at (worked out only then: a frame draws every row).
    @discardableResult
    static func drawPost(_ post: Post, x: Int, y: Int, width: Int, isNew: Bool = false, showingTextIf wanted: Bool = false,
                         into grid: inout Grid) -> (text: String, x: Int)? {
        var column = x
        let end = x + width
        let time = shortTime(post)
        column += grid.write(time, x: column, y: y, limit: min(timeWidth, end - column), role: .time)
        // A new post not yet read: a dot in the gap after the time, as newsboat flags unread.
        if isNew, x + timeWidth < end { grid.write("•", x: x + timeWidth, y: y, role: .marker) }
        column = min(end, x + timeWidth + 1)
        let markers = (post.quotes.contains(where: \.isListed) ? "“" : " ") + (post.tweets.isEmpty ? " " : "@") + (post.isKeyEvent ? "!" : " ")
        column += grid.write(markers, x: column, y: y, limit: max(0, end - column), role: .marker, ellipsis: false)
        column = min(end, column + 1)
        var hospitals = post.hospitals.map(shortHospital).joined(separator: ", ")
        let room = end - column
        var textRoom = room
        if !hospitals.isEmpty, width >= 50 {
            let hospitalRoom = min(DisplayWidth.of(hospitals), max(12, room / 3))
            textRoom = max(0, room - hospitalRoom - 1)
            hospitals = String(DisplayWidth.prefix(hospitals, fitting: hospitalRoom).text)
            grid.write(post.hospitals.map(shortHospital).joined(separator: ", "), x: end - hospitalRoom, y: y, limit: hospitalRoom, role: .hospital)
        }
        let text = summary(post)
        let written = grid.write(text, x: column, y: y, limit: textRoom, role: post.title != nil ? .bold : .normal)
        guard wanted else { return nil }
        // As `write` drew it: sanitised, and cut short of an ellipsis, which holds no match.
        let clean = DisplayText.sanitize(text)
        let fitted = DisplayWidth.prefix(clean, fitting: written)
        let shown = fitted.text.endIndex == clean.endIndex ? fitted.text : DisplayWidth.prefix(clean, fitting: max(0, written - 1)).text
        return (String(shown), column)
    }

    /// A day's name across the pane, as a rule under which its posts follow: `── Wednesday 15 November ───`.
    static func drawDay(_ name: String, x: Int, y: Int, width: Int, into grid: inout Grid) {
        let label = "── " + name + " "
        let written = grid.write(label, x: x, y: y, limit: width, role: .dim)
        grid.write(String(repeating: "─", count: max(0, width - written)), x: x + written, y: y, limit: max(0, width - written), role: .dim,
                   ellipsis: false)
    }

    /// `12.53pm` from `12.53pm BST`: the zone is the same all day. A line whose first word is
    /// not its time (`3:45 p.m. ET`, `Sept. 28, 2022, 11:05 a.m. ET`) is written as its time
    /// reads, `3:45pm`, `11:05am`, in the column's seven cells.
    static func shortTime(_ post: Post) -> String {
        let words = post.time.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "," })
        let first = post.time.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).first.map(String.init) ?? post.time
        // `a.m.` or `PM` a word of its own: the first word is not the whole time.
        let separateMarker = words.contains { ["am", "pm", "a.m.", "p.m."].contains($0) }
        guard let time = post.timeOfDay, separateMarker || !isWrittenAsTime(first) else {
            return RelativeTime.shortForm(post.time) ?? DateStamp.shortForm(post.time) ?? MatchMinute.shortForm(post.time)
                ?? (first.isEmpty ? "--:--" : first)
        }
        return separateMarker ? time.twelveHour : time.twentyFourHour
    }

    /// Whether a time line's first word is its time, short enough for the column as written
    /// (`12.53pm`, `19.30`, `13h05`): not a day (`4 June 10:05`), a date (`2019-06-04T10:05`,
    /// `04/06/2019`) or a time with seconds (`10:05:32`).
    private static func isWrittenAsTime(_ word: String) -> Bool {
        guard word.first?.isNumber ?? false, word.count <= timeWidth, !word.allSatisfy(\.isNumber) else { return false }
        return !word.contains { $0 == "-" || $0 == "/" || $0 == "T" } && word.filter { $0 == "." || $0 == ":" }.count <= 1
    }

    /// The title, else the opening words, else a note for an empty post.
    static func summary(_ post: Post) -> String {
        if let title = post.title { return title }
        if let opening = post.opening(characters: 400) { return String(opening) }
        return "(photo or video)"
    }

    private static func shortHospital(_ name: String) -> String {
        Hospital(name: name).shortName
    }
}

/// The line between the panes; stacked, it carries the selected post's heading.
enum DividerView {
    static func draw(_ state: AppState, detailLineCount: Int, into grid: inout Grid) {
        let divider = state.layout.divider
        guard !divider.isEmpty else { return }
        let role: StyleRole = state.focus == .detail ? .paneTitleFocused : .paneTitle
        if state.layout.sideBySide {
            for y in divider.y..<(divider.y + divider.height) { grid.write("│", x: divider.x, y: y, role: .dim) }
            return
        }
        grid.fill(divider, role: role)
        var label = "─ "
        if let index = state.selectedPost {
            let post = state.blog.posts[index]
            label += post.time + (post.title.map { " · " + $0 } ?? "")
        } else {
            label += "About this blog"
        }
        let more = detailLineCount > state.layout.detail.height
        grid.write(label + " " + String(repeating: "─", count: max(0, divider.width)), x: divider.x, y: divider.y, limit: divider.width - (more ? 8 : 0), role: role, ellipsis: false)
        if more { grid.write(scrollLabel(state, detailLineCount: detailLineCount), x: divider.x + divider.width - 8, y: divider.y, limit: 8, role: role, ellipsis: false) }
    }

    /// ` 40% ──`: how far the detail pane is scrolled.
    static func scrollLabel(_ state: AppState, detailLineCount: Int) -> String {
        let total = max(1, detailLineCount - state.layout.detail.height)
        let percent = min(100, state.detailTop * 100 / total)
        // Before the document is laid out to its end, how far through it is not known.
        let text = state.detailIsComplete ? " \(percent)% " : " ↓ "
        return text + String(repeating: "─", count: max(0, 8 - text.count))
    }
}
