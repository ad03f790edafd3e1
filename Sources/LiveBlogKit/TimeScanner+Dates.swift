/// The dates a time line may carry before or after its time, which are passed over.
extension TimeScanner {
    /// Passes over a date: a weekday, a month's name (whole or cut short: `Sept.`, `Jun`), a day
    /// beside its month (`4`, `4th`), a year of four digits, a numeric date (`2019-06-04`,
    /// `04/06/2019`), `at` and `on`, with white space and commas between. True when one was
    /// read, holding a weekday, a month or a numeric date; else nothing is read. Before the
    /// time (`beforeTime`) it stops where the time begins, past the `T` of `2019-06-04T10:05`;
    /// after it, the caller wants it to reach the line's end. A dash or a bar standing alone
    /// may part the date from the time (`7 Feb 2023 - 14:20 GMT`, `10:05 | 4 Jun 2019`): between
    /// two things read, or first when `separated` (after a time).
    mutating func skipDate(beforeTime: Bool, separated: Bool = false) -> Bool {
        let start = position
        var named = false
        var afterMonth = false
        while true {
            let gapStart = position
            while let scalar = peek() {
                if scalar.isWhitespaceFast || scalar == "," {
                    position += 1
                } else if position > start || separated, Self.isDateTimeSeparator(scalar),
                          position > 0, scalars[position - 1].isWhitespaceFast,
                          position + 1 < scalars.count, scalars[position + 1].isWhitespaceFast {
                    position += 1
                } else {
                    break
                }
            }
            guard let scalar = peek() else { break }
            if Self.isLetter(scalar) {
                let wordStart = position
                while let letter = peek(), Self.isLetter(letter) { position += 1 }
                let monthNumber = nameIndex(from: wordStart, among: TimeOfDay.monthNames).map { $0 + 1 }
                let isMonth = monthNumber != nil
                if isMonth || nameIndex(from: wordStart, among: TimeOfDay.weekdayNames) != nil {
                    named = true
                    month = month ?? monthNumber
                    if peek() == "." { position += 1 }
                } else if !isWord(from: wordStart, "at"), !isWord(from: wordStart, "on") {
                    position = gapStart
                    break
                }
                afterMonth = isMonth
                // `Sept.28` is no date: a word ends at white space, a comma or the line's end.
                guard let next = peek(), !(next.isWhitespaceFast || next == ",") else { continue }
                position = start
                return false
            } else if scalar.isASCIIDigit {
                if skipNumericDate() {
                    named = true
                    afterMonth = false
                    if beforeTime, peek() == "T", isDigit(at: position + 1) {
                        position += 1
                        break
                    }
                    continue
                }
                let numberStart = position
                guard skipDayOrYear(afterMonth: afterMonth) else {
                    position = beforeTime ? numberStart : gapStart
                    break
                }
                afterMonth = false
            } else {
                position = gapStart
                break
            }
        }
        guard named else {
            position = start
            return false
        }
        return true
    }

    /// A line that is a date alone, with a month and a day or a year (`12 Nov 2023`, `Sunday
    /// 12 November`, `2023-11-12`), as some pages stamp their posts: no weekday alone, and
    /// nothing else. Its month and, when it gives one, its day; nil for another line.
    mutating func scanDateLine() -> (day: Int?, month: Int)? {
        skipSpace()
        let start = position
        guard skipDate(beforeTime: false), position == scalars.count, let month,
              scalars[start...].contains(where: { $0.isASCIIDigit }) else { return nil }
        return (day, month)
    }

