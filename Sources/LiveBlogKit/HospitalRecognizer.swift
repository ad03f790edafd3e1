/// Finds hospital mentions in a paragraph by rules, in two passes: names that carry their own
/// evidence (`X hospital`, `hospital for Y`, a famous name), then references that only make
/// sense once those are known (initialisms, short names, workplaces: the second pass is in
/// `HospitalRecognizer+References.swift`, names whose keyword comes first in `KeywordFirstNames`,
/// names a list after `hospitals:` gives in `HospitalRecognizer+Lists.swift`).
enum HospitalRecognizer {
    /// Words before a run that put something at a place (`at the Royal Liverpool`).
    static let locatives: WordSet = ["at", "outside", "from", "near", "inside"]
    /// Directions a location after a name may open with (`in west London`).
    private static let directions: WordSet = [
        "north", "south", "east", "west", "central", "north-west", "north-east", "south-west",
        "south-east", "northwest", "northeast", "southwest", "southeast", "inner", "outer",
    ]

    /// The words a hospital's name is looked for at: `Vocabulary.hospitalKeywords`, `complex`
    /// (which ends one after `medical`) and the words that open one in other languages
    /// (`Vocabulary.leadingHospitalKeywords`), in one set so that a word of none of their
    /// lengths is passed over on one test.
    private static let nameKeywords: WordSet = ["hospital", "infirmary", "complex", "hôpital", "hopital", "ospedale", "klinikum"]

    /// Words after `Hospital` that make the name a body's (`American Hospital Association`).
    static let bodiesOfHospitals: WordSet = ["association", "federation", "foundation", "society", "union", "alliance",
                                                     "council", "network", "group", "charity", "fund", "league", "confederation"]

    /// Lowercase words that stand between a hospital's name and its keyword (`the Evelina London
    /// children’s hospital`, `the Bégin military hospital`).
    static let descriptors: WordSet = ["children’s", "children's", "childrens", "women’s", "women's", "military", "maternity",
                                       "memorial", "cottage", "eye", "psychiatric", "university", "district", "community", "veterans"]
    /// Articles that make `a London hospital` one of a place's hospitals, not a hospital's name.
    private static let indefiniteArticles: WordSet = ["a", "an", "another"]

    /// Words that join the parts of a hospital's name (`Guy’s and St Thomas’`).
    private static let nameJoiners: WordSet = ["and", "&", "of"]
    /// Institutions whose name `and Hospital` ends (`SCB Medical College and Hospital`).
    private static let collegesWithHospitals: WordSet = ["college", "institute"]
    /// Words that end a specialty (`hospital for sick children`).
    private static let specialtyTails: WordSet = ["children", "diseases", "women"]

    // MARK: Pass one: names with their own evidence

