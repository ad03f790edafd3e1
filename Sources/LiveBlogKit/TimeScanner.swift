/// A cursor over a short line's scalars that reads the time-line grammar.
struct TimeScanner {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    var position = 0
    /// The month and the day a date read so far gave, by name or by number (a numeric date's
    /// middle number, as written: a US date's is its day), the first of each.
    var month: Int?
    var day: Int?

    /// A scanner of `scalars`, which must outlive it.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.scalars = scalars
    }

    /// [date | Today | Yesterday] hour [[.:h] minute [:second]] [am|pm|a.m.|p.m. | hrs] [ZONE
    /// or (ZONE)] [[,] date], maybe in square brackets, surrounded by optional white space;
    /// nothing else. An hour alone needs am or pm (`9 a.m.`); four digits need a zone (`0812
    /// GMT`). The date, before or after the time, is read by `skipDate` (`Sept. 28, 2022, 3:45
    /// p.m. ET`, `Tue 4 Jun 2019 10.05 BST`, `2019-06-04T10:05:00Z`) and passed over.
    mutating func scanTimeLine() -> TimeOfDay? {
        skipSpace()
        // `[10:05]`: a time may stand in square brackets.
        let bracketed = peek() == "["
        if bracketed {
            position += 1
            skipSpace()
        }
        let datedBefore = skipOpener() || mayOpenWithDate && skipDate(beforeTime: true)
        let hourStart = position
        guard let hour = digits(min: 1, max: 2) else { return nil }
        var separator: Unicode.Scalar?
        var minute = 0
        // `0812 GMT`, as wires stamp a time: four digits, which a zone must follow.
        let isFourDigits = position - hourStart == 2 && isDigit(at: position) && isDigit(at: position + 1) && !isDigit(at: position + 2)
        if isFourDigits, let minutes = digits(min: 2, max: 2), minutes < 60, hour < 24 {
            minute = minutes
            skipSpace()
            guard let zone = scanZone(), !zone.isEmpty, position == scalars.count else { return nil }
            return TimeOfDay(hour: hour, minute: minute, zone: zone)
        }
        // `13h05`, as French pages write a time, besides `13.05` and `13:05`.
        if let mark = peek(), mark == "." || mark == ":" || mark == "h", isDigit(at: position + 1) {
            separator = mark
            position += 1
            guard let minutes = digits(min: 2, max: 2) else { return nil }
            minute = minutes
            // Seconds, as feeds stamp a post (`10:05:32`), are passed over.
            if mark == ":", peek() == ":", isDigit(at: position + 1), isDigit(at: position + 2), !isDigit(at: position + 3) {
                position += 3
            }
        }
        skipSpace()
        let isPM = meridiem()
        // `9 Uhr`, `17 uur`: an hour alone, which German and Dutch pages mark with their word
        // for o'clock.
        let hourAlone = separator == nil && isPM == nil && hour < 24 && (skipWord("uhr") || skipWord("uur"))
        if separator == nil, isPM == nil, !hourAlone { return nil }
        skipSpace()
        // `10:05 hrs IST`, as Indian pages write a time; `15.45 Uhr`, German; `15.45 uur`,
        // Dutch; `15:45 h`, Spanish. Such a word marks the digits as a time, as a zone does.
        let marked = hourAlone || isPM == nil && (skipWord("hrs") || skipWord("uhr") || skipWord("uur") || skipWord("h"))
        if marked { skipSpace() }
        guard let zone = scanZone() else { return nil }
        skipSpace()
        let datedAfter = position < scalars.count && skipDate(beforeTime: false, separated: true)
        if bracketed {
            guard peek() == "]" else { return nil }
            position += 1
            skipSpace()
        }
        guard position == scalars.count else { return nil }
        // `12.53` alone could be a number; a dotted time needs am/pm, a zone or a date.
        if separator == ".", isPM == nil, !marked, zone.isEmpty, !datedBefore, !datedAfter { return nil }
        var hour24 = hour
        if let isPM {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (isPM ? 12 : 0)
        }
        return TimeOfDay(hour: hour24, minute: minute, zone: zone.isEmpty ? nil : zone)
    }

    /// Passes over `word` (lowercase ASCII letters) when it stands here whole in any case,
    /// maybe with a full stop; false, with nothing read, when it does not.
    private mutating func skipWord(_ word: StaticString) -> Bool {
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard position + letters.count <= scalars.count,
              letters.indices.allSatisfy({ scalars[position + $0].value | 0x20 == UInt32(letters[$0]) }) else { return false }
        let end = position + letters.count
        guard end == scalars.count || scalars[end] == "." || scalars[end].isWhitespaceFast || scalars[end] == "]" else { return false }
        position = end < scalars.count && scalars[end] == "." ? end + 1 : end
        return true
    }

    /// Passes over `Today`, `Yesterday` or `Update` (in any case, then white space, a comma or
    /// a colon) before a time (`Yesterday 22:15`, `UPDATE: 4:35 p.m.`); false, with nothing
    /// read, when none stands here.
    private mutating func skipOpener() -> Bool {
        let start = position
        while let scalar = peek(), scalar.value &- 0x41 < 26 || scalar.value &- 0x61 < 26 { position += 1 }
        let word = scalars[start..<position].lazy.map { UInt8(truncatingIfNeeded: $0.value) }
        guard position > start, TimeOfDay.isTimeLineOpener(word), let next = peek(), next.isWhitespaceFast || next == "," || next == ":" else {
            position = start
            return false
        }
        while let scalar = peek(), scalar.isWhitespaceFast || scalar == "," || scalar == ":" { position += 1 }
        return true
    }

    /// Whether a date may stand here, before a time: a letter, or digits that do not open
    /// `10:05`, `13h05`, `9am` or `10.05` (`04.06.2019` does, its second full stop tells).
    private var mayOpenWithDate: Bool {
        guard let first = peek(), first.isASCIIDigit else { return true }
        var index = position
        while isDigit(at: index) { index += 1 }
        guard index - position <= 2, index < scalars.count else { return index - position > 2 }
        switch scalars[index] {
        case ":", "h", "a", "p", "A", "P": return false
        case ".":
            var next = index + 1
            while isDigit(at: next) { next += 1 }
            return next < scalars.count && scalars[next] == "."
        default: return true
        }
    }

    /// Reads a zone, bare (`BST`, `GMT+1`, `+01:00`) or in brackets (`(IST)`): its text, empty
    /// when none stands here, or nil when brackets hold no zone. A capital that opens a word in
    /// lower case (`June 4`) is no zone, and is left unread; a lone `Z` is UTC.
    private mutating func scanZone() -> String? {
        // `14:35 (IST)`: a zone may stand in brackets.
        let bracketed = peek() == "("
        if bracketed { position += 1 }
        let start = position
        while let scalar = peek(), scalar.value &- 0x41 < 26 || scalar == "+" || scalar == "-"
            || (position > start && (scalar.isASCIIDigit || (scalar == ":" && isDigit(at: position - 1) && isDigit(at: position + 1)))) {
            position += 1
        }
        var length = position - start
        if !bracketed, length > 0, let next = peek(), next.value &- 0x61 < 26 || next == "." {
            position = start
            length = 0
        }
        if bracketed {
            guard length > 0, peek() == ")" else { return nil }
            position += 1
        }
        if length == 1, scalars[start] == "Z" { return "UTC" }
        guard length == 0 || (2...8).contains(length) else { return nil }
        return zone(scalars[start..<start + length])
    }

    /// A zone's text from its scalars, ASCII all (at most eight): made from their bytes, as
    /// a string built scalar by scalar costs more than the rest of the line's reading.
    private func zone(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        guard !scalars.isEmpty else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count) { bytes in
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

    func peek() -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    /// Whether an ASCII digit stands at `index`.
    func isDigit(at index: Int) -> Bool {
        index >= 0 && index < scalars.count && scalars[index].isASCIIDigit
    }

    mutating func skipSpace() {
        while let scalar = peek(), scalar.isWhitespaceFast { position += 1 }
    }

    /// Reads `min` to `max` ASCII digits as a number; nil, with some maybe read, when fewer stand here.
    mutating func digits(min: Int, max: Int) -> Int? {
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
