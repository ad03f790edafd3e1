/// A match's minute, as a minute-by-minute sports report stamps its posts instead of a time of
/// day (`43 min`, `90+3 min`, `67'`): in a blog with no time lines, each starts a post whose
/// time of day is unknown.
public enum MatchMinute {
    /// The minute written short, as football writes it (`43'`, `90+3'`), or nil when the line is
    /// no such stamp: a minute of up to three digits, maybe `+` and the minutes added, then
    /// `min`, `mins`, `minutes` or a prime (`'`, `’`), and nothing else.
    public static func shortForm(_ line: String) -> String? {
        let text = line.trimmingWhitespace()
        guard text.utf8.count <= 16 else { return nil }
        var rest = text[...]
        let minute = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(minute.count) else { return nil }
        rest = rest.dropFirst(minute.count)
        var added: Substring = ""
        if rest.first == "+" {
            added = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(added.count) else { return nil }
            rest = rest.dropFirst(1 + added.count)
        }
        let unit = rest.trimmingWhitespace().lowercased()
        guard ["min", "mins", "minutes", "'", "’"].contains(unit) else { return nil }
        return minute + (added.isEmpty ? "" : "+" + added) + "'"
    }
}
