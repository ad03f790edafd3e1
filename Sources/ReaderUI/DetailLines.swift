import LiveBlogKit

/// A piece of the detail pane's document: a line as it is, or text to wrap under a bullet
/// (following lines hang under the text, or under `continuation`).
enum DetailBlock: Sendable {
    case line(StyledLine)
    case text(Substring, role: StyleRole, bullet: String, continuation: String?)
}

/// The detail pane's document, wrapped only as far as it has been read (as less formats a
/// file): a post of one 10 MB paragraph shows its first screen at once, and the rest is laid
/// out as the reader scrolls to it. Long text is wrapped a chunk at a time; the last line of
/// a chunk is wrapped again with the next, so the lines are exactly those of wrapping the
/// whole text at once.
struct DetailLines: Sendable {
    /// The lines laid out so far.
    private(set) var lines: [StyledLine] = []
    private let blocks: [DetailBlock]
    private let width: Int
    /// What the text filter looks for, shown where it occurs.
    private let matches: SearchMatches?
    private var nextBlock = 0
    /// What is left of the text block being laid out: the last line wrapped so far (which
    /// may still take words from what follows), the text not read yet, whether a space stands
    /// between the two, and whether the block's first line is still to come.
    private var pending: Pending?

    private struct Pending: Sendable {
        var block: Int
        var carry: String
        var rest: Substring
        var spaceAfterCarry: Bool
        var atStart: Bool
    }

    /// What the wrap treats as a space once text is sanitised.
    private static func separatesWords(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{2028}" || character == "\u{2029}"
    }

    /// Characters of text wrapped at a time: a few screens' worth.
    private static let chunk = 16_384

    /// Documents with less text than this are laid out whole at once, so that the pane can
    /// say exactly how much follows; only larger ones are laid out as they are read.
    private static let eagerLimit = 256 << 10

    init(blocks: [DetailBlock], width: Int, highlighting matches: SearchMatches? = nil) {
        self.blocks = width > 0 ? blocks : []
        self.width = width
        self.matches = matches.flatMap { $0.isEmpty ? nil : $0 }
        let size = self.blocks.reduce(0) { total, block in
            guard case let .text(text, _, _, _) = block else { return total }
            return total + text.utf8.count
        }
        if size < Self.eagerLimit { complete() }
    }

    /// Whether every block has been laid out.
    var isComplete: Bool { pending == nil && nextBlock == blocks.count }

    /// Lays out until there are at least `count` lines or nothing is left.
    mutating func extend(to count: Int) {
        while lines.count < count, !isComplete { step() }
    }

    /// Lays out everything.
    mutating func complete() {
        while !isComplete { step() }
    }

    private mutating func step() {
        guard let current = pending else {
            let index = nextBlock
            nextBlock += 1
            switch blocks[index] {
            case .line(let line): lines.append(line)
            case .text(let text, _, _, _): pending = Pending(block: index, carry: "", rest: text, spaceAfterCarry: false, atStart: true)
            }
            return
        }
        guard case let .text(_, role, bullet, continuation) = blocks[current.block] else {
            pending = nil
            return
        }
        let bulletWidth = DisplayWidth.of(bullet)
        let textWidth = width > bulletWidth ? width - bulletWidth : width
        // A chunk ends at a space where it can, so that no word is cut; a word longer than a
        // chunk is cut anywhere (it is broken across lines in any case).
        var piece = current.rest.prefix(Self.chunk)
        var after = current.rest[piece.endIndex...]
        var spaceAfterPiece = false
        if !after.isEmpty, let space = piece.lastIndex(where: Self.separatesWords) {
            piece = current.rest[..<space]
            after = current.rest[current.rest.index(after: space)...]
            spaceAfterPiece = true
        }
        let text = current.carry.isEmpty ? String(piece) : current.carry + (current.spaceAfterCarry ? " " : "") + piece
        var wrapped = WordWrap.lines(text, width: textWidth)
        if !after.isEmpty, let last = wrapped.popLast() {
            // The last line may take words from the next chunk: it is wrapped again with them.
            pending = Pending(block: current.block, carry: last, rest: after, spaceAfterCarry: spaceAfterPiece,
                              atStart: current.atStart && wrapped.isEmpty)
        } else {
            pending = nil
        }
        let hang = continuation ?? String(repeating: " ", count: bulletWidth)
        for (offset, line) in wrapped.enumerated() {
            guard width > bulletWidth else {
                lines.append(StyledLine(segments(line, role: role)))
                continue
            }
            let lead = offset == 0 && current.atStart ? bullet : hang
            lines.append(StyledLine([(lead, role == .quote ? .quote : .dim)] + segments(line, role: role)))
        }
    }

    /// A wrapped line as segments of its role, with what the text filter found in it apart
    /// (`match`). Each line is searched on its own: a match the wrap cuts in two is not shown.
    private func segments(_ line: String, role: StyleRole) -> [(String, StyleRole)] {
        guard let matches else { return [(line, role)] }
        var parts: [(String, StyleRole)] = []
        var cursor = line.startIndex
        for range in matches.ranges(in: line) {
            if cursor < range.lowerBound { parts.append((String(line[cursor..<range.lowerBound]), role)) }
            parts.append((String(line[range]), .match))
            cursor = range.upperBound
        }
        if cursor < line.endIndex || parts.isEmpty { parts.append((String(line[cursor...]), role)) }
        return parts
    }
}
