import LiveBlogKit

/// The screen as a flat array of cells: what views draw into and what the terminal backend
/// presents. Text enters only through `write`, which sanitises it (`DisplayText`), measures
/// it per grapheme, clips it at the given width and never splits a wide glyph.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text at (x, y), at most `limit` cells wide (and never past the grid's edge);
    /// `ellipsis` ends clipped text with `…`. Returns the cells used.
    @discardableResult
    public mutating func write<S: StringProtocol>(_ text: S, x: Int, y: Int, limit: Int? = nil, role: StyleRole = .normal, ellipsis: Bool = true) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let room = min(limit ?? width, width - x)
        guard room > 0 else { return 0 }
        let clean = DisplayText.sanitize(text)
        var fitted = DisplayWidth.prefix(clean, fitting: room)
        if ellipsis, fitted.text.endIndex != clean.endIndex {
            fitted = DisplayWidth.prefix(clean, fitting: room - 1)
            var used = put(fitted.text, x: x, y: y, role: role)
            used += put("…", x: x + used, y: y, role: role)
            return used
        }
        return put(fitted.text, x: x, y: y, role: role)
    }

    private mutating func put(_ text: Substring, x: Int, y: Int, role: StyleRole) -> Int {
        var column = x
        for character in text {
            let cells = DisplayWidth.of(character)
            guard cells > 0 else { continue }
            guard column + cells <= width else { break }
            self.cells[y * width + column] = Cell(text: String(character), role: role, isContinuation: false)
            if cells == 2 { self.cells[y * width + column + 1] = Cell(text: "", role: role, isContinuation: true) }
            column += cells
        }
        return column - x
    }

    /// Paints a rectangle with blanks of one role.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        // Clamped both ways: a rectangle partly or wholly off the grid paints only what is on it.
        for y in min(rect.y, height)..<min(rect.y + rect.height, height) {
            for x in min(rect.x, width)..<min(rect.x + rect.width, width) {
                cells[y * width + x] = Cell(text: " ", role: role, isContinuation: false)
            }
        }
    }

    /// Gives a row segment a role without changing its text (the selection highlight).
    public mutating func restyle(row y: Int, from x: Int, width count: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        let start = min(max(0, x), width)
        for column in start..<max(start, min(width, x + count)) { cells[y * width + column].role = role }
    }

    /// One line per row, wide glyphs once, trailing blanks kept: what view tests snapshot.
    public var plainText: String {
        (0..<height).map { row in
            (0..<width).map { column in
                let cell = self[column, row]
                return cell.isContinuation ? "" : cell.text
            }.joined()
        }.joined(separator: "\n")
    }
}
