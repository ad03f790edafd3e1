/// Reads the labelled lines a post may open or close with — key-event label, title, byline,
/// `Updated at` — and leaves the rest as paragraphs.
struct PostLayout {
    /// The labels read (all but the time lines', which the structure reads).
    var labels = Post.Labels()
    /// Which of the lines are the post's paragraphs: all but the labels, and but
    /// `furnitureLines` within them.
    var paragraphLines: Range<Int>
    /// The runs of lines among `paragraphLines` that are page furniture (`InlineFurniture`).
    var furnitureLines: [Range<Int>] = []

    /// - Parameter hasTitle: whether the post's title was printed on its time line, so that
    ///   no line below is taken for one.
    init(lines: [Substring], hasTitle: Bool = false) {
        paragraphLines = lines.indices
        var body = lines.indices
        if let first = body.first, PageFurniture.isLabel(lines[first], in: PageFurniture.keyEventLabels) {
            labels.keyEventLabel = String(lines[first])
            body = body.dropFirst()
        }
        // The Guardian's pages of late print `Updated at` under the time, not at the foot.
        if let first = body.first, Self.isUpdatedLine(lines[first]) {
            labels.updated = String(lines[first])
            labels.updatedOpensPost = true
            body = body.dropFirst()
        }
        if !readWritersLines(lines, &body), !hasTitle, !readNameAboveTitle(lines, &body), let first = body.first,
           !Self.isByline(lines[first]), Self.isTitle(lines[first], followedByText: body.count > 1),
           InlineFurniture.blocks(in: lines, range: first..<first + 1).isEmpty {
            labels.title = String(lines[first])
            body = body.dropFirst()
        }
        if labels.byline == nil, let first = body.first, Self.isByline(lines[first]) {
            labels.byline = String(lines[first])
            body = body.dropFirst()
        } else if labels.byline == nil, !readWritersLines(lines, &body), hasTitle || labels.title != nil,
                  body.count >= 2, Self.isSigningName(lines[body.lowerBound]), Self.endsAsSentence(lines[body.lowerBound + 1]) {
            // `Downing Street rejects calls…`, `Pippa Crerar`, then the text: under a title, a
            // name alone on its line signs the post.
            labels.byline = String(lines[body.lowerBound])
            body = body.dropFirst()
        }
        if labels.updated == nil, let last = body.last, Self.isUpdatedLine(lines[last]) {
            labels.updated = String(lines[last])
            body = body.dropLast()
        }
        // `Share`, `Facebook`, `Twitter` under the text: the page's buttons, no paragraph.
        var furniture = body.upperBound
        while furniture > body.lowerBound + 1, PageFurniture.isShareButton(lines[furniture - 1]) { furniture -= 1 }
        if furniture < body.upperBound {
            labels.furniture = lines[furniture..<body.upperBound].joined(separator: "\n")
            body = body.lowerBound..<furniture
        }
        // `By Jessica Riga` under the text, as ABC's pages sign a post at its foot, or `—
        // Patricia Mazzei`, as the New York Times does.
        if labels.byline == nil, body.count >= 2, let last = body.last, Self.isByline(lines[last]) || Self.signOffNames(lines[last]) != nil {
            labels.byline = String(lines[last])
            labels.bylineClosesPost = true
            body = body.dropLast()
        }
        paragraphLines = body
        readInlineFurniture(lines)
    }

    /// Takes the page furniture between the paragraphs (`InlineFurniture`), each run with the
    /// paragraph it stands before.
    private mutating func readInlineFurniture(_ lines: [Substring]) {
        furnitureLines = InlineFurniture.blocks(in: lines, range: paragraphLines)
        guard !furnitureLines.isEmpty else { return }
        var paragraphsBefore = 0
        var previousEnd = paragraphLines.lowerBound
        labels.inlineFurniture = furnitureLines.map { block in
            paragraphsBefore += block.lowerBound - previousEnd
            previousEnd = block.upperBound
            return InlineFurniture(beforeParagraph: paragraphsBefore, lines: lines[block].map(String.init))
        }
    }

