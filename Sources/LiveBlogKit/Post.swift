/// One timestamped entry of a live blog, as written and with what was extracted from it.
///
/// A post is 64 bytes however much it says: its paragraphs are one string (joined by line
/// breaks, which no paragraph holds) rather than a string each; what most posts lack (labels
/// such as a title or byline) and what extraction adds (quotes, people, hospitals…) each live
/// in one shared, immutable box, made only when there is something to hold; its id and the
/// zone of its time, both derived from its text, are worked out when asked for. A blog of a
/// million one-line posts would otherwise cost over 200 bytes a post before a word of its
/// text, and every paragraph some 50 bytes besides its own.
public struct Post: Equatable, Sendable, Identifiable {
    /// The time line as written (`12.53pm BST`).
    public var time: String
    /// The paragraphs, joined by line breaks.
    private(set) var body: String = ""
    private(set) var labels: Box<Labels>?
    private var extracted: Box<Extraction>?
    /// How many paragraphs `body` holds (an empty body may hold one empty paragraph).
    public private(set) var paragraphCount: Int32 = 0
    private var storedDayOffset: Int32 = 0
    /// Which id the post has: 0 none; 1 its content id; n > 1 its content id and `-n`; -1
    /// `pinned-` and its content id; -2 another, kept with the labels.
    private var idForm: Int32 = 0
    /// Minutes after midnight of the time line, or -1 when it names no time of day.
    private var storedMinutes: Int16 = -1

    /// Stable across re-reads: derived from the post's own time and opening text, and
    /// disambiguated counting from the oldest post, so posts added on top change no id.
    public var id: String {
        get {
            switch idForm {
            case 0: return ""
            case -1: return "pinned-" + PostID.make(for: self)
            case -2: return labels?.value.otherID ?? ""
            default: return PostID.repeated(PostID.make(for: self), ordinal: Int(idForm))
            }
        }
        set {
            var other: String?
            let base = newValue.isEmpty ? "" : PostID.make(for: self)
            if newValue.isEmpty {
                idForm = 0
            } else if newValue == base {
                idForm = 1
            } else if newValue == "pinned-" + base {
                idForm = -1
            } else if newValue.hasPrefix(base + "-"), let ordinal = Int32(newValue.dropFirst(base.count + 1)), ordinal > 1,
                      newValue == base + "-" + String(ordinal) {
                idForm = ordinal
            } else {
                idForm = -2
                other = newValue
            }
            if other != labels?.value.otherID { updateLabels { $0.otherID = other } }
        }
    }

    /// Gives the post its content id, the `repeat`-th of that id counting from the oldest post
    /// (the first keeps it bare, later ones get `-2`, `-3`…), without working the id out.
    mutating func setContentID(repeat ordinal: Int) {
        idForm = Int32(clamping: max(1, ordinal))
    }

    /// Gives the post the id of the post a page pins: `pinned-` and its content id.
    mutating func setPinnedID() {
        idForm = -1
    }

    /// The time of day the time line names, when it could be read.
    public var timeOfDay: TimeOfDay? {
        get {
            guard storedMinutes >= 0 else { return nil }
            let zone = labels?.value.otherZone ?? TimeOfDay.parseLine(time)?.zone
            return TimeOfDay(minutes: Int(storedMinutes), zone: zone)
        }
        set {
            storedMinutes = newValue.map { Int16(clamping: $0.minutes) } ?? -1
            let zone: String?? = newValue.map(\.zone) == TimeOfDay.parseLine(time)?.zone ? nil : .some(newValue?.zone)
            if zone != labels?.value.otherZone { updateLabels { $0.otherZone = zone } }
        }
    }

    /// The minutes of `timeOfDay`, without working out its zone.
    var minutesOfDay: Int? { storedMinutes >= 0 ? Int(storedMinutes) : nil }

    /// Days after the oldest post's day: a newest-first blog that crosses midnight has
    /// posts with offset 1 above posts with offset 0.
    public var dayOffset: Int {
        get { Int(storedDayOffset) }
        set { storedDayOffset = Int32(clamping: newValue) }
    }

    public init(
        id: String = "", time: String, secondaryTime: String? = nil, timeOfDay: TimeOfDay? = nil,
        dayOffset: Int = 0, keyEventLabel: String? = nil, title: String? = nil,
        byline: String? = nil, bylineRole: String? = nil, updated: String? = nil, paragraphs: [String] = [],
        quotes: [Quote] = [], people: [String] = [], reporters: [String] = [],
        hospitals: [String] = [], tweets: [Tweet] = [], links: [String] = [], hashtags: [String] = []
    ) {
        self.time = time
        self.dayOffset = dayOffset
        self.paragraphs = paragraphs
        setLabels(Labels(secondaryTime: secondaryTime, keyEventLabel: keyEventLabel, title: title, byline: byline, bylineRole: bylineRole,
                         updated: updated))
        setExtraction(Extraction(quotes: quotes, people: people, reporters: reporters, hospitals: hospitals,
                                 tweets: tweets, links: links, hashtags: hashtags))
        // Derived from the text: set once the text is in place.
        self.timeOfDay = timeOfDay
        self.id = id
    }

