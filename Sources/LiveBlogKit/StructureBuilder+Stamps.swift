/// The lines other than time lines that stamp a post: on a page with no time lines, a date
/// alone, a match's minute or a time before a title; on a page that runs over days, a date
/// heading a day.
extension StructureBuilder {
    /// A stamp that starts a post in a blog with no time lines: one with no time of day (a
    /// date alone, `12 Nov 2023`, or a match's minute, `43 min`), or a time before the post's
    /// title (`10.05am Pickets at St Thomas'`).
    enum LooseStamp {
        case untimed
        case titled(TimeOfDay.TimedTitle)
    }

    /// The loose stamp a line is, or nil.
    static func looseStamp(_ line: String) -> LooseStamp? {
        if TimeOfDay.isDateLine(line) || MatchMinute.shortForm(line) != nil { return .untimed }
        return TimeOfDay.timedTitle(line).map(LooseStamp.titled)
    }

    /// The longest line, in bytes, read as a day's heading (`Wednesday 15 November 2023`).
    static let longestDayHeading = 40
}