    /// Takes a writer's name and role, each on a line of its own (`Nick Triggle`, then `Health
    /// correspondent`), when they open `body` above the post's text; true when it did.
    @discardableResult
    private mutating func readWritersLines(_ lines: [Substring], _ body: inout Range<Int>) -> Bool {
        guard body.count >= 3, Self.isWritersName(lines[body.lowerBound]), Self.isWritersRole(lines[body.lowerBound + 1]) else { return false }
        labels.byline = String(lines[body.lowerBound])
        labels.bylineRole = String(lines[body.lowerBound + 1])
        body = body.dropFirst(2)
        return true
    }

    /// Takes a writer's bare name and the post's title below it (`Denis Campbell`, then
    /// `Guy’s and St Thomas’ says it is coping`), when a sentence follows them; true when it did.
    /// The line below the name must be a heading of four words or more: a short one may say who
    /// the named person is (`Boris Johnson`, then `Prime minister`).
    private mutating func readNameAboveTitle(_ lines: [Substring], _ body: inout Range<Int>) -> Bool {
        guard body.count >= 3 else { return false }
        let name = lines[body.lowerBound], title = lines[body.lowerBound + 1]
        guard Self.isSigningName(name), Self.isTitle(title, followedByText: true),
              title.split(whereSeparator: { $0.isWhitespace }).count >= 4, Self.endsAsSentence(lines[body.lowerBound + 2])
        else { return false }
        labels.byline = String(name)
        labels.bylineAboveTitle = true
        labels.title = String(title)
        body = body.dropFirst(2)
        return true
    }

    /// Whether a line ends as a sentence does (`.`, `!`, `?`, or a closing double quote).
    static func endsAsSentence(_ line: Substring) -> Bool {
        guard let last = line.trimmedOfWhitespace().last else { return false }
        return ".!?”\"".contains(last)
    }