    /// The post a time line starts, its time of day read from that line already (the zone is
    /// the line's own, so the line is not read again to tell), or none when the line gives
    /// none (`Posted 2h ago`, `12 Nov 2023`).
    init(timeLine: String, timeOfDay: TimeOfDay?) {
        time = timeLine
        storedMinutes = timeOfDay.map { Int16(clamping: $0.minutes) } ?? -1
    }

    /// Replaces every label at once (one box, not one per label).
    mutating func setLabels(_ new: Labels) {
        labels = new.isEmpty ? nil : Box(new)
    }

    /// Replaces everything extraction found at once, each list in storage of its exact size
    /// (a list grown by appending keeps up to twice the room it needs, for the blog's life).
    mutating func setExtraction(_ new: Extraction) {
        extracted = Self.packed(new)
    }

    /// Replaces everything extraction found with what `packed` made of it.
    mutating func setExtraction(packed: Box<Extraction>?) {
        extracted = packed
    }

    /// What extraction found, as a post holds it: nothing when there is nothing.
    static func packed(_ new: Extraction) -> Box<Extraction>? {
        guard !new.isEmpty else { return nil }
        return Box(Extraction(quotes: new.quotes.compacted(), people: new.people.compacted(), reporters: new.reporters.compacted(),
                              hospitals: new.hospitals.compacted(), tweets: new.tweets.compacted(), links: new.links.compacted(),
                              hashtags: new.hashtags.compacted()))
    }

    mutating func updateLabels(_ change: (inout Labels) -> Void) {
        var new = labels?.value ?? Labels()
        change(&new)
        setLabels(new)
    }

    private mutating func updateExtraction(_ change: (inout Extraction) -> Void) {
        var new = extracted?.value ?? Extraction()
        change(&new)
        setExtraction(new)
    }

    /// The body, one entry per source line, as written.
    public var paragraphs: [String] {
        get { paragraphSlices.map(String.init) }
        set {
            body = PostBody.joined(newValue)
            paragraphCount = Int32(clamping: newValue.count)
        }
    }

    /// Sets the paragraphs from a body that holds them joined by line breaks already.
    mutating func setBody(_ joined: String, paragraphCount count: Int) {
        body = joined
        paragraphCount = Int32(clamping: count)
    }

    /// The paragraphs as slices of one string, without copying them out.
    public var paragraphSlices: [Substring] {
        PostBody.paragraphs(of: body, count: paragraphCount)
    }

    /// The first paragraph's first `characters` characters, read without going further: a
    /// timeline row shows this much of a post, however long its paragraph.
    public func opening(characters: Int) -> Substring? {
        guard paragraphCount > 0 else { return nil }
        // Scalars first (a bound on the bytes read), then whole characters.
        let scalars = body.unicodeScalars.prefix(characters * 4).prefix { $0 != "\n" }
        return Substring(scalars).prefix(characters)
    }

    /// Quotes, full and fragments, in reading order.
    public var quotes: [Quote] {
        get { extracted?.value.quotes ?? [] }
        set { updateExtraction { $0.quotes = newValue } }
    }
    /// Full names of the people the post names, reporters excluded, in reading order.
    public var people: [String] {
        get { extracted?.value.people ?? [] }
        set { updateExtraction { $0.people = newValue } }
    }
    /// Reporters the post names.
    public var reporters: [String] {
        get { extracted?.value.reporters ?? [] }
        set { updateExtraction { $0.reporters = newValue } }
    }
    /// Canonical names of the hospitals the post mentions, in reading order.
    public var hospitals: [String] {
        get { extracted?.value.hospitals ?? [] }
        set { updateExtraction { $0.hospitals = newValue } }
    }
    /// Paragraphs that were tweets.
    public var tweets: [Tweet] {
        get { extracted?.value.tweets ?? [] }
        set { updateExtraction { $0.tweets = newValue } }
    }
    /// Every URL in the post, tweet links included.
    public var links: [String] {
        get { extracted?.value.links ?? [] }
        set { updateExtraction { $0.links = newValue } }
    }
    /// Every hashtag in the post, with its `#`.
    public var hashtags: [String] {
        get { extracted?.value.hashtags ?? [] }
        set { updateExtraction { $0.hashtags = newValue } }
    }

    /// Whether the post was marked as a key event.
    public var isKeyEvent: Bool { keyEventLabel != nil }

    /// Whether the post has no text besides its time (a photo or video that did not survive).
    public var isEmpty: Bool { title == nil && paragraphCount == 0 }

    /// Quotes that are whole statements rather than scare-quoted fragments.
    public var fullQuotes: [Quote] { quotes.filter { !$0.isFragment } }

    /// The quotes a reader lists with their speakers: every whole statement, and each fragment
    /// whose speaker is known (someone's words quoted in part: `said it was “not right”`); a
    /// quote repeated by the same speaker (a tweet of what a paragraph quotes) is listed once.
    public var listedQuotes: [Quote] {
        var seen: Set<String> = []
        return quotes.filter { quote in
            guard quote.isListed else { return false }
            let words = quote.text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
            return seen.insert((quote.speaker ?? quote.attribution ?? "") + "|" + words).inserted
        }
    }

    /// Minutes since the oldest post's midnight: the order of posts in time.
    public var sortKey: Int? {
        minutesOfDay.map { dayOffset * 24 * 60 + $0 }
    }
}
