/// The lines of a blog's header that credit it rather than summarise it: the writers line
/// (`Denis Campbell and Rachel Hall`, `By …`) and the dateline (`Thu 2 Jan 2025 18.05 GMT`,
/// `Last modified on Wed 10 Jan 2024 14.30 GMT`, `Published Sept. 28, 2022 3:45 p.m. ET`).
/// They stay in `LiveBlog.summary`, where the text has them, and are shown as the blog's
/// credit line rather than as summary points.
enum HeaderCredits {
    /// Where the first writers line and the first dateline stand among the header's lines.
    static func find(in summary: [String]) -> (writers: Int?, dateline: Int?) {
        let writers = summary.firstIndex { !PostLayout.writersLineNames($0).isEmpty || PostLayout.isNewsroomCredit($0) }
        let dateline = summary.indices.first { $0 != writers && isDateline(summary[$0]) }
        return (writers, dateline)
    }

    /// Where a writers line under its label stands in a key events list that the page ends
    /// with its credit (`Key points`, its points, then `Live reporting by Alix Culbertson`, as
    /// Sky heads a page), when the summary has none; bare names there may be an entry.
    static func writersLine(inKeyEvents keyEvents: [String], summaryHasOne: Bool) -> Int? {
        guard !summaryHasOne else { return nil }
        return keyEvents.indices.dropFirst().first { PostLayout.isLabelledWritersLine(keyEvents[$0]) }
    }

    /// Labels a dateline may open with, in lower case.
    private static let labels = ["last modified on ", "first published on ", "published on ", "updated on ", "last updated: ", "last updated ",
                                 "published: ", "updated: ", "posted: ", "posted on ", "published ", "updated ", "posted ",
                                 // French, German, Spanish and Dutch pages'.
                                 "publié le ", "mis à jour le ", "actualisé le ", "veröffentlicht am ", "aktualisiert am ",
                                 "publicado el ", "actualizado el ", "gepubliceerd op ", "bijgewerkt op "]

    /// Words a dateline may hold between its date and its time, in English and the languages
    /// whose labels it may open with (`à 07h30`, `um 07:30 Uhr`, `de junio de 2022 a las 07:30`).
    private static let joiningWords: Set<Substring> = ["at", "on", "am", "pm", "a.m.", "p.m.", "à", "um", "uhr", "de", "del", "a", "las",
                                                       "om", "le", "el"]

    /// The months' names in French, German, Spanish and Dutch, in lower case, whole.
    private static let continentalMonths: Set<Substring> = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januar", "februar", "märz", "april", "juni", "juli", "august", "oktober", "dezember",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "januari", "februari", "maart", "mei", "augustus",
    ]

    /// Whether a line is a date, and maybe a time, alone: a month and a day or a year, with a
    /// weekday, a time, a zone and `at` or `on` allowed around them, and nothing else.
    static func isDateline(_ line: String) -> Bool {
        if isDatelineAlone(line) { return true }
        // `Posted 2h ago, updated 12m ago`, as ABC heads a page: ages alone, each labelled.
        if line.components(separatedBy: ", ").allSatisfy(isLabelledAge) { return true }
        // `Published: Mar. 25, 2023 at 7:12 AM CDT | Updated: 2 hours ago`: a dateline, then
        // when it was updated, as a date or an age, past a bar.
        let parts = line.components(separatedBy: " | ")
        guard parts.count > 1, isDatelineAlone(parts[0]) else { return false }
        return parts.dropFirst().allSatisfy { part in isDatelineAlone(part) || isLabelledAge(part) }
    }

    /// `Updated: 2 hours ago`, `posted 2h ago`: a dateline's label and an age.
    private static func isLabelledAge(_ part: String) -> Bool {
        let lower = part.lowercased()
        return labels.contains { label in lower.hasPrefix(label) && RelativeTime.shortForm(String(part.dropFirst(label.count))) != nil }
    }

    /// `isDateline` of a line with no bar between a dateline and its update.
    private static func isDatelineAlone(_ line: String) -> Bool {
        var text = line.trimmingWhitespace().lowercased()
        guard text.utf8.count <= 80 else { return false }
        for label in labels where text.hasPrefix(label) {
            text.removeFirst(label.count)
            break
        }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard (3...10).contains(words.count) else { return false }
        var month = false, dayOrYear = false
        for word in words {
            let bare = word.hasSuffix(".") && !word.contains(where: \.isNumber) ? word.dropLast() : word[...]
            if TimeOfDay.isName(bare.utf8, among: TimeOfDay.monthNames) || continentalMonths.contains(bare) {
                month = true
            } else if TimeOfDay.isName(bare.utf8, among: TimeOfDay.weekdayNames) || joiningWords.contains(word)
                        || word.unicodeScalars.count == 1 && word.unicodeScalars.first.map(TimeScanner.isDateTimeSeparator) == true
                        || word == "/" {
                // `Fri, 24 Jan, 2025 - 07:55`: a dash or a bar parts the date from the time;
                // `Updated / Tuesday, 3 Jan 2023 17:45`: a slash, the label from the date.
                continue
            } else if let number = Int(bare.prefix { $0.isNumber }), isDay(bare) && (1...31).contains(number)
                        || bare.count == 4 && (1900...2199).contains(number) {
                dayOrYear = true
            } else if !isTime(bare), !isZone(bare, written: line) {
                return false
            }
        }
        return month && dayOrYear
    }

    /// `2`, `28th`, `14.`: one or two digits, maybe with an ordinal's ending (German's a stop).
    private static func isDay(_ word: Substring) -> Bool {
        let digits = word.prefix { $0.isNumber }
        return (1...2).contains(digits.count) && ["", "st", "nd", "rd", "th", "."].contains(String(word.dropFirst(digits.count)))
    }

    /// `18.05`, `3:45`, `3:45pm`, `9am`, `3:45p.m.`, `07h30`.
    private static func isTime(_ word: Substring) -> Bool {
        var rest = word[...]
        let hour = rest.prefix { $0.isNumber }
        guard (1...2).contains(hour.count) else { return false }
        rest = rest.dropFirst(hour.count)
        if let mark = rest.first, mark == "." || mark == ":" || mark == "h" {
            let minutes = rest.dropFirst().prefix { $0.isNumber }
            guard minutes.count == 2 else { return false }
            rest = rest.dropFirst(3)
        } else if rest.isEmpty {
            return false
        }
        return ["", "am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(String(rest))
    }

    /// A time zone as the line writes it: two to five capitals (`GMT`, `ET`, `AEDT`), maybe
    /// with an offset (`UTC+1`).
    private static func isZone(_ word: Substring, written line: String) -> Bool {
        let letters = word.prefix { $0.isLetter }
        let offset = word.dropFirst(letters.count)
        guard (2...5).contains(letters.count), offset.isEmpty || offset.first == "+" || offset.first == "-" else { return false }
        return line.contains(letters.uppercased())
    }
}
