/// Draws the whole screen for a state: a pure function from state to grid.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let layout = state.layout
        guard !layout.tooSmall else {
            drawTooSmall(&grid)
            return grid
        }
        // The selected row's document, built once per selection and width, shared by the panes.
        let detail = state.detailLines
        BarsView.drawFilterBar(state, into: &grid)
        TimelineView.draw(state, into: &grid)
        DividerView.draw(state, detailLineCount: detail.count, into: &grid)
        DetailView.draw(state, lines: detail, into: &grid)
        BarsView.drawStatusLine(state, into: &grid)
        switch state.mode {
        case .picker(let picker): OverlayView.drawPicker(picker, state: state, into: &grid)
        case .linkPicker(let picker): OverlayView.drawLinkPicker(picker, into: &grid)
        case let .help(top): OverlayView.drawHelp(top: top, into: &grid)
        case .browse, .editingText: break
        }
        return grid
    }

    /// Below the smallest usable size: a short notice, as much of it as fits.
    private static func drawTooSmall(_ grid: inout Grid) {
        guard grid.height > 0, grid.width > 0 else { return }
        let lines = ["Terminal too small", "(needs \(Layout.minimumWidth)×\(Layout.minimumHeight))", "q quits"]
        for (row, line) in lines.enumerated() where row < grid.height {
            grid.write(line, x: 0, y: row, role: row == 0 ? .error : .dim)
        }
    }
}
