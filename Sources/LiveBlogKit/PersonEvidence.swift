/// What one occurrence of a capitalised name says about it: whether it is a person, a
/// reporter, and what the text says of them there (age, role, workplace).
struct PersonEvidence: Equatable, Sendable {
    var name: String
    var isPerson = false
    var isReporter = false
    /// Reporter evidence that only rests on weak signs: an interview (`tells X`, `X has been
    /// speaking to`) or a report (`X’s report`), which someone the blog quotes or describes can
    /// also have: a person with an age or a role (`The health secretary, X, has been speaking to
    /// broadcasters`, `the inquiry chairman, Sir Martin Moore-Bick,`) is not a reporter.
    var isReporterOnWeakSignsOnly = false
    var age: Int?
    var role: String?
    /// The role came from a title before the name (`Junior doctor X`), which a role the text
    /// gives in apposition (`X, a surgeon`) or as `X is a surgeon` is more specific than.
    var roleIsTitle = false
    /// Token index where a hospital mention naming their workplace starts.
    var workplaceToken: Int?
    /// Somewhere the name is a body's or a place's, which no person's ever is (`the chief
    /// executive of Mass General Brigham`): it outweighs what other occurrences say.
    var isBody = false
    /// Every sign that the name is a person's is an auxiliary after it (`Los Angeles is
    /// burning`, `Cedar Key will be back`) or a colon before a quote (`Pacific Palisades: ‘…’`),
    /// which a place's name has as often.
    var isPersonOnWeakSignsOnly = false
    /// Somewhere the name stands where a place's does (`in Cedar Key`, `across Los Angeles`):
    /// it outweighs signs that are all weak.
    var isNamedAsAPlace = false

    /// Verbs that follow a place's name as often as a person's.
    private static let auxiliaries: WordSet = ["is", "was", "has", "had", "will", "would", "can", "could", "did", "does"]
    /// Prepositions after which a name is a place's, never a person's unless it owns something
    /// (`in Keir Starmer's cabinet`).
    private static let placeOnlyPrepositions: WordSet = ["in", "across", "throughout", "near"]
    /// Verbs whose object heard the words (`told Sky Sports: “…”`).
    private static let listenerVerbs = WordSet(Vocabulary.tellingVerbs + ["asked", "to"])
    /// Speech verbs after which a name is the one told, never the speaker (`He told Sky
    /// Sports`), unlike `said X` or `asked X`.
    private static let toldVerbs: WordSet = ["told", "tell"]

    /// Prepositions of place: a name after one is where the subject is (`Officials in New
    /// Jersey said`), not who speaks.
    static let placePrepositions: WordSet = ["in", "at", "from", "across", "outside", "near", "around", "throughout"]

