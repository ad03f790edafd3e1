/// Several people named as one quote's speakers (`Dr Robert Laurenson and Dr Vivek Trivedi,
/// co-chairs of …, said:`, `“…,” said Smith and Jones`): a joint statement's signers.
extension QuoteAttributor {
    /// The people named after `first` as its co-speakers, each joined by `and` or a list's
    /// comma, past an apposition that a comma closes (`X, the chief executive of Y, and Z`), with
    /// where the last name ends; all before `limit`. Empty for a speaker named alone.
    func coSpeakers(after first: NamedMention, before limit: Int, in p: Int) -> (names: [String], end: Int) {
        let tokens = paragraphs[p].tokens
        guard first.tokens.upperBound < limit else { return ([], first.tokens.upperBound) }
        var names: [String] = []
        var at = first.tokens.upperBound
        // How many names, and where they end, when `and` last joined one: a list's comma joins
        // names only where `and` ends the list (`X, Y and Z`; not `X, Y,`).
        var closed = (count: 0, end: at)
        while names.count < 4, at < limit {
            var join = at
            if tokens[join].isMark(","), paragraphs[p].word(at: join + 1) != .and, mention(startingAt: join + 1, in: p) == nil,
               let close = (join + 1..<min(join + 16, limit)).first(where: { tokens[$0].isMark(",") }),
               paragraphs[p].word(at: close + 1) == .and {
                // `X, the chief executive of NHS Providers, and Z`: past X's apposition.
                join = close + 1
            } else if tokens[join].isMark(","), paragraphs[p].word(at: join + 1) == .and {
                join += 1
            }
            let isJoiner = paragraphs[p].word(at: join) == .and || tokens[join].isMark(",")
            guard isJoiner, join + 1 < limit else { break }
            let start = NameRuns.nameStart(afterHonorificAt: join + 1, in: tokens) ?? join + 1
            guard let next = mention(startingAt: start, in: p), !next.isReporter, next.tokens.upperBound <= limit,
                  !tokens[next.tokens.upperBound - 1].isPossessive, next.name != first.name, !names.contains(next.name) else { break }
            names.append(next.name)
            at = next.tokens.upperBound
            if paragraphs[p].word(at: join) == .and { closed = (names.count, at) }
        }
        // Most speakers are named alone: no array is made for them.
        if closed.count == 0 { return ([], closed.end) }
        if closed.count < names.count { names.removeLast(names.count - closed.count) }
        return (names, closed.end)
    }

    /// The co-speakers named at `site`, once a quote's speaker is settled.
    func coSpeakers(at site: JointSite) -> [String] {
        let p = Int(site.paragraph)
        guard let named = mention(startingAt: Int(site.name), in: p) else { return [] }
        return coSpeakers(after: named, before: Int(site.limit), in: p).names
    }
}
