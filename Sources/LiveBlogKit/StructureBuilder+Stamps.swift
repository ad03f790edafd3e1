/// The lines other than time lines that stamp a post: on a page with no time lines, a date
/// alone, a match's minute (alone or before a title), a time before a title, a dotted time
/// alone or an `Updated` time; on a page that runs over days, a date heading a day.
extension StructureBuilder {
    /// A stamp that starts a post in a blog with no time lines: one with no time of day (a
    /// date alone, `12 Nov 2023`, or a match's minute, `43 min`), a time before the post's
    /// title (`10.05am Pickets at St Thomas'`), a 24-hour time with a stop and no zone
    /// (`12.40`), which alone could be a number, or a time the post was updated at (`Updated
    /// 7:42 p.m. ET, September 28, 2022`, as some US pages stamp every post), which among time
    /// lines is a post's foot or second line.
    enum LooseStamp {
        case untimed
        case titled(TimeOfDay.TimedTitle)
        case bare(TimeOfDay)
        /// A match's minute before the post's title (`78 min GOAL! Man City 3-1 Arsenal`).
        case minuteTitled(minute: String, joiner: String, title: String)
    }

    /// The loose stamp a line is, or nil.
    static func looseStamp(_ line: String) -> LooseStamp? {
        if TimeOfDay.isDateLine(line) || MatchMinute.shortForm(line) != nil { return .untimed }
        if let time = bareDottedTime(line) ?? PostLayout.updatedTime(line) { return .bare(time) }
        if let titled = MatchMinute.titled(line) { return .minuteTitled(minute: titled.minute, joiner: titled.joiner, title: titled.title) }
        return TimeOfDay.timedTitle(line).map(LooseStamp.titled)
    }

    /// `12.40`, `9.05`: an hour of the 24 and two digits of minutes after a stop, and nothing
    /// else on the line; nil for any other line.
    static func bareDottedTime(_ line: String) -> TimeOfDay? {
        // Told on its length before its bytes are copied: most lines are longer.
        guard line.utf8.count <= 16 else { return nil }
        let bytes = Array(line.trimmingWhitespace().utf8)
        guard bytes.count == 4 || bytes.count == 5, bytes[bytes.count - 3] == UInt8(ascii: "."),
              bytes.indices.allSatisfy({ $0 == bytes.count - 3 || AsciiLanes.isDigit(bytes[$0]) }) else { return nil }
        let digit = { (index: Int) in Int(bytes[index] - UInt8(ascii: "0")) }
        let hour = bytes.count == 5 ? digit(0) * 10 + digit(1) : digit(0)
        return TimeOfDay(hour: hour, minute: digit(bytes.count - 2) * 10 + digit(bytes.count - 1))
    }

    /// The lines to read again with loose stamps starting posts (`looseStampsStartPosts`), or
    /// nil: the header's, when no time line started a post and two loose stamps stand in it;
    /// the header's and the one post's, when that post's time line is the page's dateline
    /// and two loose stamps stand under it (`Sat 28 Jan 2023 14.55 GMT`, then `88 min`).
    func linesToReadWithLooseStamps(posts: [Post]) -> [SourceLine]? {
        guard !looseStampsStartPosts else { return nil }
        if posts.isEmpty {
            return header.count(where: { Self.looseStamp($0.text) != nil }) >= 2 ? header : nil
        }
        guard posts.count == 1, let lines = firstPostLines, lines.dropFirst().count(where: { Self.looseStamp($0.text) != nil }) >= 2
        else { return nil }
        return header + lines
    }

    /// A builder that has read `lines` with loose stamps starting posts.
    static func stampedReading(of lines: [SourceLine], repaired: Bool) -> StructureBuilder {
        var stamped = StructureBuilder(looseStampsStartPosts: true, repaired: repaired)
        for line in lines { stamped.add(line) }
        return stamped
    }

    /// What opens a line that labels a post's time (`Posted at 17:10`): under the time line
    /// `17:10` it repeats it (page furniture, kept as the post's second time line rather than
    /// taken for its title); with none above it, it is the post's time line.
    static let posted = Array("Posted ".utf8)
    static let postedLabels = ["Posted at ", "Posted "]
    /// `Just now`, a post's age as a page that shows its newest posts prints it (`RelativeTime`).
    static let justNow = Array("just now".utf8)

    /// The longest line, in bytes, read as a day's heading (`Wednesday 15 November 2023`).
    static let longestDayHeading = 40

    /// The longest line, in bytes, read as a time and a title (`PostLayout.isTitle` allows 90
    /// characters of title).
    static let longestTitledTimeLine = 400

    /// A line inside a post that is a time and a title (`3.15pm Picket at Addenbrooke's`) on a
    /// page that stamps posts alike, times alone for posts with no title: the time written as
    /// the current post's time line is (`4.50pm`, not `8am` or `1.30pm BST`, as a schedule
    /// inside a post may list times), and the words after it a title, not a sentence. Nil for
    /// any other line.
    func titledTimeLine(_ line: String) -> TimeOfDay.TimedTitle? {
        guard let time = current?.time, current?.minutesOfDay != nil else { return nil }
        return Self.titledTimeLine(line, writtenAs: time)
    }

    /// `line` read as a time and a title, the time written as `timeLine` is; else nil.
    static func titledTimeLine(_ line: String, writtenAs timeLine: String) -> TimeOfDay.TimedTitle? {
        guard let titled = TimeOfDay.timedTitle(line), timeShape(titled.timeText) == timeShape(timeLine),
              PostLayout.isTitle(titled.title, followedByText: true) else { return nil }
        return titled
    }

    /// How a time is written, its numbers aside: `9.9pm` for `4.50pm` and `12.05pm`, `9:9 bst`
    /// for `12:53 BST`.
    private static func timeShape(_ time: String) -> String {
        var shape = ""
        var afterDigit = false
        for character in time.trimmingWhitespace().lowercased() {
            let isDigit = character.isASCII && character.isNumber
            if !(isDigit && afterDigit) { shape.append(isDigit ? "9" : character) }
            afterDigit = isDigit
        }
        return shape
    }
}
