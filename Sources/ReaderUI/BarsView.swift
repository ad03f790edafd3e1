/// The filter bar at the top and the status line at the bottom.
enum BarsView {
    static func drawFilterBar(_ state: AppState, into grid: inout Grid) {
        let bar = state.layout.filterBar
        grid.fill(bar, role: .bar)
        var x = bar.x
        let end = bar.x + bar.width
        let editing: Bool
        if case .editingText = state.mode { editing = true } else { editing = false }
        for chip in [state.filter.hospital.map { " hospital: " + $0 + " × " }, state.filter.person.map { " person: " + $0 + " × " }] {
            guard let chip else { continue }
            x += grid.write(chip, x: x, y: bar.y, limit: end - x, role: .chip)
            x += grid.write(" ", x: x, y: bar.y, limit: end - x, role: .bar)
        }
        if editing || !state.filter.text.isEmpty {
            let text = editing ? " / " + state.filter.text + "▏" : " text: \"" + state.filter.text + "\" "
            x += grid.write(text, x: x, y: bar.y, limit: end - x, role: .chip)
            x += grid.write(" ", x: x, y: bar.y, limit: end - x, role: .bar)
        }
        let total = state.blog.posts.count
        let noun = total == 1 ? "post" : "posts"
        let count = state.filter.isActive || editing ? "\(state.matchCount) of \(total) \(noun)" : "All \(total) \(noun)"
        x += grid.write(" " + count, x: x, y: bar.y, limit: end - x, role: .bar)
        let hint: String
        if editing {
            hint = "Enter keep · Esc cancel "
        } else if state.filter.isActive {
            hint = "h hospital · p person · / text · c clear · ? help "
        } else {
            hint = "h hospital · p person · / text · ? help "
        }
        let hintWidth = DisplayWidth.of(hint)
        if end - x > hintWidth + 2 { grid.write(hint, x: end - hintWidth, y: bar.y, role: .hint) }
    }

    static func drawStatusLine(_ state: AppState, into grid: inout Grid) {
        let line = state.layout.status
        grid.fill(line, role: .bar)
        let position: String
        if state.selectedPost != nil {
            position = "\(state.selectedOrdinal)/\(state.matchCount)"
        } else {
            position = "top/\(state.matchCount)"
        }
        var right = position + (state.newPosts.isEmpty ? "" : " · \(state.newPosts.count) new")
            + (state.order == .oldestFirst ? " · oldest first" : "") + (state.isFollowing ? " · following" : "") + " · ? help "
        if let notice = state.notice { right = notice + " · " + right }
        if let message = state.message { right = message + " · " + right }
        let rightWidth = DisplayWidth.of(right)
        let left = " " + (state.blog.headline ?? state.sourceName)
        if line.width > rightWidth + 4 {
            grid.write(left, x: line.x, y: line.y, limit: line.width - rightWidth - 1, role: .bar)
            grid.write(right, x: line.x + line.width - rightWidth, y: line.y, role: .bar)
        } else if let said = state.message ?? state.notice, line.width > DisplayWidth.of(position) + 8 {
            // What was just said is worth more than the headline: it is clipped, not dropped.
            let positionWidth = DisplayWidth.of(position) + 1
            grid.write(" " + said, x: line.x, y: line.y, limit: line.width - positionWidth - 1, role: .bar)
            grid.write(position, x: line.x + line.width - positionWidth, y: line.y, role: .bar)
        } else {
            grid.write(" " + position, x: line.x, y: line.y, limit: line.width, role: .bar)
        }
    }
}
