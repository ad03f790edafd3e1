/// The party an MP's or a senator's name carries after it, in brackets (`(D-N.Y.)`, `(SNP)`,
/// `(Lab)`): read past so that what follows the brackets is read as following the name.
extension PersonEvidence {
    /// Past `(D-N.Y.)`, `(R-Fla.)`, `(I-Vt.)` at `index`: a bracket that opens with a party's
    /// capital and a hyphen (a word of its own with what follows, or not) and closes within ten
    /// tokens. Nil when none stands there.
    static func partyAndState(at index: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard index + 2 < tokens.count, tokens[index].isMark("("), !tokens[index + 1].spaceBefore, tokens[index + 1].isCapitalized,
              paragraph.withBytes(of: index + 1..<index + 2, { $0.count >= 2 && $0[1] == UInt8(ascii: "-") })
                || tokens[index + 1].length == 1 && tokens[index + 2].isMark("-") else { return nil }
        var close = index + 2
        while close < tokens.count, close < index + 10, !tokens[close].spaceBefore || tokens[close].isMark(")") {
            if tokens[close].isMark(")") { return close + 1 }
            close += 1
        }
        return nil
    }

    /// Past `(SNP)`, `(Lab)` at `index`, after the name `run`: a party's initialism in brackets
    /// that is not the name's initials (as `Palestine Red Crescent Society (PRCS)` defines a
    /// body's), or a British party's short name. Nil when none stands there.
    static func party(at index: Int, after run: Range<Int>, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard index + 2 < tokens.count, tokens[index].isMark("("), tokens[index + 2].isMark(")") else { return nil }
        let party = tokens[index + 1]
        if party.isTitleCase { return partyNames.contains(party.lower) ? index + 3 : nil }
        guard party.isInitialism, (2...5).contains(party.length) else { return nil }
        // The name's initials, read against the letters in place: no array is made.
        let spellsTheName = paragraph.withBytes(of: run.lowerBound..<index + 2) { bytes in
            let base = Int(tokens[run.lowerBound].start)
            let letters = bytes[(Int(party.start) - base)...].prefix(party.length)
            var letter = letters.startIndex
            for word in run where tokens[word].isCapitalized {
                guard letter < letters.endIndex, bytes[Int(tokens[word].start) - base] == letters[letter] else { return false }
                letter += 1
            }
            return letter == letters.endIndex
        }
        return spellsTheName ? nil : index + 3
    }

    /// British parties' short names in brackets after an MP's (`(Lab)`, `(Con)`).
    private static let partyNames: WordSet = ["lab", "con", "green", "reform", "ind", "lib"]
}