    /// Passes over a year (four digits, 1900–2199) or a day (1–31, maybe `st`, `nd`, `rd` or
    /// `th` after it) that stands beside its month, each ending at white space, a comma or the
    /// line's end: the hour of `Tue 4 Jun 2019 10.05` is neither. False, with nothing read, else.
    private mutating func skipDayOrYear(afterMonth: Bool) -> Bool {
        let start = position
        var value = 0
        // Digits past a year's four are counted, not added up: a run of them must not overflow.
        while let scalar = peek(), scalar.isASCIIDigit {
            if position - start < 4 { value = value * 10 + Int(scalar.value - 48) }
            position += 1
        }
        let count = position - start
        if count <= 2, position + 1 < scalars.count {
            switch (scalars[position], scalars[position + 1]) {
            case ("s", "t"), ("n", "d"), ("r", "d"), ("t", "h"): position += 2
            default: break
            }
        }
        let ends = peek().map { $0.isWhitespaceFast || $0 == "," } ?? true
        if ends, count == 4, (1900...2199).contains(value) { return true }
        if ends, count <= 2, (1...31).contains(value), afterMonth || monthFollows() {
            day = day ?? value
            return true
        }
        position = start
        return false
    }

    /// Whether a month's name stands next, past white space (`4 June`).
    private func monthFollows() -> Bool {
        var index = position
        while index < scalars.count, scalars[index].isWhitespaceFast { index += 1 }
        let wordStart = index
        while index < scalars.count, Self.isLetter(scalars[index]) { index += 1 }
        return nameIndex(from: wordStart, among: TimeOfDay.monthNames, to: index) != nil
    }

    /// Passes over a numeric date, its three numbers joined by one of `-`, `/` and `.`: a year
    /// first (`2019-06-04`) or last (`04/06/2019`, `4.6.19`). False, with nothing read, else.
    private mutating func skipNumericDate() -> Bool {
        let start = position
        guard let first = number(), let separator = peek(), separator == "-" || separator == "/" || separator == ".",
              isDigit(at: position + 1) else {
            position = start
            return false
        }
        position += 1
        guard let middle = number(), peek() == separator, isDigit(at: position + 1) else {
            position = start
            return false
        }
        position += 1
        let last = number()
        let ends = peek().map { $0.isWhitespaceFast || $0 == "," || $0 == "T" } ?? true
        let yearFirst = first.count == 4 && (1...12).contains(middle.value) && (last.map { $0.count <= 2 && (1...31).contains($0.value) } ?? false)
        let yearLast = first.count <= 2 && (1...31).contains(first.value) && middle.count <= 2 && (1...31).contains(middle.value)
            && (last.map { $0.count == 2 || $0.count == 4 } ?? false)
        guard ends, yearFirst || yearLast, let last else {
            position = start
            return false
        }
        // A year last is read as most of the world writes it, the day first (`12/11/2023`).
        let (dayNumber, monthNumber) = yearFirst ? (last.value, middle.value) : (first.value, middle.value)
        (day, month) = (day ?? dayNumber, month ?? monthNumber)
        return true
    }

    /// Reads one to four digits as a number, with how many there were; nil, with nothing
    /// read, when none stands here or a fifth follows.
    private mutating func number() -> (value: Int, count: Int)? {
        let start = position
        guard let value = digits(min: 1, max: 4), !isDigit(at: position) else {
            position = start
            return nil
        }
        return (value, position - start)
    }

    /// Which of `names` the letters from `start` to here (or to `end`) are, as
    /// `TimeOfDay.nameIndex` reads them.
    func nameIndex(from start: Int, among names: [[UInt8]], to end: Int? = nil) -> Int? {
        TimeOfDay.nameIndex(scalars[start..<(end ?? position)].lazy.map { UInt8(truncatingIfNeeded: $0.value) }, among: names)
    }

    /// Whether the letters from `start` to here are `word`, in lower case.
    private func isWord(from start: Int, _ word: String) -> Bool {
        word.unicodeScalars.elementsEqual(scalars[start..<position])
    }

    /// A mark some pages set between a post's date and its time: `-`, `–`, `—`, `|`. Not `·`,
    /// which an embedded post's signature sets there (`7:42 PM · Dec 10, 2024`).
    static func isDateTimeSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2013}", "\u{2014}", "|": return true
        default: return false
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x41 < 26 || scalar.value &- 0x61 < 26
    }
}
