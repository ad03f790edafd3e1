/// Page furniture a copy of a web page holds between a post's paragraphs — a newsletter's
/// sign-up box (`Skip past newsletter promotion` … `after newsletter promotion`, as the
/// Guardian's pages print it anywhere in a text), an advertisement's label — kept with the
/// paragraph it stands before, as every line read is, but never read as the post's text.
public struct InlineFurniture: Equatable, Sendable, Codable {
    /// The paragraph it stands before; the post's paragraph count when it stands after the last.
    public var beforeParagraph: Int
    /// Its lines, as written.
    public var lines: [String]

    public init(beforeParagraph: Int, lines: [String]) {
        self.beforeParagraph = beforeParagraph
        self.lines = lines
    }

    /// The line that opens a newsletter's box, and the one that closes it.
    private static let newsletterOpening: Set<String> = ["skip past newsletter promotion"]
    private static let newsletterClosing: Set<String> = ["after newsletter promotion"]
    /// The most lines a newsletter's box runs to, its two labels included: a box never closed
    /// within them is no box, and its opening line stands alone.
    private static let longestNewsletter = 12
    /// Labels of an advertisement's place, each alone on its line.
    private static let advertisementLabels: Set<String> = [
        "advertisement", "skip advertisement", "story continues below advertisement",
        "article continues below advertisement", "continue reading the main story",
    ]

    /// The runs of `lines` within `range` that are page furniture, in order.
    static func blocks(in lines: [Substring], range: Range<Int>) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let line = lines[index]
            // Told on the first byte and the length first: every label opens with `a`, `s` or
            // `c`, and is short; most lines are prose.
            guard line.utf8.count <= 48, let first = line.utf8.first, Self.firstLetters.contains(first | 0x20),
                  PageFurniture.isLabel(line, in: allLabels) else {
                index += 1
                continue
            }
            if PageFurniture.isLabel(line, in: newsletterOpening) {
                let end = min(range.upperBound, index + longestNewsletter)
                let closing = (index + 1..<end).first { PageFurniture.isLabel(lines[$0], in: newsletterClosing) }
                let block = index..<(closing.map { $0 + 1 } ?? index + 1)
                blocks.append(block)
                index = block.upperBound
            } else {
                // An advertisement's label, or a box's closing line alone.
                blocks.append(index..<index + 1)
                index += 1
            }
        }
        return blocks
    }

    /// Every line that is furniture alone or opens a run of it: most lines are told by one lookup.
    private static let allLabels = newsletterOpening.union(newsletterClosing).union(advertisementLabels)

    /// The first letters of every label, lowercased.
    private static let firstLetters: Set<UInt8> = [UInt8(ascii: "a"), UInt8(ascii: "s"), UInt8(ascii: "c")]
}
