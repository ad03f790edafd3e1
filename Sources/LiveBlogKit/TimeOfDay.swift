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
        // Nearly every line is prose: reject on its first visible character before collecting.
        guard let first = line.unicodeScalars.first(where: { !$0.isWhitespaceFast }),
              first.isASCIIDigit || first.value &- 0x41 < 26 else { return nil }
        // A time line is short: its scalars are gathered on the stack, not in an array.
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: longestTimeLine) { buffer -> TimeOfDay? in
            var count = 0
            for scalar in line.unicodeScalars {
                guard count < longestTimeLine else { return nil }
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
            var scanner = TimeScanner(UnsafeBufferPointer(rebasing: buffer[..<count]))
            return scanner.scanTimeLine()
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
    static var longestTimeLine: Int { 40 }

    /// False for a line's bytes that `parseLine` would surely read as no time: longer than
    /// `longestTimeLine` scalars can be, or opening (past ASCII white space) with an ASCII byte
    /// that is no digit, unless a month's name opens it (`Sept. 28, 2022, 3:45 p.m. ET`). A
    /// line opening with a byte beyond ASCII (which may be a no-break space) is left to
    /// `parseLine`. Lets most lines be told from a time without being decoded.
    static func mayBeTimeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A scalar takes at most four bytes.
        guard bytes.count <= 4 * longestTimeLine else { return false }
        for (index, byte) in bytes.enumerated() where !AsciiLanes.isSpace(byte) {
            return byte >= 0x80 || AsciiLanes.isDigit(byte) || (byte &- 0x41 < 26 && opensWithMonth(bytes[index...]))
        }
        return true
    }

    /// Whether a month's name, whole or cut short (`Sep`, `Sept.`, `September`), opens these
    /// bytes, then white space (or a byte beyond ASCII, which may be a no-break space): not
    /// `Junior` or `Mayor`.
    private static func opensWithMonth(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let letters = bytes.prefix { AsciiLanes.isLetter($0) }
        guard (3...9).contains(letters.count) else { return false }
        var after = letters.endIndex
        if after < bytes.endIndex, bytes[after] == UInt8(ascii: ".") { after += 1 }
        guard after < bytes.endIndex, bytes[after] >= 0x80 || AsciiLanes.isSpace(bytes[after]) else { return false }
        return monthNames.contains { name in
            name.count >= letters.count && zip(name, letters).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    /// The months' names in lowercase ASCII: a date's month is any prefix of three letters or more.
    static let monthNames: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                        "october", "november", "december"].map { Array($0.utf8) }
}

/// A cursor over a short line's scalars that reads the time-line grammar.
struct TimeScanner {
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    private var position = 0

    /// A scanner of `scalars`, which must outlive it.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.scalars = scalars
    }

    /// [date,] hour [[.:] minute] [am|pm|a.m.|p.m.] [ZONE or (ZONE)] [, date], surrounded by optional
    /// white space; nothing else. An hour alone needs am or pm (`9 a.m.`); a date before the
    /// time is a month and a day, and maybe a year (`Sept. 28, 2022, 3:45 p.m. ET`).
    mutating func scanTimeLine() -> TimeOfDay? {
        skipSpace()
        if let first = peek(), first.value &- 0x41 < 26 {
            guard skipLeadingDate() else { return nil }
        }
        guard let hour = digits(min: 1, max: 2) else { return nil }
        var separator: Unicode.Scalar?
        var minute = 0
        if let mark = peek(), mark == "." || mark == ":", position + 1 < scalars.count, scalars[position + 1].isASCIIDigit {
            separator = mark
            position += 1
            guard let minutes = digits(min: 2, max: 2) else { return nil }
            minute = minutes
        }
        skipSpace()
        let isPM = meridiem()
        if separator == nil, isPM == nil { return nil }
        skipSpace()
        // `14:35 (IST)`: a zone may stand in brackets.
        let bracketed = peek() == "("
        if bracketed { position += 1 }
        // The zone's scalars are ASCII: their count is its count of characters.
        let zoneStart = position
        while let scalar = peek(), scalar.value &- 0x41 < 26 || scalar == "+" || scalar == "-"
            || (position > zoneStart && scalar.isASCIIDigit) {
            position += 1
        }
        let zoneLength = position - zoneStart
        if bracketed {
            guard zoneLength > 0, peek() == ")" else { return nil }
            position += 1
        }
        skipSpace()
        if peek() == ",", !skipDate() { return nil }
        guard position == scalars.count, zoneLength == 0 || (2...8).contains(zoneLength) else { return nil }
        // `12.53` alone could be a number; a dotted time needs am/pm or a zone, `18:00` does not.
        if separator == ".", isPM == nil, zoneLength == 0 { return nil }
        var hour24 = hour
        if let isPM {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (isPM ? 12 : 0)
        }
        return TimeOfDay(hour: hour24, minute: minute, zone: zoneLength == 0 ? nil : zone(scalars[zoneStart..<zoneStart + zoneLength]))
    }

    /// A zone's text from its scalars, ASCII all (at most eight): made from their bytes, as
    /// a string built scalar by scalar costs more than the rest of the line's reading.
    private func zone(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count) { bytes in
            for (offset, scalar) in scalars.enumerated() { bytes[offset] = UInt8(truncatingIfNeeded: scalar.value) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Reads `am`, `pm`, `a.m.` or `p.m.` in any case: whether the time is after noon, or nil
    /// (and nothing read) when none stands here.
    private mutating func meridiem() -> Bool? {
        guard let first = peek(), first == "a" || first == "p" || first == "A" || first == "P", position + 1 < scalars.count else { return nil }
        func isM(_ scalar: Unicode.Scalar) -> Bool { scalar == "m" || scalar == "M" }
        if isM(scalars[position + 1]) {
            position += 2
        } else if scalars[position + 1] == ".", position + 2 < scalars.count, isM(scalars[position + 2]) {
            position += 3
            if peek() == "." { position += 1 }
        } else {
            return nil
        }
        return first == "p" || first == "P"
    }

    /// Passes over `, Sept. 28, 2022` after a time (a comma, then words, numbers, full stops
    /// and commas with a letter and a digit among them); false when what follows is no date.
    private mutating func skipDate() -> Bool {
        position += 1
        var letters = false
        var numbers = false
        while let scalar = peek() {
            if scalar.value &- 0x41 < 26 || scalar.value &- 0x61 < 26 {
                letters = true
            } else if scalar.isASCIIDigit {
                numbers = true
            } else if !(scalar == "." || scalar == "," || scalar.isWhitespaceFast) {
                return false
            }
            position += 1
        }
        return letters && numbers
    }

    /// Passes over a date before a time, as American pages write it: a month's name, whole or
    /// cut short (`Sept.`, `Sep`, `September`), a day, then maybe a comma and a year, then a
    /// comma or white space, and maybe `at` (`Sept. 28, 2022, `, `March 3 at `); false, with
    /// the line no time line, when no such date stands here.
    private mutating func skipLeadingDate() -> Bool {
        let start = position
        while let scalar = peek(), scalar.value &- 0x41 < 26 || scalar.value &- 0x61 < 26 { position += 1 }
        guard (3...9).contains(position - start), isMonth(start) else { return false }
        if peek() == "." { position += 1 }
        guard let space = peek(), space.isWhitespaceFast else { return false }
        skipSpace()
        guard let day = digits(min: 1, max: 2), (1...31).contains(day) else { return false }
        // `, 2022`: only four digits are a year; else the time follows the comma.
        if peek() == ",", position + 1 < scalars.count, scalars[position + 1].isWhitespaceFast {
            let comma = position
            position += 1
            skipSpace()
            if digits(min: 4, max: 4) == nil || (peek()?.isASCIIDigit ?? false) { position = comma }
        }
        if peek() == "," { position += 1 }
        guard let gap = peek(), gap.isWhitespaceFast else { return false }
        skipSpace()
        if peek() == "a", position + 2 < scalars.count, scalars[position + 1] == "t", scalars[position + 2].isWhitespaceFast {
            position += 2
            skipSpace()
        }
        return true
    }

    /// Whether the letters from `start` to here name a month: its first three letters, and no
    /// more than its name has (`Sept`, `September`; not `Marching`).
    private func isMonth(_ start: Int) -> Bool {
        let count = position - start
        return TimeOfDay.monthNames.contains { name in
            name.count >= count && (0..<count).allSatisfy { UInt32(name[$0]) == scalars[start + $0].value | 0x20 }
        }
    }

    private func peek() -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private mutating func skipSpace() {
        while let scalar = peek(), scalar.isWhitespaceFast { position += 1 }
    }

    private mutating func digits(min: Int, max: Int) -> Int? {
        var value = 0
        var count = 0
        while count < max, let scalar = peek(), scalar.isASCIIDigit {
            value = value * 10 + Int(scalar.value - 48)
            count += 1
            position += 1
        }
        return count >= min ? value : nil
    }
}
