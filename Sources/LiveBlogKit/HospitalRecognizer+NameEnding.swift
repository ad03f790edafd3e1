/// Hospital names that end with their keyword (`Lewisham hospital`, `Chelsea and Westminster
/// Hospital`, `Hospital for Tropical Diseases`): how far back the name runs from the keyword,
/// and what after it (`for …`, `of Wales`, `Limerick`) is part of it. Read for
/// `HospitalRecognizer.fullNames`.
extension HospitalRecognizer {
    /// Articles that make `a London hospital` one of a place's hospitals, not a hospital's name.
    private static let indefiniteArticles: WordSet = ["a", "an", "another"]
    /// Words that join the parts of a hospital's name (`Guy’s and St Thomas’`).
    static let nameJoiners: WordSet = ["and", "&", "of"]
    /// Quantifiers a name may hold between its words (`Johns Hopkins All Children's Hospital`).
    private static let quantifiersInNames: WordSet = ["all", "one", "two", "three", "both", "every", "each", "many", "most"]
    /// Words naming a kind of institution, no name's own word (`King’s College Hospital`).
    private static let kindsOfInstitution: WordSet = ["college", "university", "school", "institute", "clinic", "centre", "center"]

    /// Institutions whose name `and Hospital` ends (`SCB Medical College and Hospital`).
    private static let collegesWithHospitals: WordSet = ["college", "institute"]

    /// Whether a possessor is a namesake's title (`King’s Mill`, `Queen’s`, `Lady’s`), which a
    /// hospital's name keeps.
    private static func isNamesakesTitle(_ word: WordKey) -> Bool {
        namesakeTitles.contains(word) || Vocabulary.nonDistinctiveFirstWords.contains(word)
    }

    /// The namesake `Our` may open a name before (`Our Lady’s Hospital`).
    private static let lady: WordKey = "lady"

    /// Words that end a hospital's name written without its keyword (`Salford Royal`, `Leeds
    /// General`), as no town's or namesake's word joined to another by `and` does.
    private static let keywordlessEnds: WordSet = ["royal", "general"]

    /// Titles of the people hospitals are named after, which open their names.
    private static let namesakeTitles: WordSet = ["sir", "lady", "lord", "dame"]
    /// A doctor's title, which opens the names of hospitals named after doctors.
    private static let doctors: WordSet = ["dr", "doctor"]
    /// Words after a keyword that name one of a hospital's sites (`Memorial Hospital Central`,
    /// `Regional Hospital North`).
    private static let siteWords: WordSet = ["central", "north", "south", "east", "west"]

