import LiveBlogKit

/// Boxes drawn over the panes: the hospital, person and link pickers, and the help generated
/// from the key table.
enum OverlayView {
    static func drawPicker(_ picker: EntityPicker, state: AppState, into grid: inout Grid) {
        let matches = picker.matches(in: state.blog)
        let box = centeredBox(in: grid, width: picker.kind == .hospital ? 64 : 78, height: matches.count + 4)
        guard box.height >= 3, box.width >= 8 else { return }
        let title = picker.kind == .hospital ? "Hospital" : "Person"
        let within = picker.withinPosts.map { " · in the \($0) post" + ($0 == 1 ? "" : "s") + " the other filters keep" } ?? ""
        drawFrame(box, title: title + within, into: &grid)
        let inner = box.inset(1)
        grid.write("> " + picker.query + "▏", x: inner.x, y: inner.y, limit: inner.width, role: .overlay)
        let listHeight = inner.height - 1
        guard listHeight > 0 else { return }
        if matches.isEmpty {
            let none = !picker.blogNamesAny, outside = picker.query.isEmpty && picker.withinPosts != nil
            let text = switch picker.kind {
            case .hospital: none ? "This blog names no hospitals." : outside ? "The posts shown name no hospitals." : "No hospital matches."
            case .person: none ? "This blog names no people." : outside ? "The posts shown name no one." : "No one matches."
            }
            grid.write(text, x: inner.x, y: inner.y + 1, limit: inner.width, role: .dim)
            return
        }
        let rows = matches.map { choice in
            (text: choice.label, trailing: "\(choice.postCount) post" + (choice.postCount == 1 ? "" : "s"))
        }
        drawList(rows, selection: picker.selection, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: listHeight), into: &grid)
    }

    /// The selected post's links, numbered as the detail pane numbers them.
    static func drawLinkPicker(_ picker: LinkPicker, into grid: inout Grid) {
        let box = centeredBox(in: grid, width: 96, height: picker.links.count + 3)
        guard box.height >= 3, box.width >= 8 else { return }
        drawFrame(box, title: "Open a link", into: &grid)
        let inner = box.inset(1)
        let listHeight = inner.height - 1
        if listHeight > 0 {
            let rows = picker.links.enumerated().map { (text: ($0.offset < 9 ? "\($0.offset + 1)  " : "   ") + $0.element, trailing: "") }
            drawList(rows, selection: picker.selection, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight), into: &grid)
        }
        grid.write("Enter or a number opens it · Esc closes", x: inner.x + 1, y: inner.y + inner.height - 1, limit: inner.width - 1, role: .dim)
    }

    /// A list in a box, scrolled to keep the selection in view: each row's text on the left,
    /// clipped to leave room for its trailing text on the right.
    private static func drawList(_ rows: [(text: String, trailing: String)], selection: Int, in area: Rect, into grid: inout Grid) {
        let top = min(max(0, selection - area.height + 1), max(0, rows.count - area.height))
        for line in 0..<area.height where top + line < rows.count {
            let row = rows[top + line]
            let y = area.y + line
            let trailingWidth = DisplayWidth.of(row.trailing)
            grid.write(" " + row.text, x: area.x, y: y, limit: area.width - trailingWidth - 2, role: .overlay)
            if trailingWidth > 0 { grid.write(row.trailing, x: area.x + area.width - trailingWidth - 1, y: y, role: .overlay) }
            if top + line == selection { grid.restyle(row: y, from: area.x, width: area.width, role: .overlaySelected) }
        }
    }

    /// The key table from its row `top`, with how to scroll it when it does not all fit.
    static func drawHelp(top: Int, into grid: inout Grid) {
        let table = KeyBindings.table
        let box = centeredBox(in: grid, width: 78, height: table.count + 2)
        guard box.height >= 3, box.width >= 8 else { return }
        drawFrame(box, title: "Keys", into: &grid)
        let inner = box.inset(1)
        let first = min(max(0, top), max(0, table.count - inner.height))
        let shown = first..<min(table.count, first + inner.height)
        // In the bottom border, so that every key has a row on a 24-line terminal.
        let closing = shown.count == table.count
            ? " any key closes this help "
            : " \(shown.lowerBound + 1)–\(shown.upperBound) of \(table.count) · ↑ ↓ scroll · other keys close "
        grid.write(closing, x: box.x + 2, y: box.y + box.height - 1, limit: box.width - 4, role: .dim)
        let labelWidth = min(14, inner.width / 3)
        for (row, binding) in table[shown].enumerated() {
            grid.write(binding.label, x: inner.x + 1, y: inner.y + row, limit: labelWidth, role: .bold)
            grid.write(binding.help, x: inner.x + 2 + labelWidth, y: inner.y + row, limit: inner.width - labelWidth - 2, role: .overlay)
        }
    }

    /// How many of the key table's rows the help shows on a screen this tall.
    static func helpRowsShown(screenHeight: Int) -> Int {
        max(0, min(KeyBindings.table.count + 2, screenHeight - 2) - 2)
    }

    private static func centeredBox(in grid: Grid, width: Int, height: Int) -> Rect {
        let w = min(width, grid.width - 2), h = min(height, grid.height - 2)
        return Rect(x: (grid.width - w) / 2, y: (grid.height - h) / 2, width: w, height: h)
    }

    private static func drawFrame(_ box: Rect, title: String, into grid: inout Grid) {
        grid.fill(box, role: .overlay)
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        grid.write("┌" + horizontal + "┐", x: box.x, y: box.y, limit: box.width, role: .overlay, ellipsis: false)
        grid.write("└" + horizontal + "┘", x: box.x, y: box.y + box.height - 1, limit: box.width, role: .overlay, ellipsis: false)
        for y in (box.y + 1)..<(box.y + box.height - 1) {
            grid.write("│", x: box.x, y: y, role: .overlay)
            grid.write("│", x: box.x + box.width - 1, y: y, role: .overlay)
        }
        grid.write(" " + title + " ", x: box.x + 2, y: box.y, limit: box.width - 4, role: .bold)
    }
}
