/// Whether a post's line is its title: the headings a live blog gives its posts, told from
/// the sentences of its text.
extension PostLayout {
    /// `isTitle` of a whole string.
    static func isTitle(_ line: String, followedByText: Bool) -> Bool {
        isTitle(line[...], followedByText: followedByText)
    }

    /// A heading: a known title word, or a short line with text below it and no sentence
    /// ending or link, whose double quotes quote words, not sentences; a short question (`Who
    /// are junior doctors?`) or a line wholly in single quotes (`‘I can’t afford to stay in this
    /// country’`, as the BBC heads a post with what someone said) or ending on quoted words
    /// (`Barclay: Pay demand 'unreasonable'`, `Ardern: “This is one of New Zealand’s darkest
    /// days”`) or on a name's possessive (`Pickets at Guy's and St Thomas'`) is one too.
    static func isTitle(_ line: Substring, followedByText: Bool) -> Bool {
        // Titles are short: most lines are rejected on length before anything is split.
        guard line.utf8.count <= 400 else { return false }
        // A slice, not a copy: most first lines are read no further than their ends.
        let slice = line.trimmedOfWhitespace()
        if slice.utf8.count <= PageFurniture.longestKnownTitle, PageFurniture.knownTitles.contains(slice.lowercased()) { return true }
        // The cheap tests first: most first lines are sentences, which end in a full stop.
        guard followedByText, let first = slice.unicodeScalars.first else { return false }
        let opensAsTitle = first.value &- 0x41 < 26 || first.isASCIIDigit || (!first.isASCII && first.properties.isUppercase)
        // Told on the last byte first (`’` ends in 0x99): most lines end otherwise.
        let lastByte = slice.utf8.last
        let endsOnSingleQuote = lastByte == 0x27 || lastByte == 0x99 && slice.unicodeScalars.last == "’"
        let opensOnSingleQuote = !opensAsTitle && (first == "‘" || first == "'") && slice.utf8.count > 2
        let opensOnDoubleQuote = !opensAsTitle && (first == "“" || first == "\"") && slice.utf8.count > 2
        // `‘We cannot go on like this,’ says doctor on picket line`: quoted words, then who said
        // them; in double quotes when the quote closes before its comma or colon (`"Children Most
        // Vulnerable": Paediatrician`, as Indian pages head a post).
        let isQuoted = opensOnSingleQuote && (endsOnSingleQuote || isSaidAfterQuote(slice, closingMarks: "’'"))
            || opensOnDoubleQuote && isSaidAfterQuote(slice, closingMarks: "”\"", separated: true)
        // `Barclay: Pay demand 'unreasonable'`, `Patient: ‘My operation was cancelled again’`: a
        // heading that ends on words it quotes.
        let endsOnQuotedWords = opensAsTitle && endsOnSingleQuote && (slice.contains(" ‘") || slice.contains(" '"))
        // `Pickets at Guy's and St Thomas'`: a name's possessive, no quote's end.
        let endsOnPossessive = opensAsTitle && endsOnSingleQuote && !endsOnQuotedWords && slice.unicodeScalars.dropLast().last == "s"
            && slice.split(separator: " ").last?.first?.isUppercase == true
        // `Ardern: “This is one of New Zealand’s darkest days”`: the same in double quotes.
        let endsOnDoubleQuotedWords = opensAsTitle && (lastByte == 0x22 || lastByte == 0x9D && slice.unicodeScalars.last == "”")
            && (slice.contains(" “") || slice.contains(" \""))
        guard opensAsTitle || isQuoted,
              isQuoted || endsOnQuotedWords || endsOnDoubleQuotedWords || endsOnPossessive || endsOutsideASentence(slice, orQuestion: true)
                || opensWithAnExclamation(slice)
        else { return false }
        let isQuestion = !isQuoted && slice.utf8.last == UInt8(ascii: "?")
        // Characters are counted on a string of its own, whose clusters start where it starts.
        let trimmed = String(slice)
        guard trimmed.count <= 90 else { return false }
        let words = trimmed.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= (isQuestion ? 10 : 14) else { return false }
        for word in words {
            if word.hasPrefix("#") || word.hasPrefix("@") || word.contains("://") || word.contains("twitter.com")
                || word.contains("t.co/") { return false }
        }
        if trimmed.contains("“") || trimmed.contains("\""), !quotesWordsOnly(trimmed) { return false }
        return !hasSentenceBreak(trimmed)
    }

