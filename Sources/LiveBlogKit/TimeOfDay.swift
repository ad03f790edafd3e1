/// A time of day read from a time line: minutes after midnight and the zone as written.
public struct TimeOfDay: Equatable, Hashable, Sendable, Comparable {
    /// 0 ..< 1440.
    public var minutes: Int {
        get { Int(storedMinutes) }
        set { storedMinutes = Int16(clamping: newValue) }
    }
    /// `BST`, `GMT`, or nil when the line named none.
    public var zone: String?
    /// Minutes in two bytes, so that a post (which holds a time) stays small.
    private var storedMinutes: Int16

    public init(minutes: Int, zone: String? = nil) {
        self.storedMinutes = Int16(clamping: minutes)
        self.zone = zone
    }

    public init?(hour: Int, minute: Int, zone: String? = nil) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(minutes: hour * 60 + minute, zone: zone)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `09:41`, the 24-hour form.
    public var twentyFourHour: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// `3:45pm`, `9am`, `12:30am`: the twelve-hour form, minutes only when there are some.
    public var twelveHour: String {
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return String(twelve) + (minute == 0 ? "" : ":" + (minute < 10 ? "0" : "") + String(minute)) + (hour < 12 ? "am" : "pm")
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    /// Reads a whole line as a time: `12.53pm BST`, `9.41am GMT`, `19.30 GMT` (with a
    /// no-break space or not), `18:00`, and as American pages write it, `3:45 p.m. ET`, `9 a.m.`,
    /// `2:10 PM EDT, Sept. 28, 2022` and `Sept. 28, 2022, 3:45 p.m. ET` (the date is passed
    /// over), and with the zone in brackets, `14:35 (IST)`. Nil when the line is anything else.
    public static func parseLine<S: StringProtocol>(_ line: S) -> TimeOfDay? {
        scanning(line) { $0.scanTimeLine() }
    }

    /// A time a line opens with before its title (`10.05am Pickets at St Thomas'`, `9.30am –
    /// Strike begins`), as some pages head each post with its time and title on one line.
    struct TimedTitle: Equatable {
        var time: TimeOfDay
        /// The time as written (`10.05am`, `10:05 a.m. ET`).
        var timeText: String
        /// What stands between the time and the title: a space, or a dash or colon and spaces.
        var joiner: String
        var title: String
    }

    /// The time a line opens with and the title after it; nil for a line that is a time alone,
    /// or opens with none.
    static func timedTitle(_ line: String) -> TimedTitle? {
        // The longest opening that reads as a time (`10:05 a.m. ET`), words after it.
        guard let split = StampedTitle.split(line, maxWords: 4, stamp: { parseLine($0) }) else { return nil }
        return TimedTitle(time: split.stamp, timeText: split.stampText, joiner: split.joiner, title: split.title)
    }

    /// The month and, when it gives one, the day of the date a time line carries (`Wed 15 Nov
    /// 2023 23.40 GMT`, `2023-11-15T23:40`); nil for a time line with none, or another line.
    static func dateOfTimeLine<S: StringProtocol>(_ line: S) -> (day: Int?, month: Int)? {
        scanning(line) { scanner -> (day: Int?, month: Int)? in
            guard scanner.scanTimeLine() != nil, let month = scanner.month else { return nil }
            return (scanner.day, month)
        }
    }

    /// Whether a line is a date alone (`12 Nov 2023`, `Sunday 12 November`): what some pages
    /// stamp their posts with instead of a time.
    static func isDateLine<S: StringProtocol>(_ line: S) -> Bool {
        dateOfLine(line) != nil
    }

    /// The month and, when it gives one, the day of a line that is a date alone (`isDateLine`).
    static func dateOfLine<S: StringProtocol>(_ line: S) -> (day: Int?, month: Int)? {
        scanning(line) { $0.scanDateLine() }
    }

    /// What `scan` reads of a short line's scalars; nil for a line that opens with neither a
    /// digit nor a capital, or is longer than a time line can be.
    private static func scanning<S: StringProtocol, Found>(_ line: S, _ scan: (inout TimeScanner) -> Found?) -> Found? {
        // Nearly every line is prose: reject on its first visible character before collecting.
        guard let first = line.unicodeScalars.first(where: { !$0.isWhitespaceFast }),
              first.isASCIIDigit || first.value &- 0x41 < 26 || first == "[" else { return nil }
        // A time line is short: its scalars are gathered on the stack, not in an array.
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: longestTimeLine) { buffer -> Found? in
            var count = 0
            for scalar in line.unicodeScalars {
                guard count < longestTimeLine else { return nil }
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
            var scanner = TimeScanner(UnsafeBufferPointer(rebasing: buffer[..<count]))
            return scan(&scanner)
        }
    }
}

extension TimeOfDay {
    /// Reads a line that labels a time (`Updated at 10.02am BST`, `Posted at 17:10`): the time
    /// after the first of `labels` the line opens with, past white space. Nil when it opens with
    /// none of them, or no time follows.
    static func parseLabelledLine<S: StringProtocol>(_ line: S, labels: [String]) -> TimeOfDay? {
        let trimmed = line.trimmingWhitespace()
        guard let label = labels.first(where: { trimmed.hasPrefix($0) }) else { return nil }
        return parseLine(trimmed.dropFirst(label.count))
    }

