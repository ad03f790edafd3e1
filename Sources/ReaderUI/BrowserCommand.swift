/// How a link is handed to a web browser: the command lines to try in turn, and the address
/// each is given.
public enum BrowserCommand {
    /// The command lines to try for `url`, first to last. `$BROWSER`, as the convention has
    /// it (and as git, man and newsboat read it), is a list of commands separated by colons,
    /// each split into words at spaces; `%s` in a word stands for the address, else the
    /// address is the last word. With no `$BROWSER`, the desktop's opener: `xdg-open`, or
    /// `open` where that is the opener (macOS).
    public static func candidates(for url: String, browserVariable: String?) -> [[String]] {
        let commands = (browserVariable ?? "").split(separator: ":").map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }.filter { !$0.isEmpty }
        let chosen = commands.isEmpty ? [["xdg-open"], ["open"]] : commands
        return chosen.map { words in
            words.contains { $0.contains("%s") }
                ? words.map { $0.replacing("%s", with: url) }
                : words + [url]
        }
    }

    /// The address to open for a link as a blog writes it (`pic.twitter.com/…` and `www.…` have
    /// no scheme: they are given `https://`), or nil for what no browser should be handed: a
    /// scheme other than http and https, or a control, space or invisible character, which a
    /// blog could use to make an address other than the one shown.
    public static func url(for link: String) -> String? {
        guard !link.isEmpty, link.unicodeScalars.allSatisfy(isAllowed) else { return nil }
        let lowered = link.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return link }
        // A colon before any slash opens another scheme (`javascript:`, `file:`), refused; a bare
        // address is the web's.
        if let colon = link.firstIndex(of: ":"), colon < link.firstIndex(of: "/") ?? link.endIndex { return nil }
        return "https://" + link
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate:
            return false
        default:
            return true
        }
    }
}