    /// - Parameter runs: the paragraph's name runs (`NameRuns.runs`).
    static func fullNames(in paragraph: TokenizedParagraph, runs: [Range<Int>]) -> [HospitalMention] {
        let tokens = paragraph.tokens
        var mentions: [HospitalMention] = []
        // Looked up once: every word of every paragraph is tested against it.
        let keywords = nameKeywords
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Most words are not a keyword's length, nor a possessive: those skip the lookups.
            if token.isWord, keywords.mayContain(length: token.length) && keywords.contains(token.lower)
                && (token.lower != .complex || isMedicalComplex(at: index, in: tokens))
                || token.isPossessive && isPossessiveKeyword(index, in: paragraph),
               let mention = name(at: index, in: paragraph, after: mentions.last?.tokens.upperBound ?? 0) {
                mentions.append(mention)
                index = mention.tokens.upperBound
                continue
            }
            index += 1
        }
        let taken = TokenMask(count: tokens.count, mentions, tokens: \.tokens)
        let firstWords = WellKnownHospitals.firstWords
        // Names with a keyword are found in reading order: only a well-known name found after
        // them needs sorting in.
        let keywordNames = mentions.count
        for run in runs where !taken.overlaps(run) {
            // `Centre Hospitalier Annecy Genevois`, `Centre hospitalier universitaire de Nantes`:
            // told on the run's first word, not looked for at every word.
            if tokens[run.lowerBound].lower == .centre, run.lowerBound + 1 < tokens.count, tokens[run.lowerBound + 1].lower == .hospitalier,
               let mention = KeywordFirstNames.name(startingAt: run.lowerBound, keywordEnd: run.lowerBound + 2, in: paragraph) {
                mentions.append(mention)
                continue
            }
            // `Vanderbilt University Medical Center`: capitalised, so looked for in the runs
            // of three words or more, not at every word.
            if run.count >= 3, let centre = run.dropFirst(2).first(where: { isMedicalCentre(at: $0, in: tokens) }),
               let mention = nameEnding(at: centre, in: paragraph, after: run.lowerBound) {
                mentions.append(mention)
                continue
            }
            // Most runs are no famous hospital: the first word says so without normalising.
            guard firstWords.contains(tokens[run.lowerBound].lower) else { continue }
            var surface = String(paragraph.surface(run))
            var key = HospitalName.normalize(surface)
            // `the Royal Free’s chief executive`: a possessive that is no part of the name
            // (`Guy’s` is a name as written).
            if WellKnownHospitals.keys[key] == nil, tokens[run.upperBound - 1].isPossessive {
                surface = NameRuns.withoutPossessive(surface)
                key = HospitalName.normalize(surface)
            }
            guard WellKnownHospitals.keys[key] != nil else { continue }
            if NameRuns.isFollowedByInstitution(run, in: tokens) { continue }
            // `St Thomas’`: the apostrophe after a final s is the name's.
            var tokensOfName = run
            if run.upperBound < tokens.count, !tokens[run.upperBound].spaceBefore, tokens[run.upperBound].isPunctuation("’'"),
               surface.hasSuffix("s") {
                tokensOfName = run.lowerBound..<run.upperBound + 1
                surface = String(paragraph.surface(tokensOfName))
            }
            var mention = HospitalMention(kind: .wellKnown, surface: surface, key: key, location: nil, tokens: tokensOfName)
            attachLocation(to: &mention, in: paragraph)
            mentions.append(mention)
        }
        if mentions.count > keywordNames, keywordNames > 0 { mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        // `six London hospitals: St Mary’s, …`: the colon is looked for in the bytes, many at a
        // time, and only where the paragraph has one: a test at every token cost more.
        if paragraph.contents.contains(.colon), let colon = listColon(in: paragraph) {
            let listed = listedNames(afterColon: colon, in: paragraph, found: mentions)
            if !listed.isEmpty {
                mentions += listed
                mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
        return mentions
    }

    /// `Medical Center`, `Medical Centre` or `Medical College`, capitalised, ends a hospital's
    /// name as `Hospital` does (`Vanderbilt University Medical Center`, `Queen’s Medical Centre`,
    /// `Maharani Laxmi Bai Medical College`, as Indian and Pakistani teaching hospitals are
    /// named); `Center` alone does not (`the Kennedy Center`).
    private static func isMedicalCentre(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.length == 6 || token.length == 7, token.isCapitalized, index >= 1,
              token.lower == .center || token.lower == .centre || token.lower == .college else { return false }
        return tokens[index - 1].isCapitalized && tokens[index - 1].lower == .medical
    }

    /// `medical complex` ends a hospital's name as `hospital` does, in any case (`Nasser medical
    /// complex`, `al-Shifa Medical Complex`); `complex` alone does not (`the Olympic complex`).
    private static func isMedicalComplex(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.length == 7, token.isWord, token.lower == .complex, index >= 1 else { return false }
        return tokens[index - 1].isWord && tokens[index - 1].lower == .medical
    }

    /// The name a keyword at `keyword` ends or, in the languages that put it first, opens.
    private static func name(at keyword: Int, in paragraph: TokenizedParagraph, after floor: Int) -> HospitalMention? {
        let tokens = paragraph.tokens
        let token = tokens[keyword]
        if token.isCapitalized, !token.isPossessive, Vocabulary.leadingHospitalKeywords.contains(token.lower) {
            return KeywordFirstNames.name(startingAt: keyword, in: paragraph)
        }
        if let named = nameEnding(at: keyword, in: paragraph, after: floor) { return named }
        return token.isCapitalized && token.lower == .hospital ? KeywordFirstNames.romanceName(at: keyword, in: paragraph) : nil
    }

    /// A keyword's possessive (`Hospital’s main gate`).
    private static func isPossessiveKeyword(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        // The word's key without its `'s` or `’s`, made from its bytes: no string is needed.
        paragraph.withBytes(of: index..<index + 1) { bytes in
            let word = NameRuns.strippingPossessive(bytes)
            return word.count < bytes.count && Vocabulary.hospitalKeywords.contains(WordKey(word))
        }
    }

    /// The hospital name that ends with the keyword at `keyword`, when the words before it
    /// (or a `for …` after it) make a name. It starts no earlier than `floor`, where the name
    /// found before it in the paragraph ends (`X Hospital and Y Hospital` are two).
    private static func nameEnding(at keyword: Int, in paragraph: TokenizedParagraph, after floor: Int) -> HospitalMention? {
        let tokens = paragraph.tokens
        // `The American Hospital Association`, `Hospital Federation`: a body of hospitals.
        if keyword + 1 < tokens.count, tokens[keyword + 1].isCapitalized, tokens[keyword + 1].spaceBefore,
           bodiesOfHospitals.contains(tokens[keyword + 1].lower) { return nil }
        // Where the keyword starts: `medical complex` is two words, and a descriptor before a
        // name's keyword goes with it (`Evelina London children’s hospital`).
        var keywordStart = isMedicalComplex(at: keyword, in: tokens) ? keyword - 1 : keyword
        if keywordStart == keyword, keyword >= floor + 2, tokens[keyword - 1].isWord, !tokens[keyword - 1].isCapitalized,
           descriptors.contains(tokens[keyword - 1].lower), tokens[keyword - 2].isCapitalized,
           !Vocabulary.nonNameWords.contains(tokens[keyword - 2].lower) {
            keywordStart = keyword - 1
        }
        var start = keywordStart
        // `Guru Teg Bahadur (GTB) Hospital`: the initialism the name defines, inside it.
        var defined: Range<Int>?
        while start > floor {
            let previous = tokens[start - 1]
            guard tokens[start].spaceBefore || tokens[start].isPunctuation(".’'") else { break }
            if previous.isCapitalized, !Vocabulary.nonNameWords.contains(previous.lower) {
                start -= 1
            } else if previous.isMark(")"), start == keywordStart, start >= floor + 4, tokens[start - 2].isInitialism,
                      tokens[start - 3].isMark("("), tokens[start - 4].isCapitalized, !Vocabulary.nonNameWords.contains(tokens[start - 4].lower) {
                start -= 3
                defined = start..<start + 3
            } else if previous.isPunctuation("’'"), !previous.spaceBefore, start >= floor + 2, tokens[start - 2].isCapitalized,
                      paragraph.text(of: start - 2).hasSuffix("s") {
                // `St Thomas’ Hospital`: a possessive apostrophe after a final s.
                start -= 1
            } else if previous.isMark("."), !previous.spaceBefore, start >= floor + 2, tokens[start - 2].isTitleCase, tokens[start - 2].lower == .st {
                start -= 1
            } else if nameJoiners.contains(previous.lower), start < keywordStart, start >= floor + 2,
                      tokens[start - 2].isCapitalized, !tokens[start - 2].isInitialism,
                      !Vocabulary.nonNameWords.contains(tokens[start - 2].lower) {
                // An initialism before `and` is a hospital's own (`the QEUH and Glasgow Royal
                // Infirmary` are two).
                start -= 1
            } else if start == keyword, previous.isWord && previous.lower == .and || previous.isMark("&"), start >= floor + 2,
                      tokens[start - 2].isCapitalized, collegesWithHospitals.contains(tokens[start - 2].lower) {
                // `SCB Medical College and Hospital`: a teaching hospital's name joins the two.
                start -= 1
            } else {
                break
            }
        }
        var end = keyword + 1
        let specialtyEnd = specialty(after: keyword, in: paragraph)
        if let specialtyEnd { end = specialtyEnd }
        // `University Hospital of Wales`: a place after `of` ends a name that has one before.
        let placeEnd = specialtyEnd == nil && start < keywordStart ? place(after: keyword, in: tokens) : nil
        if let placeEnd { end = placeEnd }
        // `Valley Hospital Medical Center`: the keyword and the centre's words are one name.
        if specialtyEnd == nil, placeEnd == nil, end + 1 < tokens.count, tokens[end].spaceBefore, isMedicalCentre(at: end + 1, in: tokens) {
            end += 2
        }
        // `University Hospital Limerick`, `Royal Hospital Chelsea`: a place after the keyword
        // ends a name of general words.
        if specialtyEnd == nil, placeEnd == nil, end == keyword + 1, start < keywordStart,
           tokens[start..<keywordStart].allSatisfy({ !$0.isWord || Vocabulary.genericHospitalWords.contains($0.lower)
                                                        || Vocabulary.nonDistinctiveFirstWords.contains($0.lower) }),
           let trailing = placeEnding(after: keyword, in: paragraph) {
            end = trailing
        }
        if start == keywordStart {
            // No capitalised name before: only `the [adjective] hospital for <specialty>` names one.
            guard specialtyEnd != nil, keywordStart == keyword else { return nil }
            if keyword >= 1, let adjective = paragraph.word(at: keyword - 1), Vocabulary.hospitalForAdjectives.contains(adjective) {
                start = keyword - 1
            }
            guard start >= 1, paragraph.word(at: start - 1) == .the else { return nil }
        } else {
            // A name of general words alone is none (`General Hospital`), unless a place ends it
            // (`Children’s Hospital of Philadelphia`).
            guard placeEnd != nil || tokens[start..<keywordStart].contains(where: { $0.isWord && !Vocabulary.genericHospitalWords.contains($0.lower) })
            else { return nil }
            // `a London hospital`, `another Gaza hospital`: one of a place's hospitals; but `a
            // Lewisham hospital nurse` is a nurse at the hospital the name names.
            if start >= 1, tokens[start - 1].isWord, indefiniteArticles.contains(tokens[start - 1].lower),
               !(end < tokens.count && tokens[end].isWord && RolePhrases.isTitle(end, in: paragraph)) {
                return nil
            }
        }
        var surface = defined.map { paragraph.surface(start..<$0.lowerBound) + " " + paragraph.surface(keywordStart..<end) }
            ?? String(paragraph.surface(start..<end))
        // A name's possessive is not part of it (`Lewisham Hospital’s`, `Hospital of Wales’s`).
        if specialtyEnd == nil { surface = NameRuns.withoutPossessive(surface) }
        var mention = HospitalMention(kind: .fullName, surface: surface, key: HospitalName.normalize(surface), location: nil, tokens: start..<end)
        attachLocation(to: &mention, in: paragraph)
        return mention
    }

    /// The end of `of <Place>` after a keyword: one to three title-case words that are no
    /// common words (`of Wales`, `of North Staffordshire`; never `of the`).
    private static func place(after keyword: Int, in tokens: [Token]) -> Int? {
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
    /// body's or an office's, and no capital after them (`Hospital Chief Executive Officer`).
    private static func placeEnding(after keyword: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var end = keyword + 1
        while end < tokens.count, end < keyword + 3, tokens[end].isTitleCase, tokens[end].spaceBefore {
            let word = tokens[end].lower
            if Vocabulary.nonNameWords.contains(word) || Vocabulary.institutionWords.contains(word) || bodiesOfHospitals.contains(word)
                || Vocabulary.personTitles.contains(word) || Vocabulary.specialtyWords.contains(word) { return nil }
            end += 1
        }
        guard end > keyword + 1, end == tokens.count || !tokens[end].isCapitalized || !tokens[end].spaceBefore else { return nil }
        return end
    }

    /// The end of `for <specialty>` after a keyword: capitalised words, or a specialty noun.
    private static func specialty(after keyword: Int, in paragraph: TokenizedParagraph) -> Int? {
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

    /// Reads `in Paddington`, `at Queen Square`, `in west London` straight after a mention.
    static func attachLocation(to mention: inout HospitalMention, in paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        var index = mention.tokens.upperBound
        guard index + 1 < tokens.count, tokens[index].isWord, tokens[index].lower == .`in` || tokens[index].lower == .at else { return }
        index += 1
        let start = index
        if directions.contains(tokens[index].lower), !tokens[index].isCapitalized { index += 1 }
        var end = index
        while end < tokens.count, end < index + 3, tokens[end].isTitleCase, !Vocabulary.nonNameWords.contains(tokens[end].lower),
              tokens[end].spaceBefore {
            end += 1
        }
        guard end > index else { return }
        mention.location = String(paragraph.surface(start..<end))
        mention.tokens = mention.tokens.lowerBound..<end
    }

    /// Normal forms of the capitalised places a paragraph names after `in` (`in Bath`).
    static func placeKeys(in paragraph: TokenizedParagraph, runs: [Range<Int>]) -> [String] {
        runs.compactMap { run in
            run.lowerBound > 0 && paragraph.tokens[run.lowerBound - 1].lower == .`in`
                ? HospitalName.normalize(paragraph.surface(run)) : nil
        }
    }
}
