/// A time line that says how long ago a post was made (`Posted 2h ago`, `35 mins ago`,
/// `Posted just now`), as pages that show their newest posts so print them: the post's time
/// of day is unknown, and the line still starts a post.
public enum RelativeTime {
    /// The units an age is counted in, each with its short form.
    private static let units: [(words: Set<String>, short: String)] = [
        (["s", "sec", "secs", "second", "seconds"], "s"),
        (["m", "min", "mins", "minute", "minutes"], "m"),
        (["h", "hr", "hrs", "hour", "hours"], "h"),
        (["d", "day", "days"], "d"),
    ]

    /// The line's age written short (`2h ago`, `35m ago`, `now`), or nil when the line is no
    /// such time line: `[Posted ] N unit ago` (`2h`, `2 hours`) or `[Posted ]just now`, and
    /// nothing else.
    public static func shortForm(_ line: String) -> String? {
        var text = line.trimmingWhitespace()[...]
        guard text.utf8.count <= 32 else { return nil }
        if text.hasPrefix("Posted ") { text = text.dropFirst(7).drop { $0 == " " } }
        if text.lowercased() == "just now" { return "now" }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return nil }
        let words = text.dropFirst(digits.count).split(separator: " ")
        guard words.count == 2, words[1] == "ago", let unit = units.first(where: { $0.words.contains(words[0].lowercased()) }) else { return nil }
        return digits + unit.short + " ago"
    }
}
