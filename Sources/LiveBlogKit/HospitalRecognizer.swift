/// Finds hospital mentions in a paragraph by rules, in two passes: names that carry their own
/// evidence (`X hospital`, `hospital for Y`, a famous name: how far a name runs from its
/// keyword is in `HospitalRecognizer+NameEnding.swift`), then references that only make
/// sense once those are known (initialisms, short names, workplaces: the second pass is in
/// `HospitalRecognizer+References.swift`, names whose keyword comes first in `KeywordFirstNames`,
/// names a list after `hospitals:` gives, a list shares one keyword among, or an apposition
/// calls hospitals in `HospitalRecognizer+ListsAndAppositions.swift`; the words besides
/// `hospital` that end names in `HospitalRecognizer+Keywords.swift`).
enum HospitalRecognizer {
    /// Words before a run that put something at a place (`at the Royal Liverpool`).
    static let locatives: WordSet = ["at", "outside", "from", "near", "inside"]
    /// Directions a location after a name may open with (`in west London`).
    private static let directions: WordSet = [
        "north", "south", "east", "west", "central", "north-west", "north-east", "south-west",
        "south-east", "northwest", "northeast", "southwest", "southeast", "inner", "outer",
    ]

    /// The words a hospital's name is looked for at: `Vocabulary.hospitalKeywords`, `complex`
    /// (which ends one after `medical`), `Clinic` or `Polyclinic` capitalised (`isNamedClinic`:
    /// `the Mayo Clinic`, `the Gemelli University Polyclinic`; never a lowercase `clinic`, as
    /// `a Covid clinic` may be anywhere) and the words that open one in other languages
    /// (`Vocabulary.leadingHospitalKeywords`), and `hospitals` after a list of names that share
    /// it (`namesSharingKeyword`), in one set so that a word of none of their lengths is passed
    /// over on one test.
    private static let nameKeywords = WordSet(["hospital", "infirmary", "complex", "clinic", "polyclinic", "hospitals"]
                                              + Vocabulary.leadingHospitalKeywordWords)

    /// Words after `Hospital` that make the name a body's (`American Hospital Association`).
    static let bodiesOfHospitals: WordSet = ["association", "federation", "foundation", "society", "union", "alliance",
                                                     "council", "network", "group", "charity", "fund", "league", "confederation"]

    /// Lowercase words that stand between a hospital's name and its keyword (`the Evelina London
    /// children’s hospital`, `the Bégin military hospital`).
    static let descriptors: WordSet = ["children’s", "children's", "childrens", "women’s", "women's", "military", "maternity",
                                       "memorial", "cottage", "eye", "psychiatric", "university", "district", "community", "veterans",
                                       "general"]

    // MARK: Pass one: names with their own evidence

