/// The honorific before a name (`Dr Kate West`, `Mr. Biden`), which says a person stands there
/// and sometimes what sex they are (`HonorificSex`).
extension PersonEvidence {

    /// Where an honorific with its full stop stands before a name starting at `start` (`Dr.
    /// Ravi Patel`, as American papers write it): the title is what precedes the name, not the
    /// stop. Nil when there is none.
    static func honorificBefore(_ start: Int, in tokens: [Token]) -> Int? {
        start >= 2 && NameRuns.nameStart(afterHonorificAt: start - 2, in: tokens) == start ? start - 2 : nil
    }

    /// The honorific just before a name starting at `start`, with or without its stop (`Dr
    /// Kate West`, `Mr. Biden`); nil when none stands there.
    static func honorific(before start: Int, in tokens: [Token]) -> WordKey? {
        let before = honorificBefore(start, in: tokens) ?? start - 1
        guard before >= 0, tokens[before].isWord, Vocabulary.honorifics.contains(tokens[before].lower) else { return nil }
        return tokens[before].lower
    }
}