    /// Reads the context of a run of two to four title-case words. The name is left empty:
    /// every caller knows where the run stands, and most never need its text.
    static func read(run: Range<Int>, in paragraph: TokenizedParagraph) -> PersonEvidence {
        let tokens = paragraph.tokens
        var evidence = PersonEvidence(name: "")
        var after = run.upperBound
        // `Hugo Keith KC,`: letters after a name are a person's, and what follows them is read.
        if after < tokens.count, tokens[after].isInitialism, Vocabulary.postNominals.contains(tokens[after].lower) {
            evidence.isPerson = true
            after += 1
        }
        // `Robert F. Kennedy Jr. said`: the suffix's stop is the name's, not the sentence's end.
        if after + 1 < tokens.count, tokens[after].isMark("."), !tokens[after].spaceBefore, !tokens[after + 1].isCapitalized,
           tokens[after - 1].lower == .jr || tokens[after - 1].lower == .sr {
            after += 1
        }
        // `John Thune (R-S.D.) said`, `Stephen Flynn (SNP) asks`: a politician's party (and
        // state), read past; told on the bracket first, which few names have after them.
        if after < tokens.count, tokens[after].isMark("("),
           let closed = partyAndState(at: after, in: paragraph) ?? party(at: after, after: run, in: paragraph) {
            evidence.isPerson = true
            after = closed
        }
        let before = honorificBefore(run.lowerBound, in: tokens) ?? run.lowerBound - 1
        let next = paragraph.word(at: after) ?? WordKey.none
        let previous = paragraph.word(at: before) ?? WordKey.none

        evidence.noteReporterSigns(run: run, before: before, after: after, previous: previous, next: next, in: paragraph)
        // Most paragraphs hold no colon: the clause after the name is not read for one.
        let handOver = paragraph.contents.contains(.colon) ? handOverVerb(after: after, in: tokens) : nil

        // People: what follows or precedes the name.
        let titleBefore = Vocabulary.personTitles.contains(previous) || RolePhrases.hasAgentEnding(before, in: paragraph)
            || RolePhrases.isExTitle(before, in: paragraph) || RolePhrases.isCompoundTitle(before, in: paragraph)
            || RolePhrases.isRoleAfterInvertedSpeech(endingAt: before, in: paragraph)
        let followsPlacePreposition = placePrepositions.contains(previous)
        if followsPlacePreposition, Self.placeOnlyPrepositions.contains(previous), !tokens[run.upperBound - 1].isPossessive {
            evidence.isNamedAsAPlace = true
        }
        // An auxiliary after the name is only a weak sign, noted once nothing stronger is found.
        var hasWeakSign = false
        if !followsPlacePreposition && Vocabulary.personFollowers.contains(next) {
            if Self.auxiliaries.contains(next) { hasWeakSign = true } else { evidence.isPerson = true }
        }
        if evidence.isPerson
            || Vocabulary.speechVerbs.contains(previous) && !toldVerbs.contains(previous)
            || !followsPlacePreposition && Vocabulary.personFollowers.contains(wordAfterJoinedName(after, in: paragraph) ?? WordKey.none)
            || titleBefore
            || previous == .yearOld && isAgeBeforeName(before, in: paragraph)
            || (previous == .as || previous == .and || before >= 0 && tokens[before].isMark(",")) && isNamedAs(run, before: before, after: after, in: paragraph)
            || !followsPlacePreposition && Vocabulary.speechVerbs.contains(wordAfterOrigin(after, in: paragraph) ?? WordKey.none)
            || !followsPlacePreposition && ownsWithAPersonsPronoun(after: after, in: paragraph)
            // `François Braun a affirmé que`, `ha detto`: an auxiliary before the verb.
            || next.isSpeechAuxiliary && Vocabulary.speechVerbs.contains(paragraph.word(at: after + 1) ?? WordKey.none) {
            evidence.isPerson = true
        }
        if let comma = RolePhrases.comma(beforeTitlesEndingAt: before, in: tokens), comma >= 1,
           let titleIndex = RolePhrases.title(endingRoleBefore: comma, in: paragraph), let title = paragraph.word(at: titleIndex),
           after < tokens.count && tokens[after].isMark(",") || !RolePhrases.closesOpeningClause(comma, in: paragraph) {
            evidence.isPerson = true
            // `A nurse at the Royal Free Hospital, X`: where they work is no word of the role.
            let roleEnd = paragraph.word(at: titleIndex + 1) == .at ? titleIndex : comma - 1
            evidence.role = RolePhrases.rolePhrase(endingAt: roleEnd, title: titleIndex, in: paragraph)
            // `A witness, X, 28, a nurse at Y`: what they were at the scene gives way to their job.
            evidence.roleIsTitle = Self.bystanders.contains(title)
            evidence.workplaceToken = RolePhrases.placeOfRole(titledAt: titleIndex, endingBefore: comma, in: paragraph)
            // `our health policy editor, Denis Campbell`: the newsroom's own.
            if Vocabulary.newsroomTitles.contains(title), RolePhrases.ownedByTheNewsroom(roleEndingAt: comma - 1, in: paragraph) {
                evidence.markReporter()
            }
        } else if titleBefore, !Vocabulary.honorifics.contains(previous) {
            evidence.role = RolePhrases.rolePhrase(endingAt: before, in: paragraph)
            evidence.roleIsTitle = true
            // `whose 10-year-old daughter Amerie Jo Garza`: the age before the title is theirs.
            if before >= 3, paragraph.word(at: before - 1) == .yearOld, tokens[before - 2].isMark("-"), tokens[before - 3].kind == .number,
               let age = Int(paragraph.text(of: before - 3)), (0...120).contains(age) {
                evidence.age = age
            }
        } else if Vocabulary.honorifics.contains(previous) {
            if before >= 1, let title = paragraph.word(at: before - 1), Vocabulary.personTitles.contains(title),
               !Vocabulary.honorifics.contains(title) {
                // `AIIMS director Dr M Srinivas`, `police spokesperson Sgt. Amar Gandhi`: the role
                // before the honorific.
                evidence.role = RolePhrases.rolePhrase(endingAt: before - 1, in: paragraph)
            } else if let office = Self.office(ofHonorificAt: before, in: paragraph) {
                // `Gov. Kathy Hochul`, `Sacramento Fire Department Capt. Keith Wade`.
                evidence.role = office
            } else if before >= 2, let title = RolePhrases.title(ofRoleBeforeName: before, in: paragraph) {
                // `chief medical officer of health Dr. Kieran Moore`.
                evidence.role = RolePhrases.rolePhrase(endingAt: before - 1, title: title, in: paragraph)
            }
            evidence.roleIsTitle = evidence.role != nil
        } else if before >= 2, tokens[before].isTitleCase,
                  var title = PeoplePass.titleOf(before: run.lowerBound, in: tokens, titles: Vocabulary.personTitles) {
            // `Secretary of State Antony Blinken`, `the Mayor of London Sadiq Khan`: the title
            // and what it is of, and the words that make it a rank of that title (`Deputy
            // Commissioner of Police Surendra Choudhary`).
            while title >= 1, title > run.lowerBound - 12, tokens[title - 1].isTitleCase, Vocabulary.roleModifiers.contains(tokens[title - 1].lower) {
                title -= 1
            }
            evidence.isPerson = true
            evidence.role = String(paragraph.surface(title..<run.lowerBound))
            evidence.roleIsTitle = true
        } else if before >= 2, tokens[before].isWord, !tokens[before].isCapitalized,
                  let title = RolePhrases.title(ofRoleBeforeName: run.lowerBound, in: paragraph) {
            // `chief medical officer of health Kieran Moore`: a title and what it is of.
            evidence.isPerson = true
            evidence.role = RolePhrases.rolePhrase(endingAt: before, title: title, in: paragraph)
            evidence.roleIsTitle = true
        }
        // `Junior doctors Amy Cole and Ben Hart`: a plural title both names share; told on the
        // `and` first, which few names stand beside.
        if evidence.role == nil, next == .and || previous == .and || before >= 1 && tokens[before - 1].lower == .and,
           let role = Self.pluralTitleRole(of: run, in: paragraph) {
            evidence.isPerson = true
            evidence.role = role
            evidence.roleIsTitle = true
        }
        if after < tokens.count, tokens[after].isPunctuation("-–—"), paragraph.word(at: after + 1) == .who {
            evidence.isPerson = true
        }
        // `Name: “…”` is a speaker's, or a place's that a title heads a quote from with it
        // (`Malibu and Pacific Palisades: ‘it looks like a war zone’`): a weak sign. `Name on
        // the BBC: “…”` is a speaker's; `told Sky Sports: “…”` names who heard it, and `outside
        // Aldwych House: “…”` where it was said.
        if after + 1 < tokens.count && tokens[after].isMark(":") && tokens[after + 1].isPunctuation("“\"‘'") && !listenerVerbs.contains(previous)
            && !followsPlacePreposition {
            hasWeakSign = true
        } else if paragraph.contents.contains(.colon) && speaksOnAir(after: after, in: paragraph) {
            evidence.isPerson = true
        }
        if !evidence.isPerson, Self.headedByOffice(run, before: before, in: paragraph) || Self.hasMembers(next, at: after, in: tokens) {
            evidence.isBody = true
        } else if before >= 2, tokens[before].isMark(","), Self.namesABodyInApposition(before: before, in: paragraph) {
            evidence.isPerson = false
            evidence.isBody = true
        } else if previous == .the, before == run.lowerBound - 1,
                  after >= tokens.count || tokens[after].isPunctuation(",.;:)") || Vocabulary.speechVerbs.contains(next) {
            // `known as the White Helmets, said`, `The Buffalo Bills said`: a whole noun phrase
            // after `the` names a body, which a colon's speaker elsewhere (`White Helmets: “…”`)
            // does not make a person.
            evidence.isPerson = false
            evidence.isBody = true
        }
        // After `the`, or ending a role (`the Labour MP for Liverpool West Derby, who`), or
        // ending a body's name (`University Hospitals of North Midlands said`), a name is a
        // place's or a body's.
        let followsThe = before >= 0 && (previous == .the || RolePhrases.isRoleJoiner(before, in: paragraph) && RolePhrases.isTitle(before - 1, in: paragraph)
            || previous == .of && before >= 1 && tokens[before - 1].isWord && tokens[before - 1].isCapitalized)
        let (firstWord, lastWord) = (tokens[run.lowerBound].lower, tokens[run.upperBound - 1].lower)
        // `Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of …,`: the first name's role
        // stands after the second's.
        if next == .and, evidence.role == nil || evidence.roleIsTitle, let role = Self.sharedAppositive(afterPairAt: after, in: paragraph) {
            evidence.isPerson = true
            evidence.role = role
            evidence.roleIsTitle = false
        }
        if next == .and, let age = Self.sharedAge(afterPairAt: after, in: paragraph) {
            evidence.isPerson = true
            evidence.age = age
        }
        guard after + 1 < tokens.count, tokens[after].isMark(",") else {
            if let handOver { evidence.noteHandOver(at: handOver, nameEnd: after, previous: previous, titleBefore: titleBefore, in: paragraph) }
            return evidence.concluded(followsThe: followsThe, firstWord: firstWord, lastWord: lastWord, hasWeakSign: hasWeakSign)
        }
        var appositive = after + 1
        if let (age, next) = Self.ageInApposition(at: appositive, in: paragraph) {
            evidence.isPerson = true
            evidence.age = age
            appositive = next
        } else if previous == .and || before >= 1 && tokens[before - 1].lower == .and, let age = Self.sharedAge(at: appositive, in: paragraph) {
            evidence.isPerson = true
            evidence.age = age
        }
        // `Nurses at Whipps Cross, the Royal London and Newham joined`: after `at` or `in` a list
        // of places goes on, and no role follows a person's name.
        let followsAtOrIn = previous == .at || previous == .in
        // `According to Dr Anna Lee, the unit is …`: the comma may close the clause, and only a
        // job's words make what follows an apposition (`…, the NEU's joint general secretary,`).
        let lead = Vocabulary.honorifics.contains(previous) ? before - 1 : before
        let isSource = paragraph.word(at: lead) == .to && paragraph.word(at: lead - 1) == .according
        if !evidence.isPerson, Self.opensClauseOfABody(appositive, nameStart: run.lowerBound, in: paragraph) { evidence.isBody = true }
        // `… and Dr Vivek Trivedi, co-chairs of …,`: the second name's share of a plural role.
        let pairRole = previous == .and || before >= 1 && tokens[before - 1].lower == .and ? Self.pluralAppositive(at: appositive, in: paragraph) : nil
        if let pairRole, evidence.role == nil || evidence.roleIsTitle {
            evidence.isPerson = true
            evidence.role = pairRole
            evidence.roleIsTitle = false
        } else if let side = paragraph.word(at: appositive), Self.courtSides.contains(side), appositive + 1 < tokens.count,
                  tokens[appositive + 1].isPunctuation(",.") {
            // `Nick Johnson KC, prosecuting, told the jury`: the side a barrister speaks for.
            evidence.isPerson = true
            if evidence.role == nil || evidence.roleIsTitle {
                evidence.role = String(paragraph.text(of: appositive))
                evidence.roleIsTitle = false
            }
        } else if !followsAtOrIn || evidence.age != nil, let (role, workplace) = appositiveRole(at: appositive, in: paragraph),
           !isSource || role.map(Self.namesAJob) ?? false {
            evidence.isPerson = true
            if evidence.role == nil || evidence.roleIsTitle, let role {
                evidence.role = role
                evidence.roleIsTitle = false
            }
            evidence.workplaceToken = workplace
            // `Denis Campbell, our health policy editor,`: the newsroom's own.
            if let owner = paragraph.word(at: appositive), owner == .our || owner == .my { evidence.markReporter() }
        } else if !followsPlacePreposition, appositive < tokens.count, tokens[appositive].isCapitalized,
                  paragraph.contents.isSuperset(of: [.colon, .quoteMark]),
                  saysBeforeQuote(from: appositive, in: tokens) {
            // `Shruti Patel, Lewisham hospital: "…"`
            evidence.isPerson = true
            evidence.workplaceToken = appositive
        }
        // `Rishi Sunak, asked at PMQs whether he would negotiate, said`: an aside only a person
        // has, then their speech verb.
        if appositive < tokens.count, Self.askedAsides.contains(tokens[appositive].lower),
           QuoteAttributor.speechVerbAfterAside(at: after, in: tokens) {
            evidence.isPerson = true
        }
        // `X, who …`, `X, whose husband died …`: a clause only a person has; not a place's
        // (`A commuter at Clapham Junction, who gave her name only as Priya`).
        if !followsPlacePreposition, let word = paragraph.word(at: appositive), word == .who || word == .whose { evidence.isPerson = true }
        // `A nurse who was on duty, Meghna Rai, told …`: a name in apposition that speaks.
        if before >= 0, tokens[before].isMark(","), let word = paragraph.word(at: appositive), Vocabulary.speechVerbs.contains(word) {
            evidence.isPerson = true
        }
        if let handOver { evidence.noteHandOver(at: handOver, nameEnd: after, previous: previous, titleBefore: titleBefore, in: paragraph) }
        return evidence.concluded(followsThe: followsThe, firstWord: firstWord, lastWord: lastWord, hasWeakSign: hasWeakSign)
    }

