/// One timestamped entry of a live blog, as written and with what was extracted from it.
public struct Post: Equatable, Sendable, Identifiable {
    /// Stable across re-reads: derived from the post's own time and opening text, and
    /// disambiguated counting from the oldest post, so posts added on top change no id.
    public var id: String
    /// The time line as written (`12.53pm BST`).
    public var time: String
    /// A second time line that repeats the first in 24-hour form (`05:19`), as written.
    public var secondaryTime: String?
    /// The time of day the time line names, when it could be read.
    public var timeOfDay: TimeOfDay?
    /// Days after the oldest post's day: a newest-first blog that crosses midnight has
    /// posts with offset 1 above posts with offset 0.
    public var dayOffset: Int
    /// A `Key event` label line, when the post had one.
    public var keyEventLabel: String?
    /// A short heading line (`Summary`, `Afternoon summary`).
    public var title: String?
    /// A `By …` line.
    public var byline: String?
    /// An `Updated at 10.02am BST` line, as written.
    public var updated: String?
    /// The body, one entry per source line, as written.
    public var paragraphs: [String]
    /// Quotes, full and fragments, in reading order.
    public var quotes: [Quote]
    /// Full names of the people the post names, reporters excluded, in reading order.
    public var people: [String]
    /// Reporters the post names.
    public var reporters: [String]
    /// Canonical names of the hospitals the post mentions, in reading order.
    public var hospitals: [String]
    /// Paragraphs that were tweets.
    public var tweets: [Tweet]
    /// Every URL in the post, tweet links included.
    public var links: [String]
    /// Every hashtag in the post, with its `#`.
    public var hashtags: [String]

    public init(
        id: String = "", time: String, secondaryTime: String? = nil, timeOfDay: TimeOfDay? = nil,
        dayOffset: Int = 0, keyEventLabel: String? = nil, title: String? = nil,
        byline: String? = nil, updated: String? = nil, paragraphs: [String] = [],
        quotes: [Quote] = [], people: [String] = [], reporters: [String] = [],
        hospitals: [String] = [], tweets: [Tweet] = [], links: [String] = [], hashtags: [String] = []
    ) {
        self.id = id
        self.time = time
        self.secondaryTime = secondaryTime
        self.timeOfDay = timeOfDay
        self.dayOffset = dayOffset
        self.keyEventLabel = keyEventLabel
        self.title = title
        self.byline = byline
        self.updated = updated
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.people = people
        self.reporters = reporters
        self.hospitals = hospitals
        self.tweets = tweets
        self.links = links
        self.hashtags = hashtags
    }

    /// Whether the post was marked as a key event.
    public var isKeyEvent: Bool { keyEventLabel != nil }

    /// Whether the post has no text besides its time (a photo or video that did not survive).
    public var isEmpty: Bool { title == nil && paragraphs.isEmpty }

    /// Quotes that are whole statements rather than scare-quoted fragments.
    public var fullQuotes: [Quote] { quotes.filter { !$0.isFragment } }

    /// Minutes since the oldest post's midnight: the order of posts in time.
    public var sortKey: Int? {
        timeOfDay.map { dayOffset * 24 * 60 + $0.minutes }
    }

    /// The source lines this post holds, in source order.
    public var sourceLines: [String] {
        var lines = [time]
        if let secondaryTime { lines.append(secondaryTime) }
        if let keyEventLabel { lines.append(keyEventLabel) }
        if let title { lines.append(title) }
        if let byline { lines.append(byline) }
        lines += paragraphs
        if let updated { lines.append(updated) }
        return lines
    }
}
