/// The lines other than time lines that stamp a post: on a page with no time lines, a date
/// alone or a time before a title; on a page that runs over days, a date heading a day.
extension StructureBuilder {
    /// A stamp that starts a post in a blog with no time lines: a date alone, with no time
    /// (`12 Nov 2023`), or a time before the post's title (`10.05am Pickets at St Thomas'`).
    enum LooseStamp {
        case date
        case titled(TimeOfDay.TimedTitle)
    }

    /// The loose stamp a line is, or nil.
    static func looseStamp(_ line: String) -> LooseStamp? {
        if TimeOfDay.isDateLine(line) { return .date }
        return TimeOfDay.timedTitle(line).map(LooseStamp.titled)
    }

    /// The longest line, in bytes, read as a day's heading (`Wednesday 15 November 2023`).
    static let longestDayHeading = 40
}