    /// The evidence as read to the end. A weak sign (an auxiliary after the name, a colon and
    /// a quote), with nothing stronger, makes it a person's on weak signs only. A name just
    /// after `the` or ending a role is a place's or a body's (`at the Royal Liverpool was`, `The
    /// Whittington, a teaching hospital`, `MP for Liverpool West Derby, who`), and so is one
    /// whose first word opens places' names (`Mount Victoria told to leave`, asked only of a
    /// name read as a person's) or whose last word ends places' or clubs' (`Colorado Springs
    /// said`, `Newcastle United said`): nothing around it makes it a person. One whose first
    /// word opens bodies' names (`Royal Free London has cancelled`) is a body's wherever it stands.
    /// Inlined: a call copied the evidence.
    @inline(__always)
    private func concluded(followsThe: Bool, firstWord: WordKey, lastWord: WordKey, hasWeakSign: Bool) -> PersonEvidence {
        var evidence = self
        if hasWeakSign && !isPerson {
            evidence.isPerson = true
            evidence.isPersonOnWeakSignsOnly = true
        }
        guard followsThe || evidence.isPerson && (WordKey.opensPlaceName(firstWord) || WordKey.endsPlaceOrClubName(lastWord)
            || Vocabulary.bodyNameOpeners.contains(firstWord)) else { return evidence }
        evidence.isPerson = false
        if Vocabulary.bodyNameOpeners.contains(firstWord) { evidence.isBody = true }
        return evidence
    }

}
