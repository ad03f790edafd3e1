import LiveBlogKit

/// Boxes drawn over the panes: the hospital picker and the help generated from the key table.
enum OverlayView {
    static func drawPicker(_ picker: HospitalPicker, state: AppState, into grid: inout Grid) {
        let matches = picker.matches(in: state.blog.hospitals)
        let box = centeredBox(in: grid, width: 64, height: matches.count + 4)
        guard box.height >= 3, box.width >= 8 else { return }
        drawFrame(box, title: "Hospital", into: &grid)
        let inner = box.inset(1)
        grid.write("> " + picker.query + "▏", x: inner.x, y: inner.y, limit: inner.width, role: .overlay)
        let listHeight = inner.height - 1
        guard listHeight > 0 else { return }
        if matches.isEmpty {
            grid.write(state.blog.hospitals.isEmpty ? "This blog names no hospitals." : "No hospital matches.", x: inner.x, y: inner.y + 1, limit: inner.width, role: .dim)
            return
        }
        let top = min(max(0, picker.selection - listHeight + 1), max(0, matches.count - listHeight))
        for row in 0..<listHeight where top + row < matches.count {
            let hospital = matches[top + row]
            let y = inner.y + 1 + row
            let count = "\(hospital.posts.count) post" + (hospital.posts.count == 1 ? "" : "s")
            let countWidth = DisplayWidth.of(count)
            grid.write(" " + hospital.name + (hospital.location.map { " (\($0))" } ?? ""), x: inner.x, y: y, limit: inner.width - countWidth - 2, role: .overlay)
            grid.write(count, x: inner.x + inner.width - countWidth - 1, y: y, role: .overlay)
            if top + row == picker.selection { grid.restyle(row: y, from: inner.x, width: inner.width, role: .overlaySelected) }
        }
    }

    static func drawHelp(into grid: inout Grid) {
        let table = KeyBindings.table
        let box = centeredBox(in: grid, width: 78, height: table.count + 4)
        guard box.height >= 3, box.width >= 8 else { return }
        drawFrame(box, title: "Keys", into: &grid)
        let inner = box.inset(1)
        let labelWidth = min(14, inner.width / 3)
        for (row, binding) in table.enumerated() where row < inner.height - 1 {
            grid.write(binding.label, x: inner.x + 1, y: inner.y + row, limit: labelWidth, role: .bold)
            grid.write(binding.help, x: inner.x + 2 + labelWidth, y: inner.y + row, limit: inner.width - labelWidth - 2, role: .overlay)
        }
        grid.write("Any key closes this help.", x: inner.x + 1, y: inner.y + inner.height - 1, limit: inner.width - 1, role: .dim)
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
