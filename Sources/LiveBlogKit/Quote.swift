/// Words a post puts in quotation marks, with who said them where the post says.
public struct Quote: Equatable, Sendable {
    /// The quoted words without their marks; a quote over several paragraphs has one line each.
    public var text: String {
        get { String(words) }
        set { words = newValue[...] }
    }
    /// The words as a slice: a quote within one paragraph shares its post's text rather than
    /// holding a copy (quotes are a quarter of a typical blog's words).
    private var words: Substring
    /// The speaker's full name, when the post names (or points back to) a person.
    public var speaker: String?
    /// The others who said it with the speaker, named after them (`X and Y said in a joint
    /// statement`): empty for most quotes.
    public var coSpeakers: [String] {
        get { otherSpeakers?.split(separator: "\n").map(String.init) ?? [] }
        set { otherSpeakers = newValue.isEmpty ? nil : newValue.joined(separator: "\n") }
    }
    /// `coSpeakers`, one a line: an optional string, which most quotes copy as nil, where an
    /// array would be counted at every copy.
    private var otherSpeakers: String?
    /// How the post describes an unnamed speaker (`one person`, `a runner`).
    public var attribution: String?
    /// A short scare quote inside a sentence (`“honest broker”`), not a statement.
    public var isFragment: Bool
    /// False when the quote was cut off: the post ended before a closing mark.
    public var isClosed: Bool
    /// Indices into the post's paragraphs of the first and last paragraph the quote spans.
    public var paragraphs: ClosedRange<Int> {
        get { Int(firstParagraph)...Int(lastParagraph) }
        set {
            firstParagraph = Int32(clamping: newValue.lowerBound)
            lastParagraph = Int32(clamping: newValue.upperBound)
        }
    }
    // In 32 bits each: a blog holds a quote for every few lines.
    private var firstParagraph: Int32
    private var lastParagraph: Int32

    public init(
        text: String, speaker: String? = nil, attribution: String? = nil, isFragment: Bool,
        isClosed: Bool = true, paragraphs: ClosedRange<Int>
    ) {
        self.init(words: text[...], speaker: speaker, attribution: attribution, isFragment: isFragment, isClosed: isClosed, paragraphs: paragraphs)
    }

    init(
        words: Substring, speaker: String? = nil, attribution: String? = nil, isFragment: Bool,
        isClosed: Bool = true, paragraphs: ClosedRange<Int>
    ) {
        self.words = words
        self.speaker = speaker
        self.attribution = attribution
        self.isFragment = isFragment
        self.isClosed = isClosed
        self.firstParagraph = Int32(clamping: paragraphs.lowerBound)
        self.lastParagraph = Int32(clamping: paragraphs.upperBound)
    }

    /// Whether a list of the post's quotes shows it: a whole statement, or words quoted in part
    /// whose speaker is known; a scare quote in the blog's own words is not.
    public var isListed: Bool { !isFragment || speaker != nil }

    /// The quote as a list of quotes shows it: in its marks, its paragraphs joined by
    /// `paragraphJoiner`, words quoted in part shown as a part (`“…not right…”`; one that ends
    /// its sentence, as American style puts the stop inside the marks, `“…an act of pure
    /// evil.”`), and one cut off ending in `…`.
    public func listed(joiningParagraphsWith paragraphJoiner: String) -> String {
        let part = isFragment ? "…" : ""
        let partEnds = isFragment && !(words.last.map { ".!?".contains($0) } ?? false) ? "…" : ""
        return "“" + part + words.split(separator: "\n").joined(separator: paragraphJoiner) + partEnds + (isClosed ? "”" : "…")
    }
}
