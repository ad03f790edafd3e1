/// Where the title of a role written before a name stands, and where the place it is of
/// starts: read back from the comma before the name (`the mayor of Nashville, X`, `A nurse at
/// the Royal Free Hospital, X`, `The head of the World Health Organization, X`) or from the name
/// itself (`chief medical officer of health Kieran Moore`).
extension RolePhrases {
    /// Where the title of a role that ends before the comma at `comma` stands: the word before
    /// it (`the health secretary, Steve Barclay`), or the word before `of`, `for` or `in` and a
    /// place of one to three capitalised words (`the mayor of Nashville, John Cooper`) or what
    /// the role is of in up to three words (`Its director of operations, Paul Woodrow`, `the
    /// minister for public health, X`), or a body or place named after `the` (`The head of the
    /// World Health Organization, X`). Nil when no title stands there.
    static func title(endingRoleBefore comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var index = comma - 1
        while index >= 0, index >= comma - 3, tokens[index].isWord, tokens[index].isCapitalized, !tokens[index].isPossessive { index -= 1 }
        let title = index < comma - 1 && isRoleJoiner(index, in: paragraph) ? index - 1 : comma - 1
        if isTitle(title, in: paragraph) { return title }
        if let atWork = Self.title(beforeWorkplaceEndingAt: comma, in: paragraph) { return atWork }
        // What the role is of, in lowercase words (the commonest roles have none: read last).
        var joiner = comma - 1
        while joiner >= 1, joiner >= comma - 3, tokens[joiner].isWord, !isRoleJoiner(joiner, in: paragraph) { joiner -= 1 }
        if joiner >= 1, joiner < comma - 1, isRoleJoiner(joiner, in: paragraph), isTitle(joiner - 1, in: paragraph) { return joiner - 1 }
        return Self.title(ofNamedPlaceEndingAt: comma, in: paragraph)
    }

    /// Where the title stands of a role whose body or place, named after `the`, ends at the
    /// comma at `comma` (`The head of the World Health Organization, X`, `The director of the
    /// Indonesian hospital in Beit Lahia, X`): capitalised words, a hospital's keyword and where
    /// it is, up to eight words in all. Nil when no title stands before its `of` or `for`.
    private static func title(ofNamedPlaceEndingAt comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var index = comma - 1
        var named = false
        while index >= 2, index >= comma - 8, tokens[index].isWord {
            let token = tokens[index]
            if token.isCapitalized {
                named = true
            } else if token.lower == .the {
                guard named, let joiner = paragraph.word(at: index - 1), joiner == .of || joiner == .for,
                      isTitle(index - 2, in: paragraph) else { return nil }
                return index - 2
            } else if !Vocabulary.hospitalKeywords.contains(token.lower), !PersonEvidence.placePrepositions.contains(token.lower) {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Where the title stands of a role whose workplace ends at the comma at `comma` (`A nurse
    /// at the Royal Free Hospital, Anna Grey`): the word before `at`, `the` and one to four
    /// capitalised words. Nil when no title stands there.
    static func title(beforeWorkplaceEndingAt comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        guard let place = workplace(endingAt: comma, in: paragraph) else { return nil }
        let at = paragraph.word(at: place - 1) == .the ? place - 2 : place - 1
        return paragraph.word(at: at) == .at && isTitle(at - 1, in: paragraph) ? at - 1 : nil
    }

    /// Where the one to four capitalised words before `comma` start.
    private static func workplace(endingAt comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var start = comma
        while start >= 1, start > comma - 4, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
        return start < comma && start >= 2 ? start : nil
    }

    /// Where the title of a role written straight before a name at `start` stands, when what
    /// the role is of is one to three lowercase words (`chief medical officer of health Kieran
    /// Moore`, `the minister for public health Maria Caulfield`); nil else, and where a verb or
    /// a common word stands between (`the head of staff said Jane Doe`).
    static func title(ofRoleBeforeName start: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var joiner = start - 1
        while joiner >= 1, joiner >= start - 3, tokens[joiner].isWord, !tokens[joiner].isCapitalized, !isRoleJoiner(joiner, in: paragraph) {
            let word = tokens[joiner].lower
            guard !Vocabulary.speechVerbs.contains(word), word == .the || !Vocabulary.nonNameWords.contains(word) else { return nil }
            joiner -= 1
        }
        guard joiner >= 1, joiner < start - 1, isRoleJoiner(joiner, in: paragraph), isTitle(joiner - 1, in: paragraph) else { return nil }
        return joiner - 1
    }

    /// Where the name of the place a role before a name is of starts, which is the person's
    /// workplace if it is a hospital: after the title's `of` or `at` (`The director of Kamal Adwan, Dr
    /// X`), or the possessive that opens the role (`al-Awda’s acting director, Dr X`, `RPA’s
    /// director of emergency, Dr X`). Nil when the role names no such place.
    static func placeOfRole(titledAt title: Int, endingBefore comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        if title + 2 < comma, isRoleJoiner(title + 1, in: paragraph) || paragraph.word(at: title + 1) == .at {
            let place = paragraph.word(at: title + 2) == .the ? title + 3 : title + 2
            if place < comma, tokens[place].isCapitalized { return place }
        }
        // Back over the role's lowercase words to a possessive name, then to the name's start.
        var index = title - 1
        while index >= 0, index >= title - 4, tokens[index].isWord, !tokens[index].isCapitalized { index -= 1 }
        guard index >= 0, tokens[index].isWord, tokens[index].isCapitalized, tokens[index].isPossessive else { return nil }
        // A sentence's `The` opens no name (`The Royal Free’s chief executive, Dr X`).
        while index >= 1, tokens[index - 1].isWord, tokens[index - 1].isCapitalized, tokens[index - 1].lower != .the,
              tokens[index - 1].spaceBefore || index - 1 == 0 { index -= 1 }
        return index
    }
}
