/// What may stand after a hospital name's keyword and end the name: a number (`City Clinical
/// Hospital No 67`), a place after `of` (`University Hospital of Wales`) or straight after it
/// (`University Hospital Limerick`), or a specialty after `for` (`Royal Hospital for Sick
/// Children`). Read by `nameEnding(at:in:after:)`.
extension HospitalRecognizer {
    /// Where `No 67`, `No. 1` or `Number 3` after the keyword at `keyword` ends; nil when no
    /// such number follows it.
    static func numberEnd(after keyword: Int, in tokens: [Token]) -> Int? {
        let no = keyword + 1
        guard no + 1 < tokens.count, tokens[no].isTitleCase, tokens[no].spaceBefore, numberWords.contains(tokens[no].lower) else { return nil }
        let number = tokens[no + 1].isMark(".") && !tokens[no + 1].spaceBefore ? no + 2 : no + 1
        return number < tokens.count && tokens[number].kind == .number ? number + 1 : nil
    }

    /// Words before a hospital's number.
    private static let numberWords: WordSet = ["no", "number", "nr"]

    /// The end of `of <Place>` after a keyword: one to three title-case words that are no
    /// common words (`of Wales`, `of North Staffordshire`; never `of the`).
    static func place(after keyword: Int, in tokens: [Token]) -> Int? {
        guard keyword + 2 < tokens.count, tokens[keyword + 1].isWord, tokens[keyword + 1].lower == .of else { return nil }
        var end = keyword + 2
        while end < tokens.count, end < keyword + 5, tokens[end].isTitleCase, tokens[end].spaceBefore,
              !Vocabulary.nonNameWords.contains(tokens[end].lower) {
            end += 1
        }
        return end > keyword + 2 ? end : nil
    }

    /// The end of one or two title-case words straight after a keyword that name a place
    /// (`Hospital Limerick`, `Hospital North Durham`): none a common word, an institution's, a
    /// body's or an office's, and no capital after them (`Hospital Chief Executive Officer`) nor
    /// the paragraph's end.
    static func placeEnding(after keyword: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var end = keyword + 1
        while end < tokens.count, end < keyword + 3, tokens[end].isTitleCase, tokens[end].spaceBefore {
            let word = tokens[end].lower
            if Vocabulary.nonNameWords.contains(word) || Vocabulary.institutionWords.contains(word) || bodiesOfHospitals.contains(word)
                || Vocabulary.personTitles.contains(word) || Vocabulary.specialtyWords.contains(word) { return nil }
            end += 1
        }
        // Something follows it, and no capital: a title-case heading (`University Hospital Staff
        // Strike`) runs to its end on capitals.
        guard end > keyword + 1, end < tokens.count, !tokens[end].isCapitalized || !tokens[end].spaceBefore else { return nil }
        return end
    }

    /// The end of `for <specialty>` after a keyword: capitalised words, or a specialty noun.
    static func specialty(after keyword: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard keyword + 2 < tokens.count, tokens[keyword + 1].lower == .`for` else { return nil }
        var end = keyword + 2
        while end < tokens.count, end < keyword + 5, tokens[end].isCapitalized,
              !Vocabulary.nonNameWords.contains(tokens[end].lower) {
            end += 1
        }
        if end > keyword + 2 { return end }
        guard tokens[keyword + 2].isWord else { return nil }
        if !Vocabulary.specialtyWords.contains(tokens[keyword + 2].lower) {
            let word = paragraph.text(of: keyword + 2).lowercased()
            guard Vocabulary.specialtySuffixes.contains(where: word.hasSuffix) else { return nil }
        }
        end = keyword + 3
        if end < tokens.count, tokens[end].isWord, specialtyTails.contains(tokens[end].lower) { end += 1 }
        return end
    }

    /// Words that end a specialty (`hospital for sick children`).
    private static let specialtyTails: WordSet = ["children", "diseases", "women"]
}
