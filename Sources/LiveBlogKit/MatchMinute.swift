/// A match's minute, as a minute-by-minute sports report stamps its posts instead of a time of
/// day (`43 min`, `90+3 min`, `67'`, and the stages `Kick-off`, `Half-time`, `Full-time`): in a
/// blog with no time lines, each starts a post whose time of day is unknown.
public enum MatchMinute {
    /// The minute written short, as football writes it (`43'`, `90+3'`), or a stage's letters
    /// (`KO`, `HT`, `FT`); nil when the line is no such stamp.
    public static func shortForm(_ line: String) -> String? {
        if let stage = stage(line) { return stage.short }
        guard let (minute, added) = parse(line) else { return nil }
        return minute + (added.isEmpty ? "" : "+" + added) + "'"
    }

    /// A minute and the post's title on one line (`78 min GOAL! Man City 3-1 Arsenal`, `90+2'
    /// – Red card for Rice`): the minute as written, what joins the title to it, and the title;
    /// nil when the line opens with no minute or the words after it are no title.
    static func titled(_ line: String) -> (minute: String, joiner: String, title: String)? {
        // `78 min` is two words, `78'` and `90+4'` one.
        guard let split = StampedTitle.split(line, maxWords: 2, stamp: { parse(String($0)) }),
              PostLayout.isTitle(split.title, followedByText: true) else { return nil }
        return (split.stampText, split.joiner, split.title)
    }

    /// How far into the match a stamp is, for ordering: `45+2'` after `45'` and before `46'`,
    /// half-time after every minute of the first half, full time after every minute.
    static func elapsed(_ line: String) -> Int? {
        if let stage = stage(line) { return stage.elapsed }
        guard let (minute, added) = parse(line), let base = Int(minute) else { return nil }
        return base * 100 + (Int(added) ?? 0)
    }

    /// A stage of the match that stamps a post as a minute does (`Kick-off`, `HALF-TIME`,
    /// `Full time!`), alone on its line: how the timeline shows it and where it falls.
    private static func stage(_ line: String) -> (short: String, elapsed: Int)? {
        guard line.utf8.count <= 12 else { return nil }
        var text = line.trimmingWhitespace().lowercased()
        if text.hasSuffix("!") { text.removeLast() }
        switch text.split(separator: " ").joined(separator: "-") {
        case "kick-off", "kickoff": return ("KO", 0)
        case "half-time", "halftime": return ("HT", 45_99)
        case "full-time", "fulltime": return ("FT", 999_99)
        default: return nil
        }
    }

    /// The minute and the minutes added of a stamp: a minute of up to three digits, maybe `+`
    /// and the minutes added, then `min`, `mins`, `minutes` or a prime (`'`, `’`), and nothing
    /// else.
    private static func parse(_ line: String) -> (minute: Substring, added: Substring)? {
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
        return (minute, added)
    }
}