    /// - Parameter runs: the paragraph's name runs (`NameRuns.runs`).
    static func fullNames(in paragraph: TokenizedParagraph, runs: [Range<Int>]) -> [HospitalMention] {
        let tokens = paragraph.tokens
        var mentions: [HospitalMention] = []
        // Looked up once: every word of every paragraph is tested against it.
        let keywords = nameKeywords
        // Whether a lowercase word stands in the paragraph (`isNamedClinic`): read once, when a `Clinic` asks.
        var inSentences: Bool?
        // `hospitals including A, B and C`: where the first such list opens, read once the names are found.
        var inclusionList: Int?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Most words are not a keyword's length, nor a possessive: those skip the lookups.
            if token.isWord, keywords.mayContain(length: token.length) && keywords.contains(token.lower)
                && (token.lower != .complex || isMedicalComplex(at: index, in: tokens))
                && (!isClinic(token) || isNamedClinic(at: index, in: tokens, inSentences: &inSentences))
                || token.isPossessive && isPossessiveKeyword(index, in: paragraph) {
                if token.lower == .hospitals {
                    readPlural(at: index, in: paragraph, into: &mentions, inclusionList: &inclusionList)
                } else if let mention = name(at: index, in: paragraph, after: mentions.last?.tokens.upperBound ?? 0) {
                    // `South Infirmary Victoria University Hospital`: a short name straight
                    // after another, with nothing between, goes on with it, once.
                    if let last = mentions.last, last.tokens.upperBound == mention.tokens.lowerBound, last.location == nil,
                       last.tokens.count <= 3, mention.tokens.count <= 5 {
                        let whole = last.tokens.lowerBound..<mention.tokens.upperBound
                        let joined = fullName(String(paragraph.surface(whole)), tokens: whole, in: paragraph)
                        mentions[mentions.count - 1] = joined
                        index = joined.tokens.upperBound
                        continue
                    }
                    mentions.append(mention)
                    index = mention.tokens.upperBound
                    continue
                }
            }
            index += 1
        }
        let taken = TokenMask(count: tokens.count, mentions, tokens: \.tokens)
        let firstWords = WellKnownHospitals.firstWords
        // Names with a keyword are found in reading order: only a well-known name found after
        // them needs sorting in.
        let keywordNames = mentions.count
        for whole in runs {
            var run = whole
            let overlapsAName = taken.overlaps(whole)
            if overlapsAName {
                // `Gulf Coast Medical Center and Cape Coral Hospital`: what the run holds before
                // the first name found in it may name another, before the word that joins them.
                let first = mentions[..<keywordNames].firstIndex(notBelow: whole.lowerBound) { $0.tokens.lowerBound }
                if first < keywordNames, case let joiner = mentions[first].tokens.lowerBound - 1, joiner > whole.lowerBound + 1,
                   joiner < whole.upperBound, tokens[joiner].isPunctuation("&,") || tokens[joiner].lower == .and,
                   !taken.overlaps(whole.lowerBound..<joiner) {
                    run = whole.lowerBound..<joiner
                }
            }
            if run == whole, overlapsAName {
                // `Mount Sinai Hospital and Cedars-Sinai Medical Center`: what the run holds after
                // the names found in it may name another, past the word that joins them.
                // The names are in reading order: the last to start before the run's end is found
                // by halves (a paragraph may hold thousands).
                let after = mentions[..<keywordNames].firstIndex(notBelow: whole.upperBound) { $0.tokens.lowerBound }
                guard after > 0, case let found = mentions[after - 1].tokens.upperBound, found > whole.lowerBound,
                      found + 1 < whole.upperBound, tokens[found].isPunctuation("&,") || tokens[found].lower == .and else { continue }
                run = found + 1..<whole.upperBound
                guard !taken.overlaps(run) else { continue }
            }
            // `Centre Hospitalier Annecy Genevois`, `Centre hospitalier universitaire de Nantes`:
            // told on the run's first word, not looked for at every word.
            if tokens[run.lowerBound].lower == .centre, run.lowerBound + 1 < tokens.count, tokens[run.lowerBound + 1].lower == .hospitalier,
               let mention = KeywordFirstNames.name(startingAt: run.lowerBound, keywordEnd: run.lowerBound + 2, in: paragraph) {
                mentions.append(mention)
                continue
            }
            // `Vanderbilt University Medical Center`: capitalised, so looked for in the runs
            // of three words or more, not at every word; a run may join several (`Sheba
            // Medical Center and Soroka Medical Center`).
            if run.count >= 3 {
                var start = run.lowerBound
                let found = mentions.count
                while start + 2 < run.upperBound, let centre = (start + 2..<run.upperBound).first(where: { isMedicalCentre(at: $0, in: tokens) }),
                      let mention = nameEnding(at: centre, in: paragraph, after: start), mention.tokens.upperBound > start {
                    mentions.append(mention)
                    start = mention.tokens.upperBound
                    if start < run.upperBound, tokens[start].isPunctuation("&,") || tokens[start].lower == .and { start += 1 }
                }
                if mentions.count > found { continue }
            }
            // `All India Institute of Medical Sciences`, as India's teaching hospitals are named.
            if run.count >= 5, isInstituteOfMedicalSciences(endingAt: run.upperBound, in: tokens) {
                // A capitalised word the run left out mid-sentence, or after `The`, is the name's
                // (`the All India …`).
                var start = run.lowerBound
                while start >= 2, start > run.lowerBound - 2, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
                      tokens[start - 2].isWord, !tokens[start - 2].isCapitalized || tokens[start - 2].lower == .the {
                    start -= 1
                }
                mentions.append(fullName(String(paragraph.surface(start..<run.upperBound)), tokens: start..<run.upperBound, in: paragraph))
                continue
            }
            // `Rigshospitalet`, `Universitätsklinikum Hamburg-Eppendorf`, `Karolinska
            // Universitetssjukhuset`: a word that compounds the keyword, as Germanic languages
            // name hospitals, makes its part of the run a name, between the joiners (`and`,
            // `&`) or a place's possessive around it.
            var start = run.lowerBound
            let found = mentions.count
            while let compound = compoundKeyword(in: start..<run.upperBound, of: paragraph) {
                let isJoiner = { (index: Int) in tokens[index].lower == .and || tokens[index].isMark("&") }
                let nameStart = (start..<compound).last(where: { tokens[$0].isPossessive || isJoiner($0) }).map { $0 + 1 } ?? start
                let end = (compound..<run.upperBound).first(where: isJoiner) ?? run.upperBound
                let name = nameStart..<end
                mentions.append(fullName(NameRuns.withoutPossessive(String(paragraph.surface(name))), tokens: name, in: paragraph))
                start = min(end + 1, run.upperBound)
            }
            if mentions.count > found { continue }
            // `the London Clinic, a private hospital in Marylebone`: a name the text says is a hospital.
            if run.upperBound < tokens.count, tokens[run.upperBound].isMark(","), isDescribedAsHospital(run, in: tokens) {
                mentions.append(fullName(NameRuns.withoutPossessive(String(paragraph.surface(run))), tokens: run, in: paragraph))
                continue
            }
            appendWellKnownNames(in: run, of: paragraph, firstWords: firstWords, to: &mentions)
        }
        if mentions.count > keywordNames, keywordNames > 0 { mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        // `six London hospitals: St Mary’s, …`: the colon is looked for in the bytes, many at a
        // time, and only where the paragraph has one: a test at every token cost more.
        if paragraph.contents.contains(.colon), let colon = listColon(in: paragraph) {
            add(listedNames(after: colon, in: paragraph, found: mentions), to: &mentions)
        }
        if let inclusionList {
            add(listedNames(after: inclusionList, in: paragraph, found: mentions, mayNamePlaces: true), to: &mentions)
        }
        return mentions
    }