    /// `By Damien Gayle`, `By Denis Campbell, health policy editor`: `By` and up to eight
    /// capitalised words (or `and`, `&`, `in`, `of`), then, after a comma, a short description
    /// that ends no sentence.
    static func isByline(_ line: Substring) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        // Its first word is `By`: most lines are ruled out on their first two letters (a line
        // opening with white space beyond ASCII is left to the full reading).
        guard let start = line.utf8.firstIndex(where: { !AsciiLanes.isSpace($0) }) else { return false }
        let first = line.utf8[start]
        guard first >= 0x80 || first == UInt8(ascii: "B") && line.utf8[start...].starts(with: "By".utf8)
                || first == UInt8(ascii: "F") && line.utf8[start...].starts(with: "From ".utf8) else { return false }
        let trimmed = line.trimmingWhitespace()
        if let names = namesFromNewsroom(trimmed) { return !names.isEmpty }
        guard let (_, description) = bylineWords(trimmed[...]) else { return false }
        guard let description else { return true }
        guard let last = trimmed.last else { return false }
        return !description.isEmpty && description.count <= 8 && !".!?:;\"”".contains(last)
    }

    /// A line that is a writer's name alone: two to four capitalised words of letters (and
    /// `-`, `’`, `'`), maybe with a middle initial (`Tori B. Powell`), as the BBC heads a post
    /// with it above the writer's role.
    static func isWritersName(_ line: Substring) -> Bool {
        // On the bytes first: most lines are long, or hold a digit or a mark no name holds.
        guard line.utf8.count <= 40, let first = line.utf8.first, first &- 0x41 < 26 || first >= 0x80,
              line.utf8.allSatisfy({ byte in
                  byte >= 0x80 || AsciiLanes.isLetter(byte) || byte == 0x20 || byte == 0x2D || byte == 0x27 || byte == 0x2E
              })
        else { return false }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        return (2...4).contains(words.count) && words.indices.allSatisfy { index in
            let word = words[index]
            if word.count == 2, word.last == ".", word.first?.isUppercase == true { return index > 0 && index < words.count - 1 }
            return word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" }
        }
    }

    /// The names of `From CNN’s Sara Smart and Jason Hanna`, as CNN heads a post: nil when the
    /// line does not open with `From` and a newsroom's possessive, none when what follows is
    /// not a list of writers' names.
    private static func namesFromNewsroom(_ line: String) -> [String]? {
        guard line.hasPrefix("From "), let space = line.dropFirst(5).firstIndex(of: " ") else { return nil }
        let possessive = line[line.index(line.startIndex, offsetBy: 5)..<space]
        guard let newsroom = ["’s", "'s"].lazy.compactMap({ possessive.hasSuffix($0) ? possessive.dropLast(2) : nil }).first,
              isNewsroom(String(newsroom)) else { return nil }
        return bareNames(line[line.index(after: space)...].trimmingWhitespace())
    }

    /// A line that is a person's name alone: a writer's name (`isWritersName`) with none of the
    /// words a title has and no name has (`Evening Summary`, `Breaking News`, `Key Events`).
    static func isBareName(_ line: String) -> Bool {
        isBareName(line[...])
    }

    /// `isBareName` of a slice.
    static func isBareName(_ line: Substring) -> Bool {
        isWritersName(line) && !line.split(whereSeparator: { $0.isWhitespace }).contains { Vocabulary.nonNameWords.contains($0.lowercased()) }
    }

    /// A writer's role on a line of its own (`Health correspondent`, `Live page editor`,
    /// `Reporting from Kyiv`): a few words, no sentence, naming a newsroom's job.
    static func isWritersRole(_ line: Substring) -> Bool {
        guard line.utf8.count <= 60, let last = line.last, !sentenceEnds.contains(last) else { return false }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard (1...6).contains(words.count), let lastWord = words.last else { return false }
        return Vocabulary.newsroomRoles.contains(lastWord) || (words.count >= 3 && words[0] == "Reporting" && words[1] == "from")
    }

    /// The names a byline gives (`By Jo Bloggs and Sam Smith in Leeds, political editors` →
    /// `Jo Bloggs`, `Sam Smith`): its capitalised words before any place or description; a
    /// byline that is a name alone (`Nick Triggle`) is that name.
    static func bylineNames(_ byline: String) -> [String] {
        let trimmed = byline.trimmingWhitespace()
        if let names = namesFromNewsroom(trimmed) ?? signOffNames(trimmed[...]) { return names }
        if !trimmed.hasPrefix("By "), isWritersName(trimmed[...]) { return [trimmed] }
        // `Eleanor Ainge Roy in Christchurch`, signing a post: the writer, not where.
        if !trimmed.hasPrefix("By "), let name = nameBeforePlace(trimmed) { return [name] }
        guard let (words, _) = bylineWords(trimmed[...]) else { return [] }
        let named = words.prefix { $0 != "in" && $0 != "of" }
        return named.split(whereSeparator: { $0 == "and" || $0 == "&" }).map { $0.joined(separator: " ") }
    }

    /// A byline's words after `By` and before any comma, and those after the comma (nil when
    /// it has none); nil when the line is not shaped as a byline: `By` and one to eight
    /// capitalised words, or `and`, `&`, `in`, `of`, before the comma.
    private static func bylineWords(_ trimmed: Substring) -> (names: ArraySlice<Substring>, description: [Substring]?)? {
        let parts = trimmed.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let words = parts[0].split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, words.count <= 9, words[0] == "By" else { return nil }
        let names = words.dropFirst()
        guard names.allSatisfy({ word in
            word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false || ["and", "&", "in", "of"].contains(word)
        }) else { return nil }
        return (names, parts.count == 2 ? parts[1].split(whereSeparator: { $0.isWhitespace }) : nil)
    }

    /// `Updated at 10.02am BST`.
    static func isUpdatedLine(_ line: Substring) -> Bool {
        updatedTime(line) != nil
    }

    /// The time an `Updated at 10.02am BST` line gives, or nil for any other line.
    static func updatedTime<Line: StringProtocol>(_ line: Line) -> TimeOfDay? {
        guard line.unicodeScalars.first(where: { !$0.isWhitespaceFast }) == "U" else { return nil }
        return TimeOfDay.parseLabelledLine(line, labels: ["Updated at ", "Updated "])
    }
}
