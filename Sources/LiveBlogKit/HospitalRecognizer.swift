/// Finds hospital mentions in a paragraph by rules, in two passes: names that carry their own
/// evidence (`X hospital`, `hospital for Y`, a famous name), then references that only make
/// sense once those are known (initialisms, short names, workplaces).
enum HospitalRecognizer {
    private static let locatives: WordSet = ["at", "outside", "from", "near", "inside"]
    private static let directions: WordSet = [
        "north", "south", "east", "west", "central", "north-west", "north-east", "south-west",
        "south-east", "northwest", "northeast", "southwest", "southeast", "inner", "outer",
    ]

    /// The words a hospital's name is looked for at: `Vocabulary.hospitalKeywords`, and
    /// `complex` (which ends one after `medical`), in one set so that a word of none of their
    /// lengths is passed over on one test.
    private static let nameKeywords: WordSet = ["hospital", "infirmary", "complex", "hôpital", "hopital", "ospedale", "klinikum"]

    /// Words after `Hospital` that make the name a body's (`American Hospital Association`).
    private static let bodiesOfHospitals: WordSet = ["association", "federation", "foundation", "society", "union", "alliance",
                                                     "council", "network", "group", "charity", "fund", "league", "confederation"]

    /// Lowercase words that join the parts of a name in those languages (`Hôpital de la Pitié`).
    private static let foreignJoiners: WordSet = ["de", "la", "le", "du", "des", "del", "di", "della", "da", "do", "dos", "das", "y"]
    /// Lowercase words that stand between a hospital's name and its keyword (`the Evelina London
    /// children’s hospital`, `the Bégin military hospital`).
    static let descriptors: WordSet = ["children’s", "children's", "childrens", "women’s", "women's", "military", "maternity",
                                       "memorial", "cottage", "eye", "psychiatric", "university", "district", "community", "veterans"]
    /// Articles that make `a London hospital` one of a place's hospitals, not a hospital's name.
    private static let indefiniteArticles: WordSet = ["a", "an", "another"]

    /// Words that join the parts of a hospital's name (`Guy’s and St Thomas’`).
    private static let nameJoiners: WordSet = ["and", "&", "of"]
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
               let mention = nameStarting(at: run.lowerBound, keywordEnd: run.lowerBound + 2, in: paragraph) {
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
            var mention = HospitalMention(kind: .wellKnown, surface: surface, key: key, location: nil, tokens: run)
            attachLocation(to: &mention, in: paragraph)
            mentions.append(mention)
        }
        if mentions.count > keywordNames, keywordNames > 0 { mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        return mentions
    }