    /// Whether a heading's double quotes quote words, not sentences (`Hunt says strike is
    /// “unnecessary”`): each opened after a space and closed, no sentence's end inside one
    /// (`“We are ready.”` is a paragraph's); a comma inside one opened within the line is
    /// American punctuation (`Maui's only hospital is "managing," its CEO says`), where one the
    /// line opens with ends a clause (`“We are ready,” she said`).
    private static func quotesWordsOnly(_ text: String) -> Bool {
        var open = false
        var opensLine = false
        var previous: Character = " "
        for (offset, character) in text.enumerated() {
            switch character {
            case "“" where !open && previous == " ", "\"" where !open && previous == " ":
                open = true
                opensLine = offset == 0
            case "”" where open, "\"" where open:
                if ".!?;:".contains(previous) || previous == "," && opensLine { return false }
                open = false
            case "“", "”", "\"":
                return false
            default:
                break
            }
            previous = character
        }
        return !open
    }

    /// Whether a full stop and a space inside a line end a sentence there: not after an
    /// initial (`J. K. Rowling`) or an abbreviation (`TORNADOES HIT ST. LUCIE COUNTY`).
    private static func hasSentenceBreak(_ text: String) -> Bool {
        var rest = text[...]
        while let stop = rest.range(of: ". ") {
            let word = text[..<stop.lowerBound].split(separator: " ").last ?? ""
            guard word.count == 1 || abbreviations.contains(word.lowercased()) else { return true }
            rest = text[stop.upperBound...]
        }
        return false
    }

    /// Words a title may shorten with a full stop before going on.
    private static let abbreviations: Set<String> = ["st", "dr", "mt", "ft", "mr", "mrs", "ms", "gov", "sen", "rep", "gen", "lt", "col",
                                                     "sgt", "no", "vs", "jr", "u.s", "u.k"]

    /// Whether a line that opens on a quote closes it with one of `closingMarks`, then names
    /// who said the words in a few words that end no sentence (`, says doctor on picket line`,
    /// `– nurse`; a comma or a colon may stand outside the quote, as British and Indian pages
    /// put it: `‘We are not greedy’, says striking nurse`, `"Children Most Vulnerable":
    /// Paediatrician`). With `separated`, the words after the quote must follow a comma, a
    /// colon or a dash: `“Picket lines” across England` quotes a heading's words, not speech.
    private static func isSaidAfterQuote(_ line: Substring, closingMarks: String, separated: Bool = false) -> Bool {
        guard let last = line.last, !sentenceEnds.contains(last) else { return false }
        var previous: Character = " "
        for index in line.indices.dropFirst() {
            let character = line[index]
            // A closing mark after a word's end, before white space: not the apostrophe of `can’t`.
            if closingMarks.contains(character), previous != " " {
                var next = line.index(after: index)
                let punctuated = next < line.endIndex && (line[next] == "," || line[next] == ":")
                if punctuated { next = line.index(after: next) }
                if next < line.endIndex, line[next] == " " {
                    let words = line[next...].split(separator: " ")
                    guard !separated || punctuated || words.first.map({ ["–", "—", "-"].contains($0) }) == true else { return false }
                    return (1...8).contains(words.count)
                }
            }
            previous = character
        }
        return false
    }

    /// `GOAL! Liverpool 2-1 Manchester City (Salah 88)`, `RED CARD! …`, `WICKET! …`: a word or
    /// two in capitals and `!` open a heading, whatever ends it, as sports blogs head a post.
    private static func opensWithAnExclamation(_ text: Substring) -> Bool {
        // Most lines open with a capital and a small letter: told on two bytes.
        let utf8 = text.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), first &- 0x41 < 26, second &- 0x41 < 26,
              let bang = utf8.prefix(24).firstIndex(of: UInt8(ascii: "!")) else { return false }
        let opening = utf8[..<bang]
        let letters = opening.filter { $0 != UInt8(ascii: " ") }
        // `WOW! What a finish.` is a sentence.
        guard let last = utf8.last, ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last) else { return false }
        return letters.count >= 3 && letters.allSatisfy { $0 &- 0x41 < 26 } && utf8[bang...].dropFirst().first == UInt8(ascii: " ")
    }

    /// Whether a text has a last character and it is none of `sentenceEnds` (or, `orQuestion`,
    /// a question mark). Read on the last byte when the two last bytes are ASCII (two ASCII
    /// scalars other than CR LF always stand in characters of their own), which spares finding
    /// where the last grapheme cluster starts, and hashing it.
    private static func endsOutsideASentence(_ text: Substring, orQuestion: Bool = false) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 2, let last = utf8.last, last < 0x80, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80,
              last != 10 else {
            guard let last = String(text).last else { return false }
            return !sentenceEnds.contains(last) || (orQuestion && last == "?")
        }
        return !asciiSentenceEnds[Int(last)] || (orQuestion && last == UInt8(ascii: "?"))
    }

    /// What a line that is no title ends with.
    static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", ",", "…", "\"", "”", "’", "'", "–", "—", "-", ")"]
    /// `sentenceEnds`' ASCII members, by byte.
    private static let asciiSentenceEnds: [Bool] = (0..<128).map { sentenceEnds.contains(Character(Unicode.Scalar(UInt8($0)))) }
}
