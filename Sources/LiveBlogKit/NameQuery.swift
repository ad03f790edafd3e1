/// Finds the one entry a user means by a name they typed (`kings`, `RUH`, `patel`), among
/// entries that each go by several names: an entry with a name equal to what was typed, else
/// the one entry with a name, or a word of a name, that starts with it. What `export
/// --hospital` and `--person` take.
public enum NameQuery {
    public enum Failure: Error, Equatable, Sendable {
        case noMatch(query: String, known: [String], kind: Kind)
        case ambiguous(query: String, candidates: [String], kind: Kind)

        /// One line for a user.
        public var message: String {
            switch self {
            case let .noMatch(query, known, kind):
                return "no \(kind.one) matches '\(query)'" + (known.isEmpty ? " (this blog names none)" : "; known: " + listed(known))
            case let .ambiguous(query, candidates, kind):
                return "'\(query)' matches several \(kind.many): " + listed(candidates)
            }
        }

        /// Names for a line: a blog of a thousand people is not listed whole.
        private func listed(_ names: [String]) -> String {
            let shown = 12
            return names.prefix(shown).joined(separator: ", ") + (names.count > shown ? " and \(names.count - shown) more" : "")
        }
    }

    /// What is looked for, as messages name it.
    public enum Kind: Equatable, Sendable {
        case hospital, person

        var one: String { self == .hospital ? "hospital" : "person" }
        var many: String { self == .hospital ? "hospitals" : "people" }
    }

    /// - Parameters:
    ///   - forms: the query's normal forms, any of which, equal to one of an entry's `names`,
    ///     makes a match; the first is the one whose start a name's words are compared with.
    ///   - names: each entry's names in the same normal form.
    ///   - title: how an entry is listed in a failure's message.
    static func match<Entry>(_ query: String, forms: [String], in entries: [Entry], kind: Kind,
                             names: (Entry) -> [String], title: (Entry) -> String) -> Result<Entry, Failure> {
        let named = entries.map { (entry: $0, names: names($0)) }
        let exact = named.filter { candidate in forms.contains { candidate.names.contains($0) } }
        if let result = unique(exact, query: query, kind: kind, title: title) { return result }
        if let wanted = forms.first, !wanted.isEmpty {
            let partial = named.filter { candidate in
                candidate.names.contains { name in name.hasPrefix(wanted) || name.split(separator: " ").contains { $0.hasPrefix(wanted) } }
            }
            if let result = unique(partial, query: query, kind: kind, title: title) { return result }
        }
        return .failure(.noMatch(query: query, known: entries.map(title), kind: kind))
    }

    private static func unique<Entry>(_ matches: [(entry: Entry, names: [String])], query: String, kind: Kind,
                                      title: (Entry) -> String) -> Result<Entry, Failure>? {
        switch matches.count {
        case 0: return nil
        case 1: return .success(matches[0].entry)
        default: return .failure(.ambiguous(query: query, candidates: matches.map { title($0.entry) }, kind: kind))
        }
    }
}