    /// The most scalars a time line has, white space included: `parseLine` reads no longer line.
    static var longestTimeLine: Int { 56 }

    /// False for a line's bytes that `parseLine` would surely read as no time: longer than
    /// `longestTimeLine` scalars can be, or opening (past ASCII white space) with an ASCII byte
    /// that is no digit or `[`, unless a month's or a weekday's name opens it (`Sept. 28, 2022,
    /// 3:45 p.m. ET`, `Tue 4 Jun 2019 10.05 BST`). A line opening with a byte beyond ASCII (which
    /// may be a no-break space) is left to `parseLine`. Lets most lines be told from a time
    /// without being decoded.
    static func mayBeTimeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A scalar takes at most four bytes.
        guard bytes.count <= 4 * longestTimeLine else { return false }
        for (index, byte) in bytes.enumerated() where !AsciiLanes.isSpace(byte) {
            guard byte >= 0x80 || AsciiLanes.isDigit(byte) || byte == UInt8(ascii: "[")
                    || (byte &- 0x41 < 26 && opensWithDateWord(bytes[index...])) else {
                return false
            }
            return bytes.count <= longestTimeLine || scalarCount(bytes) <= longestTimeLine
        }
        return true
    }

    /// Whether bytes open as a clock time does: one or two digits, then `.`, `:` or `h` and a
    /// digit (`4.50pm`, `10:05`, `13h05`), or `am` or `pm`, maybe after a space and with
    /// stops (`9am`, `9 a.m.`). Lets a long line a number opens (`78% of…`, `10 people…`) be
    /// told from a time and a title without being decoded.
    static func opensWithClock(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, index < 2, AsciiLanes.isDigit(bytes[index]) { index += 1 }
        guard index > 0, index + 1 < bytes.count else { return false }
        let mark = bytes[index]
        if mark == UInt8(ascii: ".") || mark == UInt8(ascii: ":") || mark == UInt8(ascii: "h") { return AsciiLanes.isDigit(bytes[index + 1]) }
        if mark == UInt8(ascii: " "), index + 2 < bytes.count { index += 1 }
        let letter = bytes[index] | 0x20
        return (letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p"))
            && (bytes[index + 1] | 0x20 == UInt8(ascii: "m") || bytes[index + 1] == UInt8(ascii: "."))
    }

    /// How many scalars UTF-8 bytes hold: the bytes that continue none.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether a month's or a weekday's name, whole or cut short (`Sep`, `Sept.`, `September`,
    /// `Tue`), or a word that may open a time line (`Today`, `Yesterday`, `UPDATE`), opens these
    /// bytes, then white space, a comma, a colon (or a byte beyond ASCII, which may be a no-break
    /// space): not `Junior` or `Mayor`.
    private static func opensWithDateWord(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let letters = bytes.prefix { AsciiLanes.isLetter($0) }
        var after = letters.endIndex
        if after < bytes.endIndex, bytes[after] == UInt8(ascii: ".") { after += 1 }
        guard after < bytes.endIndex, bytes[after] >= 0x80 || AsciiLanes.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ",")
                || bytes[after] == UInt8(ascii: ":") else {
            return false
        }
        return isName(letters, among: monthNames) || isName(letters, among: weekdayNames)
            || (5...9).contains(letters.count) && isTimeLineOpener(letters)
    }

    /// Words a time line may open with besides a date, in lower case: a day said relatively
    /// (`Yesterday 22:15`), or the label of a post as US local news pages head theirs (`UPDATE
    /// 4:35 p.m.`).
    private static let timeLineOpeners: [[UInt8]] = ["today", "yesterday", "update"].map { Array($0.utf8) }

    /// Whether ASCII letters, in any case, are one of `timeLineOpeners`, whole.
    static func isTimeLineOpener<Letters: Collection>(_ letters: Letters) -> Bool where Letters.Element == UInt8 {
        timeLineOpeners.contains { $0.count == letters.count && $0.elementsEqual(letters.lazy.map { $0 | 0x20 }) }
    }

    /// Whether ASCII letters, in any case, are one of `names` or its first three letters or
    /// more: `Sept`, `September`, `Tue`; not `Marching`, `Ma`.
    static func isName<Letters: Collection>(_ letters: Letters, among names: [[UInt8]]) -> Bool where Letters.Element == UInt8 {
        nameIndex(letters, among: names) != nil
    }

    /// Which of `names` the letters are, as `isName` reads them.
    static func nameIndex<Letters: Collection>(_ letters: Letters, among names: [[UInt8]]) -> Int? where Letters.Element == UInt8 {
        guard (3...9).contains(letters.count) else { return nil }
        return names.firstIndex { name in
            guard name.count >= letters.count else { return false }
            var offset = 0
            for letter in letters {
                guard name[offset] == letter | 0x20 else { return false }
                offset += 1
            }
            return true
        }
    }

    /// The months' names in lowercase ASCII: a date's month is any prefix of three letters or more.
    static let monthNames: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                        "october", "november", "december"].map { Array($0.utf8) }
    /// The weekdays' names in lowercase ASCII, read as the months' are (`Tue`, `Thurs`, `Friday`).
    static let weekdayNames: [[UInt8]] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .map { Array($0.utf8) }
}