    /// `Medical Center` or `Medical Centre`, capitalised, ends a hospital's name as `Hospital`
    /// does (`Vanderbilt University Medical Center`, `Queen’s Medical Centre`); `Center` alone
    /// does not (`the Kennedy Center`).
    private static func isMedicalCentre(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.length == 6, token.isCapitalized, token.lower == .center || token.lower == .centre, index >= 1 else { return false }
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
            return nameStarting(at: keyword, in: paragraph)
        }
        if let named = nameEnding(at: keyword, in: paragraph, after: floor) { return named }
        return token.isCapitalized && token.lower == .hospital ? romanceName(at: keyword, in: paragraph) : nil
    }

    /// Words that open a Spanish, Portuguese or Catalan hospital's name after `Hospital`
    /// (`Hospital General Universitario de Valencia`, `Hospital Clínico San Carlos`).
    private static let romanceNameWords: WordSet = ["general", "universitario", "universitari", "universitário", "clínico", "clinico",
                                                    "clínic", "regional", "provincial", "municipal", "nacional", "militar", "infantil",
                                                    "san", "santa", "santo", "são", "sant", "italiano", "israelita", "español", "alemán"]

    /// `Hospital General Universitario de Valencia`, `Hospital Sírio-Libanês`: English
    /// `Hospital` before capitals opens a name only in these languages' shape: its next word
    /// one of theirs, or a joiner (`de`) or a letter beyond ASCII among its words; never a
    /// body's or an office's word (`Hospital Trust`, `Hospital Chief Executive`).
    private static func romanceName(at keyword: Int, in paragraph: TokenizedParagraph) -> HospitalMention? {
        guard let mention = nameStarting(at: keyword, in: paragraph) else { return nil }
        let tokens = paragraph.tokens
        let words = tokens[(keyword + 1)..<mention.tokens.upperBound].filter(\.isWord)
        // `General` is an office and a hospital's word alike: only the office's words rule it out.
        guard !words.contains(where: { Vocabulary.institutionWords.contains($0.lower) || bodiesOfHospitals.contains($0.lower)
                                       || Vocabulary.personTitles.contains($0.lower) && !Vocabulary.genericHospitalWords.contains($0.lower) }),
              let first = words.first else { return nil }
        let foreign = romanceNameWords.contains(first.lower) || words.contains { !$0.isCapitalized }
            || paragraph.withBytes(of: (keyword + 1)..<mention.tokens.upperBound) { $0.contains { $0 >= 0x80 } }
        return foreign ? mention : nil
    }

    /// `Hôpital Européen Georges-Pompidou`, `Hôpital de la Pitié-Salpêtrière`: the name a
    /// leading keyword at `keyword` (ending before `keywordEnd`) opens, through the capitalised
    /// words after it and the lowercase joiners between them; nil when no capitalised word follows.
    private static func nameStarting(at keyword: Int, keywordEnd: Int? = nil, in paragraph: TokenizedParagraph) -> HospitalMention? {
        let tokens = paragraph.tokens
        let keywordEnd = keywordEnd ?? keyword + 1
        var end = keywordEnd
        var probe = end
        while probe < tokens.count, probe < keyword + 8, tokens[probe].isWord, tokens[probe].spaceBefore {
            if tokens[probe].isCapitalized, !Vocabulary.nonNameWords.contains(tokens[probe].lower) {
                probe += 1
                end = probe
            } else if foreignJoiners.contains(tokens[probe].lower) {
                probe += 1
            } else {
                break
            }
        }
        guard end > keywordEnd else { return nil }
        let surface = NameRuns.withoutPossessive(String(paragraph.surface(keyword..<end)))
        var mention = HospitalMention(kind: .fullName, surface: surface, key: HospitalName.normalize(surface), location: nil, tokens: keyword..<end)
        attachLocation(to: &mention, in: paragraph)
        return mention
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
                      tokens[start - 2].isCapitalized, !Vocabulary.nonNameWords.contains(tokens[start - 2].lower) {
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

    // MARK: Pass two: references resolved against the blog's known hospitals

    /// The runs of a paragraph that may refer to a known hospital, with all that can be read
    /// of them before the pass: everything but the lookups in the growing directory. `known`
    /// is the directory as the pass begins. A run it cannot match is kept only as its tokens
    /// and key (`unknown`), in case a workplace name added later matches it: most runs are
    /// such, and a paragraph can hold hundreds of thousands.
    static func referenceCandidates(in paragraph: TokenizedParagraph, known: HospitalDirectory,
                                    excluding taken: some Collection<HospitalMention>)
        -> (candidates: [ReferenceCandidate], unknown: [(run: Range<Int32>, word: WordKey)]) {
        let taken = TokenMask(count: paragraph.tokens.count, taken, tokens: \.tokens)
        return referenceCandidates(in: paragraph, runs: NameRuns.runs(in: paragraph.tokens).filter { !taken.overlaps($0) }, known: known)
    }

    /// `referenceCandidates(in:known:excluding:)` of the given name runs alone: those the
    /// first reading kept (`appendReferenceRuns`) that the directory may match.
    static func referenceCandidates(in paragraph: TokenizedParagraph, runs: some Sequence<Range<Int>>, known: HospitalDirectory)
        -> (candidates: [ReferenceCandidate], unknown: [(run: Range<Int32>, word: WordKey)]) {
        var candidates: [ReferenceCandidate] = []
        var unknown: [(run: Range<Int32>, word: WordKey)] = []
        for run in runs where run.upperBound <= paragraph.tokens.count {
            guard var candidate = referenceCandidate(run, in: paragraph, placeKeys: known.placeKeys) else { continue }
            candidate.matchesKnown = candidate.kind(in: known) != nil
            if candidate.matchesKnown {
                candidates.append(candidate)
            } else if !candidate.isInitialism {
                // A lone initialism can only be one the full names define, which the pass adds none to.
                unknown.append((Int32(run.lowerBound)..<Int32(run.upperBound), candidate.word))
            }
        }
        return (candidates, unknown)
    }

    /// Appends to `kept` (the list of every unit's: no list is made for one) the runs of a
    /// paragraph, its `unit`th text unit, that `referenceCandidates` would read, as the first
    /// reading keeps them: before any directory exists, the first word of each run's normal
    /// form is kept as a `WordKey` alone, enough to tell later whether the directory may match it.
    static func appendReferenceRuns(in paragraph: TokenizedParagraph, runs: [Range<Int>], unit: Int, excluding taken: [HospitalMention],
                                    to kept: inout [ReferenceRun]) {
        let tokens = paragraph.tokens
        let taken = TokenMask(count: tokens.count, taken, tokens: \.tokens)
        paragraph.withUTF8 { utf8 in
            for run in runs where !taken.overlaps(run) && !NameRuns.isFollowedByInstitution(run, in: tokens) {
                // An initialism is looked up as written, which is its normal form's one word.
                let isInitialism = run.count == 1 && tokens[run.lowerBound].isInitialism
                // A possessor (`RPA’s director`) is kept whatever its word: the directory may
                // know it only without its possessive.
                kept.append(ReferenceRun(unit: unit, tokens: run, word: HospitalName.normalFirstWord(TokenizedParagraph.bytes(of: run, tokens: tokens, in: utf8)),
                                         mayBeWorkplace: !isInitialism && isWorkplaceShaped(run, in: tokens)
                                             || HospitalPossessor.ownsWhatAHospitalHas(run, in: tokens)))
            }
        }
    }

    /// A run read as a possible reference, or nil for an institution's name (`King’s Fund`),
    /// which is never a hospital, whatever the directory.
    static func referenceCandidate(_ run: Range<Int>, in paragraph: TokenizedParagraph, placeKeys: Set<String>) -> ReferenceCandidate? {
        let tokens = paragraph.tokens
        if NameRuns.isFollowedByInstitution(run, in: tokens) { return nil }
        let surface = String(paragraph.surface(run))
        let key = HospitalName.normalize(surface)
        let before = run.lowerBound >= 1 ? tokens[run.lowerBound - 1].lower : ""
        let beforeThe = run.lowerBound >= 2 && before == .the ? tokens[run.lowerBound - 2].lower : before
        let isInitialism = run.count == 1 && tokens[run.lowerBound].isInitialism
        return ReferenceCandidate(
            mention: HospitalMention(kind: .shortName, surface: surface, key: key, location: nil, tokens: run),
            isInitialism: isInitialism, followsLocative: locatives.contains(beforeThe),
            isWorkplace: !isInitialism && isWorkplace(run, in: paragraph, placeKeys: placeKeys), matchesKnown: false,
            word: WordKey(key), ownsWhatAHospitalHas: HospitalPossessor(run, in: paragraph, placeKeys: placeKeys) != nil)
    }

    /// The hospital mention a candidate makes, given the hospitals known so far, with the
    /// place it is said to be in.
    static func reference(_ candidate: ReferenceCandidate, in paragraph: TokenizedParagraph,
                          directory: HospitalDirectory) -> HospitalMention? {
        guard candidate.matchesKnown || directory.wasAdded(candidate.mention.key, word: candidate.word), let kind = candidate.kind(in: directory) else { return nil }
        var mention = candidate.mention
        mention.kind = kind
        if let possessor = candidate.possessor, candidate.refersByPossessor(in: directory) {
            mention.surface = possessor.surface
            mention.key = possessor.key
        }
        if kind == .initialism { mention.key = mention.surface }
        attachLocation(to: &mention, in: paragraph)
        return mention
    }

    /// `a psychiatry registrar at Maudsley`: a run after `at [the]` whose clause names a
    /// medical job, that is not a place the blog puts things `in`, nor an institution.
    private static func isWorkplace(_ run: Range<Int>, in paragraph: TokenizedParagraph, placeKeys: Set<String>) -> Bool {
        isWorkplaceShaped(run, in: paragraph.tokens) && !placeKeys.contains(HospitalName.normalize(paragraph.surface(run)))
    }

    /// `isWorkplace` but for the places: what can be told before the blog's places are known.
    private static func isWorkplaceShaped(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        guard run.count <= 3, !tokens[run].contains(where: { $0.isInitialism }) else { return false }
        var at = run.lowerBound - 1
        if at >= 0, tokens[at].lower == .the { at -= 1 }
        guard at >= 1, tokens[at].lower == .at,
              !tokens[run].contains(where: { Vocabulary.institutionWords.contains($0.lower) }) else { return false }
        var index = at - 1
        while index >= 0, index >= at - 5, !tokens[index].isPunctuation(".,;:!?") {
            if Vocabulary.medicalRoleWords.contains(tokens[index].lower) { return true }
            index -= 1
        }
        return false
    }
}
