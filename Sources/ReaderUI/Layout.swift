/// Where everything goes for one terminal size: a pure function of the size that `update`
/// (page sizes, mouse hits) and `render` both use.
public struct Layout: Equatable, Sendable {
    public var filterBar: Rect
    public var timeline: Rect
    public var detail: Rect
    public var status: Rect
    /// Panes side by side (wide terminals) rather than stacked.
    public var sideBySide: Bool
    /// Below the smallest usable size only a notice is shown.
    public var tooSmall: Bool

    public static let minimumWidth = 16
    public static let minimumHeight = 4
    public static let sideBySideWidth = 100

    public init(width: Int, height: Int) {
        let width = max(0, width), height = max(0, height)
        tooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        sideBySide = width >= Self.sideBySideWidth
        guard !tooSmall else {
            filterBar = .zero; timeline = .zero; detail = .zero; status = .zero
            return
        }
        filterBar = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = max(0, height - 2)
        if sideBySide {
            let left = min(max(width * 9 / 20, 40), 72)
            timeline = Rect(x: 0, y: 1, width: left, height: body)
            detail = Rect(x: left + 1, y: 1, width: width - left - 1, height: body)
        } else {
            // Stacked: the timeline takes two fifths, the detail the rest under a divider row.
            let top = max(1, body * 2 / 5)
            timeline = Rect(x: 0, y: 1, width: width, height: top)
            detail = Rect(x: 0, y: 1 + top + 1, width: width, height: body - top - 1)
        }
    }

    /// The column (side by side) or row (stacked) between the panes.
    public var divider: Rect {
        guard !tooSmall else { return .zero }
        return sideBySide
            ? Rect(x: timeline.width, y: timeline.y, width: 1, height: timeline.height)
            : Rect(x: 0, y: timeline.y + timeline.height, width: timeline.width, height: 1)
    }
}
