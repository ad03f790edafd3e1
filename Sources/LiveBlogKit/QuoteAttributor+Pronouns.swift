/// What the post's own words say of whom `he` and `she` mean: a title before a name, the
/// pronoun a sentence about one person goes on with, and the pronoun a speaker addresses
/// someone else with. Read for `PronounsOfThePost`.
extension QuoteAttributor {
    /// A quote whose speaker the post calls by an office (`“…,” the prime minister said`), and
    /// the one person the post named before it: the one that office may be, as `he` may be,
    /// once the blog's people say no one else holds it.
    struct OfficeStandIn {
        var quote: Int
        var subject: String
    }

    /// `he` or `she`, as a title the post writes the person's name after says (`Mr Streeting`,
    /// `Dame Sally Davies`, `Baroness Hale`); nil when none of the post's mentions of them has one.
    func titledPronoun(of name: String) -> WordKey? {
        for (paragraph, list) in mentions.enumerated() {
            for mention in list where mention.name == name {
                let tokens = paragraphs[paragraph].tokens
                // The title is the mention's first word, or stands before it (`Mr.` with its stop).
                for index in [mention.tokens.lowerBound, mention.tokens.lowerBound - 1, mention.tokens.lowerBound - 2]
                where index >= 0 && index < tokens.count && tokens[index].isWord {
                    if Self.hisTitles.contains(tokens[index].lower) { return .he }
                    if Self.herTitles.contains(tokens[index].lower) { return .she }
                    if index < mention.tokens.lowerBound { break }
                }
            }
        }
        return nil
    }

    /// Titles of men and of women, written before a name.
    private static let hisTitles: WordSet = ["mr", "sir", "lord", "baron", "king", "prince", "father"]
    private static let herTitles: WordSet = ["mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "sister"]

    /// The pronoun a paragraph that names one person goes on with as a subject (`Paula Vennells
    /// broke down in tears as she was asked …`): theirs. Nil when it names another, or writes
    /// both `he` and `she`, or neither.
    func soleSubjectsPronoun(in p: Int) -> WordKey? {
        guard mentions[p].count == 1 else { return nil }
        let tokens = paragraphs[p].tokens
        var found: WordKey?
        for token in tokens[mentions[p][0].tokens.upperBound...] where token.isWord && !token.isCapitalized {
            let word = token.lower
            guard word == .he || word == .she else { continue }
            if let found, found != word { return nil }
            found = word
        }
        return found
    }

    /// The pronoun of the one a speaker addresses as their words are introduced (`Jason Beer KC,
    /// counsel to the inquiry, asked her: “…”`): someone else's, so not the speaker's. Nil
    /// unless a speech verb, `her` or `him` and a colon stand just before the quote.
    func pronounOfAnother(before span: QuoteSpan) -> WordKey? {
        let tokens = paragraphs[span.startParagraph].tokens
        let open = span.openToken
        guard open >= 3, open - 1 < tokens.count, tokens[open - 1].isMark(":"), tokens[open - 2].isWord, !tokens[open - 2].isCapitalized,
              Vocabulary.speechVerbs.contains(tokens[open - 3].lower) else { return nil }
        switch tokens[open - 2].lower {
        case .her: return .she
        case .him: return .he
        default: return nil
        }
    }
}