    /// Whether a word ends in a hyphen and a lowercase participle (`MSF-supported`,
    /// `Hamas-run`, `UN-backed`): a modifier, no name's word.
    private static func isHyphenatedParticiple(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let hyphen = word.lastIndex(of: UInt8(ascii: "-")), hyphen > 0, hyphen + 3 <= word.count else { return false }
        let participle = word[(hyphen + 1)...]
        guard participle.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) else { return false }
        return participle.elementsEqual("run".utf8) || participle.suffix(2).elementsEqual("ed".utf8)
    }

    /// The hospital name that ends with the keyword at `keyword`, when the words before it
    /// (or a `for …` after it) make a name. It starts no earlier than `floor`, where the name
    /// found before it in the paragraph ends (`X Hospital and Y Hospital` are two).
    static func nameEnding(at keyword: Int, in paragraph: TokenizedParagraph, after floor: Int) -> HospitalMention? {
        let tokens = paragraph.tokens
        // `The American Hospital Association`, `Hospital Federation`: a body of hospitals.
        if keyword + 1 < tokens.count, tokens[keyword + 1].isCapitalized, tokens[keyword + 1].spaceBefore,
           bodiesOfHospitals.contains(tokens[keyword + 1].lower) { return nil }
        // Where the keyword starts: `medical complex` is two words, and one or two descriptors
        // before a name's keyword go with it (`Evelina London children’s hospital`, `Southport
        // and Formby district general hospital`).
        var keywordStart = isMedicalComplex(at: keyword, in: tokens) ? keyword - 1 : keyword
        if keywordStart == keyword {
            var first = keyword
            while first > keyword - 2, first >= floor + 2, tokens[first - 1].isWord, !tokens[first - 1].isCapitalized,
                  descriptors.contains(tokens[first - 1].lower) {
                first -= 1
            }
            if first < keyword, tokens[first - 1].isCapitalized, !Vocabulary.nonNameWords.contains(tokens[first - 1].lower) {
                keywordStart = first
            }
        }
        var start = keywordStart
        // `Guru Teg Bahadur (GTB) Hospital`: the initialism the name defines, inside it.
        var defined: Range<Int>?
        var joinedByAnd = false
        while start > floor {
            let previous = tokens[start - 1]
            guard tokens[start].spaceBefore || tokens[start].isPunctuation(".’'") else { break }
            if previous.isCapitalized, !Vocabulary.nonNameWords.contains(previous.lower) {
                start -= 1
            } else if start < keywordStart, previous.isTitleCase, previous.lower == .new {
                // `New Cross Hospital`, `New York-Presbyterian Hospital`: `New` opens a name
                // when a name word follows it (`New Hospital figures` names none).
                start -= 1
            } else if start < keywordStart, previous.isTitleCase, previous.lower != .the, start >= floor + 2, tokens[start - 2].isWord,
                      tokens[start - 2].lower == .the {
                // `the All India Institute of Medical Sciences`: between `the` and a name word, a
                // capital that opens no sentence is the name's, whatever its word.
                start -= 1
            } else if start < keywordStart, previous.isTitleCase, quantifiersInNames.contains(previous.lower), start >= floor + 2,
                      tokens[start - 2].isCapitalized, tokens[start - 2].isWord, !Vocabulary.nonNameWords.contains(tokens[start - 2].lower),
                      previous.spaceBefore {
                // `Johns Hopkins All Children's Hospital`: a capitalised quantifier between two
                // name words is the name's (a day's or a pronoun's capital is a sentence's).
                start -= 1
            } else if start < keywordStart, previous.isTitleCase, namesakeTitles.contains(previous.lower)
                        || previous.lower == .our && paragraph.keyWithoutPossessive(of: start) == lady
                        || doctors.contains(previous.lower) && tokens[keyword].isCapitalized {
                // `Sir Ganga Ram Hospital`, `Lady Reading Hospital`: the namesake's title is the
                // name's, and so is `Our` before `Lady` (`Our Lady’s Children’s Hospital`), and a
                // doctor's before a keyword written as a name's (`Dr Gray’s Hospital`, `Dr Ram
                // Manohar Lohia Hospital`; not `Dr Patel’s hospital`, which may be where she works).
                start -= 1
            } else if start < keywordStart, previous.isMark("."), !previous.spaceBefore, start >= floor + 2, tokens[start - 2].isTitleCase,
                      doctors.contains(tokens[start - 2].lower), tokens[keyword].isCapitalized {
                // `Dr. Ram Manohar Lohia Hospital`: the title's stop and the title.
                start -= 2
            } else if previous.isMark(")"), start == keywordStart, start >= floor + 4, tokens[start - 2].isInitialism,
                      tokens[start - 3].isMark("("), tokens[start - 4].isCapitalized, !Vocabulary.nonNameWords.contains(tokens[start - 4].lower) {
                start -= 3
                defined = start..<start + 3
            } else if previous.isPunctuation("’'"), !previous.spaceBefore, start >= floor + 2, tokens[start - 2].isCapitalized,
                      paragraph.text(of: start - 2).hasSuffix("s") {
                // `St Thomas’ Hospital`: a possessive apostrophe after a final s.
                start -= 1
            } else if previous.isMark("."), !previous.spaceBefore, start >= floor + 2, tokens[start - 2].isTitleCase,
                      tokens[start - 2].lower == .st || tokens[start - 2].lower == .jr || tokens[start - 2].lower == .sr {
                // `St. Mary’s Hospital`, `Monroe Carell Jr. Children’s Hospital`: an abbreviation's stop.
                start -= 1
            } else if nameJoiners.contains(previous.lower), start < keywordStart, start >= floor + 2,
                      tokens[start - 2].isCapitalized, !tokens[start - 2].isInitialism,
                      !Vocabulary.nonNameWords.contains(tokens[start - 2].lower), !Vocabulary.hospitalNameEnds.contains(tokens[start - 2].lower),
                      !Self.keywordlessEnds.contains(tokens[start - 2].lower), previous.lower == .of || !joinedByAnd {
                // An initialism before `and` is a hospital's own (`the QEUH and Glasgow Royal
                // Infirmary` are two), and so is a name's last word (`Gulf Coast Medical Center
                // and Cape Coral Hospital`, `Salford Royal and Manchester Royal Infirmary`). A
                // name holds one `and`: `Aintree and Southport and Formby District General
                // Hospital` ends a list.
                joinedByAnd = joinedByAnd || previous.lower != .of
                start -= 1
            } else if start == keyword, tokens[keyword].isCapitalized, previous.isWord && previous.lower == .and || previous.isMark("&"), start >= floor + 2,
                      tokens[start - 2].isCapitalized, collegesWithHospitals.contains(tokens[start - 2].lower) {
                // `SCB Medical College and Hospital`: a teaching hospital's name joins the two.
                start -= 1
            } else {
                break
            }
        }
        // `Liverpool’s Royal Liverpool University hospital`, `Cardiff’s University Hospital of
        // Wales`, `Gaza’s al-Shifa hospital`, `Kaiser's Oakland Medical Center`: a place's or an
        // owner's possessive before a name that opens as names do, or that has a word of its
        // own, is no word of it (`King’s College Hospital` and `Children’s Mercy Hospital` keep
        // theirs, and so do a namesake's title, `King’s Mill Hospital`, `Our Lady’s Hospital`).
        if start + 1 < keywordStart, tokens[start].isPossessive, !Self.isNamesakesTitle(paragraph.keyWithoutPossessive(of: start)),
           tokens[start + 1].isCapitalized && Vocabulary.nonDistinctiveFirstWords.contains(tokens[start + 1].lower)
            || !HospitalRecognizer.descriptors.contains(tokens[start].lower) && (start + 1..<keywordStart).contains(where: { index in
                tokens[index].isWord && !Vocabulary.genericHospitalWords.contains(tokens[index].lower)
                    && !Self.kindsOfInstitution.contains(tokens[index].lower)
            }) {
            start += 1
        }
        // `Lee Health’s Gulf Coast Medical Center`: a health system's possessive inside the run
        // owns the hospital named after it.
        if let owner = (start + 1..<max(start + 1, keywordStart - 1)).last(where: { tokens[$0].isPossessive }),
           Vocabulary.institutionWords.contains(paragraph.keyWithoutPossessive(of: owner)), tokens[owner + 1].isCapitalized {
            start = owner + 1
        }
        start = startPastJoinedBody(start, keywordStart: keywordStart, in: tokens)
        // `the MSF-supported Al-Nau hospital`, `a Saudi-backed hospital`: who supports or runs
        // it describes the hospital, and is no word of its name.
        if start + 1 < keywordStart, tokens[start + 1].isCapitalized, paragraph.withBytes(of: start..<start + 1, Self.isHyphenatedParticiple) {
            start += 1
        }
        // `Ottawa’s children’s hospital`: a place's possessive and a kind of hospital describe
        // one; they name none.
        if keywordStart < keyword, start < keywordStart, tokens[start].isPossessive,
           !(start + 1..<keywordStart).contains(where: { tokens[$0].isCapitalized }) { return nil }
        var end = keyword + 1
        let specialtyEnd = specialty(after: keyword, in: paragraph)
        if let specialtyEnd { end = specialtyEnd }
        // `University Hospital of Wales`: a place after `of` ends a name that has one before.
        let placeEnd = specialtyEnd == nil && start < keywordStart ? place(after: keyword, in: tokens) : nil
        if let placeEnd { end = placeEnd }
        // `Valley Hospital Medical Center`: the keyword and the centre's words are one name.
        if specialtyEnd == nil, placeEnd == nil, end + 1 < tokens.count, tokens[end].spaceBefore, isMedicalCentre(at: end + 1, in: tokens) {
            end += 2
        } else if specialtyEnd == nil, placeEnd == nil, end + 2 < tokens.count, tokens[end].isPunctuation("&") || tokens[end].lower == .and,
                  !tokens[end].isCapitalized, isMedicalCentre(at: end + 2, in: tokens) {
            // `Sunrise Hospital & Medical Center`, `… Hospital and Medical Center`.
            end += 3
        }
        // `Elmhurst Hospital Center`, `Washington Hospital Center`: the centre is the name's.
        if specialtyEnd == nil, placeEnd == nil, end == keyword + 1, end < tokens.count, tokens[keyword].lower == .hospital,
           tokens[end].isTitleCase, tokens[end].spaceBefore, tokens[end].lower == .center || tokens[end].lower == .centre {
            end += 1
        }
        // `UCHealth Memorial Hospital Central said`: the site is the name's, when no capital
        // follows it (`Hospital North Durham` is a place, read below).
        if specialtyEnd == nil, placeEnd == nil, end == keyword + 1, start < keywordStart, end < tokens.count, tokens[end].isTitleCase,
           tokens[end].spaceBefore, siteWords.contains(tokens[end].lower),
           end + 1 == tokens.count || !(tokens[end + 1].isCapitalized && tokens[end + 1].spaceBefore) {
            end += 1
        }
        // `City Clinical Hospital No 67`, `Omsk Emergency Hospital No. 1`: a number ends the
        // name, and tells it from others of the same words.
        let numbered = specialtyEnd == nil && placeEnd == nil && end == keyword + 1 ? numberEnd(after: keyword, in: tokens) : nil
        if let numbered { end = numbered }
        var endsWithPlace = placeEnd != nil || numbered != nil
        // `University Hospital Limerick`, `Royal Hospital Chelsea`: a place after the keyword
        // ends a name of general words.
        if specialtyEnd == nil, placeEnd == nil, end == keyword + 1, start < keywordStart,
           tokens[start..<keywordStart].allSatisfy({ !$0.isWord || Vocabulary.genericHospitalWords.contains($0.lower)
                                                        || Vocabulary.nonDistinctiveFirstWords.contains($0.lower) }),
           let trailing = placeEnding(after: keyword, in: paragraph) {
            end = trailing
            // `Children’s Hospital Colorado`: whose hospital, then where; not `General Hospital
            // Staff`.
            endsWithPlace = tokens[start..<keywordStart].contains { $0.isPossessive }
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
            // (`Children’s Hospital of Philadelphia`, `Children’s Hospital Colorado`) or it is a
            // proper name of two of them or more (`the Women’s and Children’s Hospital`).
            guard endsWithPlace || tokens[start..<keywordStart].contains(where: { $0.isWord && !Vocabulary.genericHospitalWords.contains($0.lower) })
                    || start >= 1 && paragraph.word(at: start - 1) == .the && tokens[start..<keywordStart].count(where: { $0.isCapitalized }) >= 2
            else { return nil }
            // `Chinese hospital collapse`, `Italian hospitals are full`: a people's adjective
            // before a keyword in small letters says whose hospitals; it names none. After `the`
            // it may name one (`the Indonesian hospital in Beit Lahia`).
            if start == keyword - 1, !tokens[keyword].isCapitalized, paragraph.word(at: start - 1) != .the,
               isPeoplesAdjective(paragraph.text(of: start)) { return nil }
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
        var mention = fullName(surface, tokens: start..<end, in: paragraph)
        // `Mayo Hospital Lahore`, `Combined Military Hospital Peshawar`: a place straight after
        // a name of its own words is where the hospital is.
        if mention.location == nil, end == keyword + 1, start < keywordStart, let place = placeEnding(after: keyword, in: paragraph),
           place == keyword + 2, !KeywordFirstNames.foreignJoiners.contains(tokens[place].lower),
           !Vocabulary.personFollowers.contains(tokens[place].lower) {
            // (Not a word a name the keyword opens goes on after, `in Spain Hospital Clínic de
            // Barcelona`, nor a subject's, `at Lewisham hospital Patel said`.)
            mention.location = String(paragraph.text(of: keyword + 1))
            mention.tokens = start..<place
        }
        return mention
    }

    /// Endings of the adjectives of peoples and countries (`Chinese`, `Italian`, `British`,
    /// `Mexican`), which one-word places' names have not. (`-ean` and `-man` are left out:
    /// `Nepean hospital`, `Freeman hospital`.)
    private static let peoplesAdjectiveEndings = ["ese", "ian", "ish", "can"]

    /// Whether a capitalised word is the adjective of a people (`Chinese`, `Ukrainian`).
    static func isPeoplesAdjective(_ word: Substring) -> Bool {
        word.utf8.count > 4 && peoplesAdjectiveEndings.contains { word.hasSuffix($0) }
    }
}
