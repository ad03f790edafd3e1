/// What the tokens around a quote's speaker say of the clause they stand in: where a sentence
/// ends, and whether a speech verb follows an aside or the body a speaker speaks for.
extension QuoteAttributor {
    /// Whether the body a speaker speaks for stands at `index`, then a speech verb: `of the
    /// Tulsa Police Department said`, `from Médecins Sans Frontières told`.
    static func speechVerbAfterBody(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].isWord, Self.bodyJoiners.contains(tokens[index].lower) else { return false }
        var next = index + 1
        if tokens[next].lower == .the { next += 1 }
        let start = next
        while next < tokens.count, next < start + 6, tokens[next].isWord, tokens[next].isCapitalized { next += 1 }
        return next > start && next < tokens.count && Vocabulary.speechVerbs.contains(tokens[next].lower)
    }

    /// Words that join a speaker's name to the body they speak for.
    private static let bodyJoiners: WordSet = ["of", "from", "at", "for", "with"]

    /// Whether an aside between commas opens at `index` and a speech verb follows it (`one
    /// paramedic, who asked not to be named, told the Guardian`), of up to 24 tokens (`, who
    /// asked not to be named because she was not authorized to speak, said`).
    static func speechVerbAfterAside(at index: Int, in tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].isMark(",") else { return false }
        var close = index + 1
        while close + 1 < tokens.count, close < index + 25, !tokens[close].isPunctuation(".!?“”\"") {
            if tokens[close].isMark(",") { return Vocabulary.speechVerbs.contains(tokens[close + 1].lower) }
            close += 1
        }
        return false
    }

    /// Whether the token at `index` is one of `marks` that ends a sentence: one that white
    /// space or the text's end follows, not a full stop inside `(R-S.D.)` or `N.F.L.`.
    static func endsSentence(at index: Int, in tokens: [Token], marks: StaticString) -> Bool {
        guard tokens[index].isPunctuation(marks) else { return false }
        if index + 1 == tokens.count { return true }
        // The full stop of an initial (`Tori B. Powell`) goes on to the name's next word.
        let isInitialStop = index >= 1 && tokens[index].isMark(".") && tokens[index - 1].isWord && tokens[index - 1].length == 1
            && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
        return tokens[index + 1].spaceBefore && !isInitialStop && !isHonorificStop(index, in: tokens)
    }

    /// A description without the capital its sentence gave its first letter (`The spokesperson`
    /// → `the spokesperson`); a word with a capital inside it is a name's and keeps it
    /// (`McDonald's said`, `DeSantis said`).
    static func withoutSentenceCapital(_ phrase: Substring) -> String {
        let firstWord = phrase.utf8.prefix { $0 != UInt8(ascii: " ") }
        if firstWord.dropFirst().contains(where: { $0 &- 0x41 < 26 }) { return String(phrase) }
        return phrase.prefix(1).lowercased() + phrase.dropFirst()
    }

    /// Whether the token at `index` is the full stop of a title before a name (`Gov. Hochul`,
    /// `Dr. Fauci`), which goes on to the name. Told on the title's length before it is looked up.
    private static func isHonorificStop(_ index: Int, in tokens: [Token]) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index].isMark("."), !tokens[index].spaceBefore else { return false }
        let title = tokens[index - 1]
        return title.isWord && title.length <= 5 && title.isTitleCase && tokens[index + 1].isCapitalized
            && Vocabulary.honorifics.contains(title.lower)
    }

    /// Whether the token at `index` is a full stop inside an initialism written with them
    /// (`the N.F.L. said`, `the F.B.I.`), which goes on past it.
    static func isInitialismStop(_ index: Int, in tokens: [Token]) -> Bool {
        index > 0 && index < tokens.count && tokens[index].isMark(".") && !tokens[index].spaceBefore
            && tokens[index - 1].length == 1 && tokens[index - 1].isCapitalized
    }

    /// Whether the name at `index` stands after the verb of a sentence whose subject is `he` or
    /// `she` (`She praised Inspector Amy Scott, who shot the attacker.`): the one the post was
    /// talking about goes on being its subject; the name is no new one.
    static func followsPronounSubject(_ index: Int, in tokens: [Token]) -> Bool {
        var start = index
        // A mark's kind first: most tokens are words, and end no sentence.
        while start > 0, start > index - 30, !(tokens[start - 1].kind == .punctuation && endsSentence(at: start - 1, in: tokens, marks: ".!?")) {
            start -= 1
        }
        guard start + 1 < index, tokens[start].isWord, tokens[start].isCapitalized else { return false }
        return tokens[start].lower == .he || tokens[start].lower == .she
    }
}

