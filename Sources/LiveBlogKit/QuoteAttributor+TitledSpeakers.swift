/// Speakers named with a role or a title before the name (`PRCS spokeswoman Nebal Farsakh`,
/// `Mr. Trump`), read for `QuoteAttributor.speaker(startingAt:in:subject:verbFirst:)`.
extension QuoteAttributor {
    /// `spokeswoman Nebal Farsakh`, `PRCS spokeswoman Nebal Farsakh`, `police spokesperson Lt.
    /// Pamela Castro`, `our correspondent Hind Khoudary`: a role's words (an honorific's stop
    /// among them), then a person or reporter the post names, ending where a speech verb or
    /// the clause's end stands, or (after the verb) where when or where they said it begins
    /// (`said … Nebal Farsakh on Sunday`).
    func namedAfterRole(from start: Int, in p: Int, verbFirst: Bool) -> NamedMention? {
        let tokens = paragraphs[p].tokens
        var end = start
        var limit = start + 8
        while end < tokens.count, end < limit {
            if tokens[end].isWord && !Vocabulary.speechVerbs.contains(tokens[end].lower)
                || end > start && tokens[end].isMark(".") && NameRuns.nameStart(afterHonorificAt: end - 1, in: tokens) == end + 1 {
                end += 1
            } else if end > start, let close = Self.parenthesisedPlace(at: end, in: tokens) {
                // `Deputy Commissioner of Police (Shahdara) Surendra Choudhary said`.
                limit += close + 1 - end
                end = close + 1
            } else {
                break
            }
        }
        guard end > start + 1 else { return nil }
        for first in start + 1..<end {
            guard let named = mention(startingAt: first, in: p) else { continue }
            let after = named.tokens.upperBound
            let ends = after == end || verbFirst && after < end && Self.adverbialOpeners.contains(tokens[after].lower)
            return ends ? named : nil
        }
        return nil
    }

    /// The index of the `)` closing a role's place or body in brackets that opens at `open`
    /// (`(Shahdara)`, `(East Delhi)`): one to three capitalised words.
    private static func parenthesisedPlace(at open: Int, in tokens: [Token]) -> Int? {
        guard tokens[open].isMark("(") else { return nil }
        var close = open + 1
        while close < tokens.count, close <= open + 3, tokens[close].isWord, tokens[close].isCapitalized { close += 1 }
        return close > open + 1 && close < tokens.count && tokens[close].isMark(")") ? close : nil
    }

    /// Words that open when or where something was said, after the speaker's name.
    private static let adverbialOpeners = WordSet(whenOrWhereWords)
    /// The words of `adverbialOpeners`, which also say when or where a role after the verb is
    /// not (`RolePhrases.isRoleAfterInvertedSpeech`).
    static let whenOrWhereWords = ["on", "in", "at", "from", "yesterday", "today", "tonight", "earlier", "later", "last", "this"]

    /// `Mr. Trump said`, `said Dr Fauci`, `Baroness Hallett pressed him:`: a title at `title`
    /// and a surname at `name` the blog names no one by in full are the speaker as written,
    /// through the capitalised words that follow, up to `limit` or a speech verb.
    func titledName(from title: Int, nameAt name: Int, in p: Int, before limit: Int) -> (Speaker, Int) {
        let tokens = paragraphs[p].tokens
        var end = name + 1
        while end < limit, tokens[end].spaceBefore, tokens[end].isTitleCase, !Vocabulary.speechVerbs.contains(tokens[end].lower) {
            end += 1
        }
        return (Speaker(name: String(paragraphs[p].surface(title..<end))), end)
    }
}
