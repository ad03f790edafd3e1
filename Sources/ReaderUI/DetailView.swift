/// The detail pane: the selected row's document from the scroll offset, and a scroll mark
/// on its last line when more follows (side by side, where no divider row carries it).
enum DetailView {
    static func draw(_ state: AppState, lines: [StyledLine], into grid: inout Grid) {
        let pane = state.layout.detail
        guard !pane.isEmpty else { return }
        for row in 0..<pane.height {
            let index = state.detailTop + row
            guard index < lines.count else { break }
            var x = pane.x + lines[index].indent
            for segment in lines[index].segments {
                x += grid.write(segment.text, x: x, y: pane.y + row, limit: pane.x + pane.width - x, role: segment.role)
            }
        }
        if state.layout.sideBySide, lines.count > pane.height {
            let below = lines.count - state.detailTop - pane.height
            // Past what is laid out yet, the count is not known.
            let mark = !state.detailIsComplete ? " ↓ more " : below > 0 ? " ↓ \(below) more " : " end "
            let width = DisplayWidth.of(mark)
            grid.write(mark, x: pane.x + pane.width - width, y: pane.y + pane.height - 1, role: state.focus == .detail ? .paneTitleFocused : .paneTitle)
        }
    }
}
