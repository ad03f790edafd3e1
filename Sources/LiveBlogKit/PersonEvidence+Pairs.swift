/// A role two people share, written once in the plural for both names joined by `and`: before
/// them (`Junior doctors Amy Cole and Ben Hart told her`) or after them in apposition (`Dr
/// Robert Laurenson and Dr Vivek Trivedi, co-chairs of the BMA junior doctors committee, said`).
/// Each person's role is the title in the singular.
extension PersonEvidence {
    /// The singular of the plural title at `index` (`doctors` → `doctor`, `co-chairs` →
    /// `co-chair`, `secretaries` → `secretary`, `coaches` → `coach`, `activists` → `activist`,
    /// `MPs` → `MP`); nil for any other word.
    static func singularTitle(at index: Int, in paragraph: TokenizedParagraph) -> String? {
        guard index >= 0, index < paragraph.tokens.count, paragraph.tokens[index].isWord, paragraph.tokens[index].length >= 3,
              paragraph.withBytes(of: index..<index + 1, { $0.last == UInt8(ascii: "s") }) else { return nil }
        return singularTitle(paragraph.text(of: index))
    }

    /// `singularTitle(at:in:)` of a word's text.
    private static func singularTitle(_ word: Substring) -> String? {
        guard word.utf8.count >= 3, word.last == "s", !word.hasSuffix("ss") else { return nil }
        let sibilant = ["sses", "ches", "shes", "xes"].contains { word.hasSuffix($0) }
        let singular = word.hasSuffix("ies") ? word.dropLast(3) + "y" : String(word.dropLast(sibilant ? 2 : 1))
        let key = WordKey(singular.lowercased())
        let isTitle = Vocabulary.personTitles.contains(key) || Vocabulary.medicalRoleWords.contains(key)
            || singular.hasSuffix("ist") && !Vocabulary.nonNameWords.contains(key)
        return isTitle ? singular : nil
    }

    /// `role` with the plural title at `title` (one of its words, read from `phraseStart`) in the
    /// singular; nil when that word is no plural title.
    static func singular(_ role: String, title: Int, phraseStart: Int, in paragraph: TokenizedParagraph) -> String? {
        guard let singular = singularTitle(at: title, in: paragraph) else { return nil }
        let tokens = paragraph.tokens
        let offset = Int(tokens[title].start) - Int(tokens[phraseStart].start)
        let utf8 = role.utf8
        guard offset >= 0, offset + Int(tokens[title].length) <= utf8.count else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: Int(tokens[title].length))
        return String(role[..<start]) + singular + String(role[end...])
    }

    /// The token before the name starting at `start`, past an honorific (`Dr Vivek Trivedi`).
    private static func wordBeforeName(_ start: Int, in tokens: [Token]) -> Int {
        let before = PersonEvidence.honorificBefore(start, in: tokens) ?? start - 1
        return before >= 0 && tokens[before].isWord && Vocabulary.honorifics.contains(tokens[before].lower) ? before - 1 : before
    }

    /// Where the name that `and` at `and` opens ends, past an honorific and its stop (`and Dr.
    /// Vivek Trivedi`): two to four title-case words. Nil when no such name follows.
    static func nameEnd(afterAnd and: Int, in tokens: [Token]) -> Int? {
        var start = and + 1
        if let name = NameRuns.nameStart(afterHonorificAt: start, in: tokens) { start = name }
        var end = start
        while end < tokens.count, end < start + 4, tokens[end].isWord, tokens[end].isTitleCase { end += 1 }
        return end - start >= 2 ? end : nil
    }

    /// `Junior doctors Amy Cole and Ben Hart`: the role a plural title before two names joined
    /// by `and` gives the name `run`, the first or the second of them.
    static func pluralTitleRole(of run: Range<Int>, in paragraph: TokenizedParagraph) -> String? {
        let tokens = paragraph.tokens
        var before = wordBeforeName(run.lowerBound, in: tokens)
        if before >= 0, tokens[before].isWord, tokens[before].lower == .and {
            // The second name: the first stands before `and`, its title before it.
            var first = before
            while first > 0, first > before - 5, tokens[first - 1].isWord, tokens[first - 1].isTitleCase,
                  singularTitle(at: first - 1, in: paragraph) == nil {
                first -= 1
            }
            guard before - first >= 2 else { return nil }
            before = wordBeforeName(first, in: tokens)
        } else {
            guard run.upperBound < tokens.count, tokens[run.upperBound].isWord, tokens[run.upperBound].lower == .and,
                  nameEnd(afterAnd: run.upperBound, in: tokens) != nil else { return nil }
        }
        // `Labour MPs Jess Phillips and …`: an initialism's plural keeps its capitals.
        guard before >= 0, tokens[before].isWord,
              !tokens[before].isTitleCase || paragraph.opensSentence(at: before)
                || paragraph.withBytes(of: before..<before + 1, { $0.dropLast().allSatisfy { $0 &- UInt8(ascii: "A") < 26 } }),
              singularTitle(at: before, in: paragraph) != nil,
              let role = RolePhrases.rolePhrase(endingAt: before, in: paragraph),
              let title = role.split(separator: " ").last, let singular = singularTitle(title) else { return nil }
        // The title ends the phrase, as written or with a sentence's capital gone.
        return role.dropLast(title.count) + singular
    }

    /// `Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the BMA junior doctors
    /// committee,`: the role a plural apposition after the second name gives the first, read
    /// from the `and` at `and` that follows it.
    static func sharedAppositive(afterPairAt and: Int, in paragraph: TokenizedParagraph) -> String? {
        let tokens = paragraph.tokens
        guard let end = nameEnd(afterAnd: and, in: tokens), end + 1 < tokens.count, tokens[end].isMark(",") else { return nil }
        return pluralAppositive(at: end + 1, in: paragraph)
    }

    /// A plural role in apposition at `start` (`co-chairs of the BMA …`, `the co-chairs of …`,
    /// `both nurses at …`), its title in the singular; nil for any other words.
    static func pluralAppositive(at start: Int, in paragraph: TokenizedParagraph) -> String? {
        appositiveRole(at: start, in: paragraph, plural: true)?.0 ?? nil
    }
}
