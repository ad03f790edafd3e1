/// The ages a text gives a person: in apposition (`Tom Hale, 34,`, `named as Amanda Glenn,
/// 40.`), before the name (`72-year-old Wonder Bolden`), or once for two names (`both 19`).
extension PersonEvidence {
    /// `72-year-old Wonder Bolden`: an age before a name is a person's; not after an article,
    /// where it describes what follows the name (`the 45-year-old Manchester United fan`).
    static func isAgeBeforeName(_ yearOld: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard yearOld >= 2, paragraph.tokens[yearOld - 1].isMark("-"), paragraph.tokens[yearOld - 2].kind == .number else { return false }
        guard let article = paragraph.word(at: yearOld - 3) else { return true }
        return article != .the && article != .a && article != .an
    }

    /// The age a number at `index` can be (`Tom Hale, 34,`, `both 19`): 1 to 120; nil for any
    /// other token.
    static func age(at index: Int, in paragraph: TokenizedParagraph) -> Int? {
        guard index < paragraph.tokens.count, paragraph.tokens[index].kind == .number, let age = Int(paragraph.text(of: index)),
              (1...120).contains(age) else { return nil }
        return age
    }

    /// `Tom Hale, 34, said`: an age in apposition at `index`, after the name's comma, and where
    /// the words after its comma start; or one that ends the sentence (`The victim has been
    /// named as Amanda Glenn, 40.`), with the index of the age itself, after which no role is read.
    static func ageInApposition(at index: Int, in paragraph: TokenizedParagraph) -> (age: Int, next: Int)? {
        guard let age = age(at: index, in: paragraph) else { return nil }
        let tokens = paragraph.tokens
        if index + 1 < tokens.count, tokens[index + 1].isMark(",") { return (age, index + 2) }
        return index + 1 == tokens.count || tokens[index + 1].isPunctuation(".;)") ? (age, index) : nil
    }

    /// `Barnaby Webber and Grace O’Malley-Kumar, both 19,`: the age written once for two names
    /// joined by `and`, read at `start` (after the second name's comma), or from the `and` at
    /// `and` that follows the first. Nil when no such age stands there.
    static func sharedAge(at start: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard paragraph.word(at: start) == both else { return nil }
        let number = paragraph.word(at: start + 1) == aged ? start + 2 : start + 1
        guard let age = age(at: number, in: paragraph), number + 1 == tokens.count || tokens[number + 1].isPunctuation(",.;") else { return nil }
        return age
    }

    /// `sharedAge(at:in:)` read from the `and` after the first of the two names.
    static func sharedAge(afterPairAt and: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard let end = nameEnd(afterAnd: and, in: tokens), end + 1 < tokens.count, tokens[end].isMark(",") else { return nil }
        return sharedAge(at: end + 1, in: paragraph)
    }

    private static let both: WordKey = "both"
    private static let aged: WordKey = "aged"
}
