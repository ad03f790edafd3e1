/// The mouse's part of the reader's update: the wheel and clicks, in the panes and over the help.
extension Reader {
    /// The wheel scrolls the pane under the pointer; a click selects a timeline row or
    /// focuses the detail pane.
    static func handleMouse(_ state: inout AppState, _ mouse: MouseEvent) {
        guard state.mode == .browse else {
            // The wheel scrolls a help too long for the screen; a click closes it.
            if case let .help(top) = state.mode {
                let key: Key = switch mouse.kind {
                case .wheelUp: .up
                case .wheelDown: .down
                case .click: .escape
                }
                handleHelpKey(&state, key, top: top)
            }
            return
        }
        let layout = state.layout
        let inTimeline = layout.timeline.contains(x: mouse.x, y: mouse.y)
        let inDetail = layout.detail.contains(x: mouse.x, y: mouse.y)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelUp ? -3 : 3
            if inDetail {
                state.detailTop = max(0, state.detailTop + delta)
            } else if inTimeline {
                state.timelineTop = max(0, min(state.timelineTop + delta, state.rows.count - layout.timeline.height))
                let visible = state.timelineTop..<(state.timelineTop + max(1, layout.timeline.height))
                if !visible.contains(state.selection) {
                    state.selection = min(max(state.selection, visible.lowerBound), visible.upperBound - 1)
                    state.detailTop = 0
                }
            }
        case .click:
            if inTimeline {
                let row = state.timelineTop + (mouse.y - layout.timeline.y)
                if row < state.rows.count, row != state.selection {
                    state.selection = row
                    state.detailTop = 0
                }
                state.focus = .timeline
            } else if inDetail {
                state.focus = .detail
            }
        }
    }
}
