/// The word that follows a name past what may stand between it and its verb: a name joined to
/// it (`Ravi Patel of Mass General said`) or where its bearer is from (`Sarah Jenkins from
/// Plymouth says`); and the broadcaster a speaker is heard on before their words (`Gary
/// Lineker on the BBC: “…”`) or the clause that ends in a colon before a quote. Read for
/// `PersonEvidence.read`.
extension PersonEvidence {
    /// The word after a name or body joined to the name ending at `after` (`Jeremy Hunt and
    /// David Cameron said`, `Sarah Jones of Unite said`, `… of the BMA said`): the verb the two
    /// share, or the one whose subject the name is. Nil when no `and`, `&` or `of` follows.
    static func wordAfterJoinedName(_ after: Int, in paragraph: TokenizedParagraph) -> WordKey? {
        let tokens = paragraph.tokens
        guard after + 1 < tokens.count, NameRuns.isJoiner(tokens[after]) else { return nil }
        var index = after + 1
        if tokens[index].lower == .the, !tokens[index].isCapitalized { index += 1 }
        let end = capitalisedWordsEnd(from: index, atMost: 5, in: tokens)
        return end > index ? paragraph.word(at: end) : nil
    }

    /// Where up to `limit` capitalised words, each after a space, that stand at `start` end
    /// (`start` when none does): a place's or a body's name after `of` or `from`.
    private static func capitalisedWordsEnd(from start: Int, atMost limit: Int, in tokens: [Token]) -> Int {
        var index = start
        while index < tokens.count, index < start + limit, tokens[index].isCapitalized, tokens[index].spaceBefore { index += 1 }
        return index
    }

    /// The word after where a name's bearer is from (`Sarah Jenkins from Plymouth says`,
    /// `Sarah Jenkins, from Plymouth, says`), when `from` and one to four capitalised words
    /// stand at `after`; nil else.
    static func wordAfterOrigin(_ after: Int, in paragraph: TokenizedParagraph) -> WordKey? {
        let tokens = paragraph.tokens
        var index = after
        let aside = index < tokens.count && tokens[index].isMark(",")
        if aside { index += 1 }
        guard index + 2 < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized, tokens[index].lower == .from else { return nil }
        let end = capitalisedWordsEnd(from: index + 1, atMost: 4, in: tokens)
        guard end > index + 1 else { return nil }
        index = end
        if aside {
            guard index < tokens.count, tokens[index].isMark(",") else { return nil }
            index += 1
        }
        return paragraph.word(at: index)
    }

    /// Whether `on`, a broadcaster's or a platform's one to four capitalised words, a colon and
    /// an opening quote mark stand at `after` (`Gary Lineker on the BBC: “…”`, `Rio Ferdinand
    /// on TNT Sports: “…”`): a pundit's words, as a sports page quotes them.
    static func speaksOnAir(after: Int, in paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard after + 3 < tokens.count, tokens[after].isWord, !tokens[after].isCapitalized, tokens[after].lower == .on else { return false }
        var index = after + 1
        if tokens[index].lower == .the, !tokens[index].isCapitalized { index += 1 }
        let end = capitalisedWordsEnd(from: index, atMost: 4, in: tokens)
        return end > index && end + 1 < tokens.count && tokens[end].isMark(":") && tokens[end + 1].isPunctuation("“\"")
    }

    /// Whether a short clause from here ends in `:` and an opening quote mark.
    static func saysBeforeQuote(from start: Int, in tokens: [Token]) -> Bool {
        var index = start
        while index + 1 < tokens.count, index < start + 10 {
            if tokens[index].isMark(":") { return tokens[index + 1].isPunctuation("“\"‘'") }
            if tokens[index].isPunctuation(".!?") { return false }
            index += 1
        }
        return false
    }

    /// Whether a verb, then `his` or `her` and what is theirs, follow a name (`Victoria Atkins
    /// held her seat`, `Farage lost his deposit`): only a person's is so written, a body's
    /// being `its`. Not `her` as the verb's object (`Thames Water told her that …`, `… sent her
    /// a letter`), which a determiner or a joining word after it shows; but `and` then a
    /// relative is (`Billy Crystal and his wife Janice said`).
    static func ownsWithAPersonsPronoun(after: Int, in paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard after + 2 < tokens.count, tokens[after].isWord, !tokens[after].isCapitalized, tokens[after].spaceBefore,
              Self.personsPossessives.contains(tokens[after + 1].lower) else { return false }
        let owned = tokens[after + 2]
        guard !NameRuns.isJoiner(tokens[after]) else { return tokens[after].lower == .and && Vocabulary.relatives.contains(owned.lower) }
        return owned.isWord && !owned.isCapitalized && !Self.notOwned.contains(owned.lower)
    }

    /// `his` and `her`, which only a person's things follow.
    private static let personsPossessives: WordSet = ["his", "her"]
    /// What may follow `her` as the object of a verb: a determiner, or a word that opens a clause.
    private static let notOwned: WordSet = ["a", "an", "the", "that", "this", "to", "and", "or", "it", "how", "what", "why",
                                            "when", "where", "if", "whether", "about", "of", "for", "in", "on", "at", "with", "by",
                                            "from", "up", "out", "down", "off", "back", "not", "so", "as", "into", "over"]
}