    /// Reads the plural keyword at `keyword`: the names of a list before it that share it, and
    /// where a list of some of them after it opens (`hospitals including`), the first such.
    @inline(never)
    private static func readPlural(at keyword: Int, in paragraph: TokenizedParagraph, into mentions: inout [HospitalMention],
                                   inclusionList: inout Int?) {
        if inclusionList == nil { inclusionList = inclusionListOpener(after: keyword, in: paragraph.tokens) }
        mentions += namesSharingKeyword(at: keyword, in: paragraph, after: mentions.last?.tokens.upperBound ?? 0)
    }

    /// Adds the names a list gave to `mentions`, kept in reading order.
    @inline(never)
    private static func add(_ listed: [HospitalMention], to mentions: inout [HospitalMention]) {
        guard !listed.isEmpty else { return }
        mentions += listed
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The name a keyword at `keyword` ends or, in the languages that put it first, opens.
    private static func name(at keyword: Int, in paragraph: TokenizedParagraph, after floor: Int) -> HospitalMention? {
        let tokens = paragraph.tokens
        let token = tokens[keyword]
        if token.isCapitalized, !token.isPossessive, Vocabulary.leadingHospitalKeywords.contains(token.lower) {
            return KeywordFirstNames.name(startingAt: keyword, in: paragraph)
        }
        // Told on the English keyword first, which most names end with.
        if token.lower != .hospital, Vocabulary.lowercaseHospitalKeywords.contains(token.lower) {
            return KeywordFirstNames.name(startingAt: keyword, in: paragraph)
        }
        if let named = nameEnding(at: keyword, in: paragraph, after: floor) { return named }
        return token.isCapitalized && token.lower == .hospital ? KeywordFirstNames.romanceName(at: keyword, in: paragraph) : nil
    }

    /// A keyword's possessive (`Hospital’s main gate`).
    private static func isPossessiveKeyword(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        paragraph.tokens[index].isPossessive && Vocabulary.hospitalKeywords.contains(paragraph.keyWithoutPossessive(of: index))
    }

    /// The mention of a full name written `surface` at `tokens`, with the place a text puts it
    /// in straight after it (`attachLocation`).
    static func fullName(_ surface: String, tokens: Range<Int>, in paragraph: TokenizedParagraph) -> HospitalMention {
        var mention = HospitalMention(kind: .fullName, surface: surface, key: HospitalName.normalize(surface), location: nil, tokens: tokens)
        attachLocation(to: &mention, in: paragraph)
        return mention
    }

    /// Reads `in Paddington`, `at Queen Square`, `in west London` straight after a mention, or
    /// after the initialism it defines (`Queen Elizabeth University Hospital (QEUH) in Glasgow`),
    /// or a place after a comma that ends the line or its sentence (`• Royal Sussex County
    /// Hospital, Brighton`).
    static func attachLocation(to mention: inout HospitalMention, in paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        var index = mention.tokens.upperBound
        if index + 3 < tokens.count, tokens[index].isMark("("), tokens[index + 1].isInitialism, tokens[index + 2].isMark(")") { index += 3 }
        if index + 1 < tokens.count, tokens[index].isMark(","), let end = placeAfterComma(at: index, in: tokens) {
            mention.location = String(paragraph.surface(index + 1..<end))
            mention.tokens = mention.tokens.lowerBound..<end
            return
        }
        guard index + 1 < tokens.count, tokens[index].isWord, tokens[index].lower == .`in` || tokens[index].lower == .at else { return }
        index += 1
        let start = index
        if directions.contains(tokens[index].lower), !tokens[index].isCapitalized { index += 1 }
        var end = index
        var words = 0
        while end < tokens.count, words < 3, tokens[end].isTitleCase, !Vocabulary.nonNameWords.contains(tokens[end].lower),
              tokens[end].spaceBefore {
            // `in St. Petersburg`: an abbreviation's full stop is inside the place's name.
            end += NameRuns.isAbbreviation(end, in: tokens) && end + 2 < tokens.count && tokens[end + 2].isTitleCase ? 2 : 1
            words += 1
        }
        guard end > index else { return }
        mention.location = String(paragraph.surface(start..<end))
        mention.tokens = mention.tokens.lowerBound..<end
    }

    /// Where a place of one to three title-case words after the comma at `comma` ends, when
    /// the paragraph or its sentence ends with it (a stop, a bracket, a semicolon); nil for a
    /// list's next item (`X Hospital, Lewisham and Greenwich`), a body's name (`X Hospital,
    /// Portsmouth Hospitals Trust`), or a name in apposition that the sentence goes on past
    /// (`A nurse at Addington, Thandeka Zulu, said`).
    private static func placeAfterComma(at comma: Int, in tokens: [Token]) -> Int? {
        var end = comma + 1
        while end < tokens.count, end < comma + 4, tokens[end].isWord, tokens[end].isTitleCase, tokens[end].spaceBefore,
              !Vocabulary.nonNameWords.contains(tokens[end].lower), !Vocabulary.institutionWords.contains(tokens[end].lower) {
            end += 1
        }
        guard end > comma + 1 else { return nil }
        return end == tokens.count || tokens[end].isPunctuation(".;)") ? end : nil
    }

    /// Normal forms of the capitalised places a paragraph names after `in` (`in Bath`), or
    /// after `across` or `throughout` (`hospitals across Kyiv`), or `near` (`a collision near
    /// Larissa`, whose hospital `the stationmaster at Larissa` does not name).
    static func placeKeys(in paragraph: TokenizedParagraph, runs: [Range<Int>]) -> [String] {
        runs.compactMap { run in
            guard run.lowerBound > 0, case let before = paragraph.tokens[run.lowerBound - 1].lower,
                  before == .`in` || before == .across || before == .throughout || before == .near else { return nil }
            return HospitalName.normalize(paragraph.surface(run))
        }
    }
}
