/// What a cell is, for the terminal backend to choose colours and attributes by; views say
/// what a thing is, the backend's theme says how it looks, with or without colour.
public enum StyleRole: Hashable, Sendable, CaseIterable {
    case normal, dim, bold, title, time, marker, hospital, quote, speaker, tweet, link, match
    case selected, selectedUnfocused, paneTitle, paneTitleFocused, bar, chip, hint, error, overlay, overlaySelected
}

/// One terminal cell: a grapheme (already sanitised) or the continuation of a wide one.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    /// The right half of a two-cell grapheme: nothing is drawn here.
    public var isContinuation: Bool

    public static let blank = Cell(text: " ", role: .normal, isContinuation: false)
}

/// A rectangle of the screen, in cells. Never negative: every computation clamps at zero.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = max(0, x)
        self.y = max(0, y)
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }

    /// The rectangle less `amount` cells on every side.
    public func inset(_ amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }
}
