/// A time line that is a date alone (`12 Nov 2023`, `Sunday 12 November`, `2023-11-12`), as
/// pages that stamp their posts with no time write it: shown short in the timeline.
public enum DateStamp {
    /// The day and the month's first three letters (`12 Nov`), or nil when the line is no
    /// date alone or gives no day.
    public static func shortForm(_ line: String) -> String? {
        guard let date = TimeOfDay.dateOfLine(line), let day = date.day else { return nil }
        return shortForm(day: day, month: date.month)
    }

    /// `12 Nov`; nil for a month out of range.
    static func shortForm(day: Int, month: Int) -> String? {
        // A numeric date's middle number is read as its month, which a US page's is not (`04/26/2023`).
        guard (1...12).contains(month) else { return nil }
        let name = String(decoding: TimeOfDay.monthNames[month - 1].prefix(3), as: UTF8.self)
        return "\(day) " + name.capitalized
    }
}
