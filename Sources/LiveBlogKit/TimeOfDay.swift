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

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    /// Reads a whole line as a time: `12.53pm BST`, `9.41am GMT`, `19.30 GMT` (with a
    /// no-break space or not), `18:00`, and as American pages write it, `3:45 p.m. ET`, `9 a.m.`,
    /// `2:10 PM EDT, Sept. 28, 2022` (the date is passed over). Nil when the line is anything else.
    public static func parseLine<S: StringProtocol>(_ line: S) -> TimeOfDay? {
        // Nearly every line is prose: reject on its first visible character before collecting.
        guard let first = line.unicodeScalars.first(where: { !$0.isWhitespaceFast }), first.isASCIIDigit else { return nil }
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
    /// that is no digit. A line opening with a byte beyond ASCII (which may be a no-break space)
    /// is left to `parseLine`. Lets most lines be told from a time without being decoded.
    static func mayBeTimeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A scalar takes at most four bytes.
        guard bytes.count <= 4 * longestTimeLine else { return false }
        for byte in bytes where !AsciiLanes.isSpace(byte) {
            return byte >= 0x80 || AsciiLanes.isDigit(byte)
        }
        return true
    }
}

/// A cursor over a short line's scalars that reads the time-line grammar.
struct TimeScanner {
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    private var position = 0

    /// A scanner of `scalars`, which must outlive it.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.scalars = scalars
    }

    /// hour [[.:] minute] [am|pm|a.m.|p.m.] [ZONE] [, date], surrounded by optional white
    /// space; nothing else. An hour alone needs am or pm (`9 a.m.`).
    mutating func scanTimeLine() -> TimeOfDay? {
        skipSpace()
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
        // The zone's scalars are ASCII: their count is its count of characters.
        let zoneStart = position
        while let scalar = peek(), scalar.value &- 0x41 < 26 || scalar == "+" || scalar == "-"
            || (position > zoneStart && scalar.isASCIIDigit) {
            position += 1
        }
        let zoneLength = position - zoneStart
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
