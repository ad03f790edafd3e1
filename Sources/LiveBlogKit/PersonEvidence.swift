/// What one occurrence of a capitalised name says about it: whether it is a person, a
/// reporter, and what the text says of them there (age, role, workplace).
struct PersonEvidence: Equatable, Sendable {
    var name: String
    var isPerson = false
    var isReporter = false
    /// Reporter evidence that only rests on `tells X`, which a quoted person can also be.
    var isReporterByTellsOnly = false
    var age: Int?
    var role: String?
    /// The role came from a title before the name (`Junior doctor X`), which a role the text
    /// gives in apposition (`X, a surgeon`) or as `X is a surgeon` is more specific than.
    var roleIsTitle = false
    /// Token index where a hospital mention naming their workplace starts.
    var workplaceToken: Int?

    /// `has been talking to X`: the verbs that make X the one asking.
    private static let interviewVerbs: WordSet = ["talking", "speaking", "asking", "interviewing"]
    /// Words that end a role in apposition (`, a junior doctor who …`): a clause of its own
    /// begins (`who`, `said`), or a place word points back at one named before (`a consultant
    /// there`).
    private static let roleEnders: WordSet = ["who", "which", "whose", "tells", "told", "said", "says", "has", "had", "is", "was", "and",
                                              "there", "here"]
    /// Words before which a role phrase starts (`the Labour party leader`).
    private static let roleOpeners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "former"]
    /// Conjunctions a role phrase does not start with.
    private static let roleJoiners: WordSet = ["and", "or", "&"]
    /// Verbs whose object heard the words (`told Sky Sports: “…”`).
    private static let listenerVerbs: WordSet = ["told", "tells", "telling", "tell", "asked", "to"]
    /// Speech verbs after which a name is the one told, never the speaker (`He told Sky
    /// Sports`), unlike `said X` or `asked X`.
    private static let toldVerbs: WordSet = ["told", "tell"]
    /// Prepositions of place: a name after one is where the subject is (`Officials in New
    /// Jersey said`), not who speaks.
    private static let placePrepositions: WordSet = ["in", "at", "from", "across", "outside", "near", "around", "throughout"]

    /// Reads the context of a run of two to four title-case words. The name is left empty:
    /// every caller knows where the run stands, and most never need its text.
    static func read(run: Range<Int>, in paragraph: TokenizedParagraph) -> PersonEvidence {
        let tokens = paragraph.tokens
        var evidence = PersonEvidence(name: "")
        let after = run.upperBound
        let before = honorificBefore(run.lowerBound, in: tokens) ?? run.lowerBound - 1
        let next = paragraph.word(at: after) ?? WordKey.none
        let previous = paragraph.word(at: before) ?? WordKey.none

        // Reporters: `writes X`, `reports X`, `tells X`, `the Guardian’s X`, `my colleague X`.
        if Vocabulary.reportingVerbs.contains(previous) { evidence.isReporter = true }
        if previous == .tells || previous == .telling { evidence.isReporter = true; evidence.isReporterByTellsOnly = true }
        if Vocabulary.newsroomMarkers.contains(previous) { evidence.isReporter = true }
        if before >= 1, tokens[before].isTitleCase, tokens[before].isPossessive,
           paragraph.word(at: before - 1) == .the { evidence.isReporter = true }
        if next == .has, let second = paragraph.word(at: after + 1) {
            if second == .interviewed || second == .more { evidence.isReporter = true }
            if second == .been, let third = paragraph.word(at: after + 2),
               Self.interviewVerbs.contains(third) { evidence.isReporter = true }
        }
        // Most paragraphs hold no colon: the clause after the name is not read for one.
        if paragraph.contents.contains(.colon), writesColon(after: after, in: tokens) { evidence.isReporter = true }

        // People: what follows or precedes the name.
        let followsPlacePreposition = placePrepositions.contains(previous)
        if !followsPlacePreposition && Vocabulary.personFollowers.contains(next)
            || Vocabulary.speechVerbs.contains(previous) && !toldVerbs.contains(previous)
            || !followsPlacePreposition && Vocabulary.personFollowers.contains(wordAfterJoinedName(after, in: paragraph) ?? WordKey.none)
            || Vocabulary.personTitles.contains(previous) {
            evidence.isPerson = true
        }
        if let comma = comma(beforeTitlesEndingAt: before, in: tokens), comma >= 1,
           let titleIndex = title(endingRoleBefore: comma, in: paragraph), let title = paragraph.word(at: titleIndex) {
            evidence.isPerson = true
            evidence.role = rolePhrase(endingAt: comma - 1, title: titleIndex, in: paragraph)
            evidence.workplaceToken = placeOfRole(titledAt: titleIndex, endingBefore: comma, in: paragraph)
            // `our health policy editor, Denis Campbell`: the newsroom's own.
            if Vocabulary.newsroomTitles.contains(title), ownedByTheNewsroom(roleEndingAt: comma - 1, in: paragraph) {
                evidence.isReporter = true
            }
        } else if Vocabulary.personTitles.contains(previous), !Vocabulary.honorifics.contains(previous) {
            evidence.role = rolePhrase(endingAt: before, in: paragraph)
            evidence.roleIsTitle = true
        }
        if after < tokens.count, tokens[after].isPunctuation("-–—"), paragraph.word(at: after + 1) == .who {
            evidence.isPerson = true
        }
        // `Name: “…”` is a speaker's; `told Sky Sports: “…”` names who heard it.
        if after < tokens.count, tokens[after].isMark(":"), after + 1 < tokens.count, tokens[after + 1].isPunctuation("“\"‘'"),
           !listenerVerbs.contains(previous) {
            evidence.isPerson = true
        }
        // After `the`, or ending a role (`the Labour MP for Liverpool West Derby, who`), a name
        // is a place's or a body's.
        let followsThe = before >= 0 && (previous == .the || isRoleJoiner(before, in: paragraph) && isTitle(before - 1, in: paragraph))
        guard after + 1 < tokens.count, tokens[after].isMark(",") else { return evidence.afterThe(followsThe) }
        var appositive = after + 1
        if tokens[appositive].kind == .number, let age = Int(paragraph.text(of: appositive)), (1...120).contains(age),
           appositive + 1 < tokens.count, tokens[appositive + 1].isMark(",") {
            evidence.isPerson = true
            evidence.age = age
            appositive += 2
        }
        if let (role, workplace) = appositiveRole(at: appositive, in: paragraph) {
            evidence.isPerson = true
            if evidence.role == nil || evidence.roleIsTitle, let role {
                evidence.role = role
                evidence.roleIsTitle = false
            }
            evidence.workplaceToken = workplace
        } else if appositive < tokens.count, tokens[appositive].isCapitalized, paragraph.contents.isSuperset(of: [.colon, .quoteMark]),
                  saysBeforeQuote(from: appositive, in: tokens) {
            // `Shruti Patel, Lewisham hospital: "…"`
            evidence.isPerson = true
            evidence.workplaceToken = appositive
        }
        if paragraph.word(at: appositive) == .who { evidence.isPerson = true }
        return evidence.afterThe(followsThe)
    }

    /// Whether the word at `index` is `for`, `of` or `in`, which after a person's title joins
    /// the place the role is of (`MP for Liverpool West Derby`, `mayor of Nashville`).
    private static func isRoleJoiner(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard let joiner = paragraph.word(at: index) else { return false }
        return joiner == .for || joiner == .of || joiner == .in
    }

    /// Whether the word at `index` is a person's title (`mayor`, `secretary`).
    private static func isTitle(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard let word = paragraph.word(at: index) else { return false }
        if Vocabulary.personTitles.contains(word) { return true }
        // A title joined to another word (`director-general`, `surgeon-in-chief`, `editor-in-chief`).
        let text = paragraph.text(of: index)
        guard text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = text.lowercased().split(separator: "-")
        return parts.count > 1 && [parts.first, parts.last].contains { $0.map { Vocabulary.personTitles.contains(String($0)) } ?? false }
    }

    /// A name just after `the` or ending a role is a place's or a body's (`at the Royal
    /// Liverpool was`, `The Whittington, a teaching hospital`, `MP for Liverpool West Derby,
    /// who`): nothing around it makes it a person.
    private func afterThe(_ followsThe: Bool) -> PersonEvidence {
        guard followsThe else { return self }
        var evidence = self
        evidence.isPerson = false
        return evidence
    }

    /// `, a junior doctor at St Mary’s hospital, tells …`: the role (article dropped) and
    /// where a hospital after `at` starts. Nil when what follows is no noun phrase.
    static func appositiveRole(at start: Int, in paragraph: TokenizedParagraph) -> (String?, Int?)? {
        let tokens = paragraph.tokens
        guard start < tokens.count, tokens[start].isWord else { return nil }
        var first = start
        let opener = tokens[start].lower
        if opener == .a || opener == .an || opener == .the {
            first += 1
        } else {
            // Without an article only a job title reads as a role: `leader of …`, `trainee surgeon
            // at …`, or one a body's possessive opens (`NHS England’s national medical director`).
            let title = possessiveOpenerEnd(at: start, in: tokens) ?? start
            let opening = tokens[title..<min(title + 3, tokens.count)].map(\.lower)
            guard title < tokens.count, title > start || !tokens[start].isCapitalized,
                  !paragraph.text(of: title).lowercased().hasSuffix("ed"),
                  opening.contains(where: { Vocabulary.personTitles.contains($0) || Vocabulary.medicalRoleWords.contains($0) })
            else { return nil }
        }
        var end = first
        var workplace: Int?
        while end < tokens.count, end < first + 12 {
            let token = tokens[end]
            if token.isPunctuation(",.;:()“”\"‘!?–—") || (token.isMark("-") && token.spaceBefore) { break }
            if token.isWord, Self.roleEnders.contains(token.lower), !joinsAName(at: end, in: tokens) { break }
            if token.lower == .at, token.isWord {
                workplace = end + 1 < tokens.count && tokens[end + 1].lower == .the ? end + 2 : end + 1
                break
            }
            end += 1
        }
        guard end > first else { return nil }
        return (String(paragraph.surface(first..<end)), workplace)
    }

    /// Where the words after a body's possessive name begin, when one to three capitalised
    /// words ending in `’s` stand at `start` (`Labour’s`, `NHS England’s`); nil otherwise.
    private static func possessiveOpenerEnd(at start: Int, in tokens: [Token]) -> Int? {
        var index = start
        while index < tokens.count, index < start + 3, tokens[index].isWord, tokens[index].isCapitalized {
            if tokens[index].isPossessive { return index + 1 }
            index += 1
        }
        return nil
    }

    /// The word after a name or body joined to the name ending at `after` (`Jeremy Hunt and
    /// David Cameron said`, `Sarah Jones of Unite said`, `… of the BMA said`): the verb the two
    /// share, or the one whose subject the name is. Nil when no `and`, `&` or `of` follows.
    private static func wordAfterJoinedName(_ after: Int, in paragraph: TokenizedParagraph) -> WordKey? {
        let tokens = paragraph.tokens
        guard after + 1 < tokens.count, NameRuns.isJoiner(tokens[after]) else { return nil }
        var index = after + 1
        if tokens[index].lower == .the, !tokens[index].isCapitalized { index += 1 }
        let start = index
        while index < tokens.count, index < start + 5, tokens[index].isCapitalized, tokens[index].spaceBefore { index += 1 }
        return index > start ? paragraph.word(at: index) : nil
    }

    /// Where an honorific with its full stop stands before a name starting at `start` (`Dr.
    /// Ravi Patel`, as American papers write it): the title is what precedes the name, not the
    /// stop. Nil when there is none.
    static func honorificBefore(_ start: Int, in tokens: [Token]) -> Int? {
        start >= 2 && NameRuns.nameStart(afterHonorificAt: start - 2, in: tokens) == start ? start - 2 : nil
    }

    /// Whether an `and` at `index` stands inside a capitalised name (`director of the National
    /// Institute of Allergy and Infectious Diseases`), a capitalised word on either side of it.
    private static func joinsAName(at index: Int, in tokens: [Token]) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index].lower == .and
            && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
    }

    /// `Labour party leader`, `NHS blogger and health policy analyst`: the words ending at a
    /// title, back to a determiner or punctuation, at most six; with `title`, the words from
    /// back before the title to `end` (`spokesperson for the medical center`). A sentence's
    /// capital on a common word is dropped (`Junior doctor` → `junior doctor`); a proper
    /// noun's is kept.
    private static func rolePhrase(endingAt end: Int, title: Int? = nil, in paragraph: TokenizedParagraph) -> String? {
        let last = title ?? end
        var start = last
        while start > 0, start > last - 5, paragraph.tokens[start - 1].isWord,
              !Self.roleOpeners.contains(paragraph.tokens[start - 1].lower),
              !Vocabulary.speechVerbs.contains(paragraph.tokens[start - 1].lower) {
            start -= 1
        }
        while start < end, Self.roleJoiners.contains(paragraph.tokens[start].lower) { start += 1 }
        let phrase = paragraph.surface(start..<(end + 1))
        let opensSentence = start == 0 || paragraph.tokens[start - 1].isPunctuation(".!?")
        // A sentence's capital on a common word of roles goes (`Junior doctor` → `junior
        // doctor`); any other capital may be a proper noun's, and stays (`Tennessee governor`,
        // `Metro Nashville police chief`, `NHS blogger`, `Liverpool’s metro mayor`), as does
        // an office written with capitals throughout (`Health Secretary`).
        let first = paragraph.tokens[start].lower
        let isCommonWord = Vocabulary.roleModifiers.contains(first) || Vocabulary.personTitles.contains(first)
            || Vocabulary.medicalRoleWords.contains(first)
        let isCapitalisedOffice = start < end && paragraph.tokens[start + 1].isCapitalized
        return opensSentence && isCommonWord && !isCapitalisedOffice ? phrase.prefix(1).lowercased() + phrase.dropFirst() : String(phrase)
    }

    /// The comma at `index`, or just before the one or two capitalised titles that end there
    /// (`its director, Dr Hussam Abu Safiya`, `An IDF spokesperson, Lt Col Peter Lerner`); nil
    /// when no comma stands there.
    private static func comma(beforeTitlesEndingAt index: Int, in tokens: [Token]) -> Int? {
        guard index >= 0 else { return nil }
        if tokens[index].isMark(",") { return index }
        // Where the comma would stand is looked at first: the word lists only when one does.
        for titles in 1...2 where index - titles >= 0 && tokens[index - titles].isMark(",") {
            let words = tokens[(index - titles + 1)...index]
            return words.allSatisfy({ $0.isWord && $0.isCapitalized && Vocabulary.personTitles.contains($0.lower) }) ? index - titles : nil
        }
        return nil
    }

    /// Where the title of a role that ends before the comma at `comma` stands: the word before
    /// it (`the health secretary, Steve Barclay`), or the word before `of`, `for` or `in` and a
    /// place of one to three capitalised words (`the mayor of Nashville, John Cooper`) or what
    /// the role is of in up to three words (`Its director of operations, Paul Woodrow`, `the
    /// minister for public health, X`). Nil when no title stands there.
    private static func title(endingRoleBefore comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        var index = comma - 1
        while index >= 0, index >= comma - 3, tokens[index].isWord, tokens[index].isCapitalized, !tokens[index].isPossessive { index -= 1 }
        let title = index < comma - 1 && isRoleJoiner(index, in: paragraph) ? index - 1 : comma - 1
        if isTitle(title, in: paragraph) { return title }
        // What the role is of, in lowercase words (the commonest roles have none: read last).
        var joiner = comma - 1
        while joiner >= 1, joiner >= comma - 3, tokens[joiner].isWord, !isRoleJoiner(joiner, in: paragraph) { joiner -= 1 }
        guard joiner >= 1, joiner < comma - 1, isRoleJoiner(joiner, in: paragraph), isTitle(joiner - 1, in: paragraph) else { return nil }
        return joiner - 1
    }

    /// Where the name of the place a role before a name is of starts, which is the person's
    /// workplace if it is a hospital: after the title's `of` (`The director of Kamal Adwan, Dr
    /// X`), or the possessive that opens the role (`al-Awda’s acting director, Dr X`, `RPA’s
    /// director of emergency, Dr X`). Nil when the role names no such place.
    private static func placeOfRole(titledAt title: Int, endingBefore comma: Int, in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        if title + 2 < comma, isRoleJoiner(title + 1, in: paragraph) {
            let place = paragraph.word(at: title + 2) == .the ? title + 3 : title + 2
            if place < comma, tokens[place].isCapitalized { return place }
        }
        // Back over the role's lowercase words to a possessive name, then to the name's start.
        var index = title - 1
        while index >= 0, index >= title - 4, tokens[index].isWord, !tokens[index].isCapitalized { index -= 1 }
        guard index >= 0, tokens[index].isWord, tokens[index].isCapitalized, tokens[index].isPossessive else { return nil }
        while index >= 1, tokens[index - 1].isWord, tokens[index - 1].isCapitalized, tokens[index - 1].spaceBefore || index - 1 == 0 { index -= 1 }
        return index
    }

    /// Whether `our` or `my` opens the role ending at `end` (`our health policy editor`),
    /// within five words of it.
    private static func ownedByTheNewsroom(roleEndingAt end: Int, in paragraph: TokenizedParagraph) -> Bool {
        var index = end - 1
        while index >= 0, index >= end - 5, paragraph.tokens[index].isWord {
            let word = paragraph.tokens[index].lower
            if word == .our || word == .my { return true }
            index -= 1
        }
        return false
    }

    /// `, the Guardian’s health policy editor, writes:` — the name's own clause ends in `writes:`.
    private static func writesColon(after start: Int, in tokens: [Token]) -> Bool {
        var index = start
        while index + 1 < tokens.count, index < start + 16, !tokens[index].isPunctuation(".!?“\"") {
            // The colon first: it rules out nearly every word without a look in the verb list.
            if tokens[index + 1].isMark(":"), Vocabulary.reportingVerbs.contains(tokens[index].lower) { return true }
            index += 1
        }
        return false
    }

    /// Whether a short clause from here ends in `:` and an opening quote mark.
    static func saysBeforeQuote(from start: Int, in tokens: [Token]) -> Bool {
        var index = start
        while index + 1 < tokens.count, index < start + 10 {
            if tokens[index].isMark(":") { return tokens[index + 1].isPunctuation("“\"‘'") }
            if tokens[index].isPunctuation(".!?") { return false }
            index += 1
        }
        return false
    }
}
