/// Pass two of `HospitalRecognizer`: the name runs that may refer to a hospital the blog names
/// elsewhere (initialisms, short names, workplaces), resolved against the blog's known hospitals.
extension HospitalRecognizer {
    /// The runs of a paragraph that may refer to a known hospital, with all that can be read
    /// of them before the pass: everything but the lookups in the growing directory. `known`
    /// is the directory as the pass begins. A run it cannot match is kept only as its tokens
    /// and key (`unknown`), in case a workplace name added later matches it: most runs are
    /// such, and a paragraph can hold hundreds of thousands.
    static func referenceCandidates(in paragraph: TokenizedParagraph, known: HospitalDirectory,
                                    excluding taken: some Collection<HospitalMention>)
        -> (candidates: [ReferenceCandidate], unknown: [(run: Range<Int32>, word: WordKey)]) {
        let taken = TokenMask(count: paragraph.tokens.count, taken, tokens: \.tokens)
        let runs = withJoinedNames(NameRuns.runs(in: paragraph.tokens).filter { !taken.overlaps($0) }, in: paragraph.tokens)
        return referenceCandidates(in: paragraph, runs: runs, known: known)
    }

    /// Runs, each followed, when it holds a lowercase `and` or `&` (`Concord and RPA`), by the
    /// names it joins: each may refer to a hospital where the whole does not.
    static func withJoinedNames(_ runs: [Range<Int>], in tokens: [Token]) -> [Range<Int>] {
        func isAnd(_ index: Int) -> Bool {
            tokens[index].isPunctuation("&") || !tokens[index].isCapitalized && tokens[index].lower == .and
        }
        // A joiner stands inside a run, never at its ends: most runs are passed over on their length.
        guard runs.contains(where: { $0.count >= 3 && $0.dropFirst().dropLast().contains(where: isAnd) }) else { return runs }
        var all: [Range<Int>] = []
        all.reserveCapacity(runs.count + 4)
        for run in runs {
            all.append(run)
            guard run.count >= 3 else { continue }
            var start = run.lowerBound
            for index in run.dropFirst().dropLast() where isAnd(index) {
                all.append(start..<index)
                start = index + 1
            }
            if start > run.lowerBound { all.append(start..<run.upperBound) }
        }
        return all
    }

    /// `referenceCandidates(in:known:excluding:)` of the given name runs alone: those the
    /// first reading kept (`appendReferenceRuns`) that the directory may match.
    static func referenceCandidates(in paragraph: TokenizedParagraph, runs: some Sequence<Range<Int>>, known: HospitalDirectory)
        -> (candidates: [ReferenceCandidate], unknown: [(run: Range<Int32>, word: WordKey)]) {
        var candidates: [ReferenceCandidate] = []
        var unknown: [(run: Range<Int32>, word: WordKey)] = []
        // The names a matched run joins (`withJoinedNames`) follow it, and are part of its reference.
        var matched = 0..<0
        for run in runs where run.upperBound <= paragraph.tokens.count {
            if run != matched, matched.lowerBound <= run.lowerBound, run.upperBound <= matched.upperBound { continue }
            guard var candidate = referenceCandidate(run, in: paragraph, placeKeys: known.placeKeys) else { continue }
            candidate.matchesKnown = candidate.kind(in: known) != nil
            if candidate.matchesKnown {
                candidates.append(candidate)
                matched = run
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
            for run in withJoinedNames(runs, in: tokens) where !taken.overlaps(run) && !NameRuns.isFollowedByInstitution(run, in: tokens) {
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
        let joiner = before == .the ? run.lowerBound - 2 : run.lowerBound - 1
        // Not a place the blog puts things in: `the chief executive of Lewisham` may be the borough's.
        let ownedByIt = joiner >= 1 && (tokens[joiner].lower == .of || tokens[joiner].lower == .for) && tokens[joiner - 1].isWord
            && HospitalPossessor.possessions.contains(tokens[joiner - 1].lower) && (run.count > 1 || !placeKeys.contains(key))
        return ReferenceCandidate(
            mention: HospitalMention(kind: .shortName, surface: surface, key: key, location: nil, tokens: run),
            isInitialism: isInitialism,
            standsForAPlace: locatives.contains(beforeThe) || isWhereTakenTo(joiner, in: tokens) || ownedByIt
                || isListedAfterLocative(run, in: tokens) || isAttacked(run, in: tokens) || speaksOfItsOwn(run, in: tokens),
            followsFromOrNear: before == .from || before == .near,
            speaksAfterThe: before == .the && run.upperBound < tokens.count && Vocabulary.speechVerbs.contains(tokens[run.upperBound].lower),
            isWorkplace: !isInitialism && isWorkplace(run, in: paragraph, placeKeys: placeKeys), matchesKnown: false,
            word: WordKey(key), ownsWhatAHospitalHas: HospitalPossessor(run, in: paragraph, placeKeys: placeKeys) != nil)
    }

    /// `Cedars-Sinai said its burn unit had admitted five patients`: a speaker whose own is
    /// `its` is a body, not a person whose surname the word may be.
    private static func speaksOfItsOwn(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        let verb = run.upperBound
        return verb + 1 < tokens.count && tokens[verb + 1].lower == .its && Vocabulary.speechVerbs.contains(tokens[verb].lower)
    }

    /// `the strike on Okhmatdyt`, `attacks on al-Shifa`: what an attack is `on` is a place.
    private static func isAttacked(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        var on = run.lowerBound - 1
        if on >= 0, tokens[on].lower == .the { on -= 1 }
        return on >= 1 && tokens[on].lower == .on && attacks.contains(tokens[on - 1].lower)
    }

    /// Nouns of an attack on a place.
    private static let attacks: WordSet = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "assault", "bombing",
        "bombardment", "shelling", "siege",
    ]

    /// `at Westmead, Concord and RPA`: a run that a list's comma or `and` opens, where the
    /// list's first name (names of up to four capitalised words) stands after a locative.
    private static func isListedAfterLocative(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        var index = run.lowerBound - 1
        for _ in 0..<6 {
            guard index >= 1, tokens[index].isPunctuation(",&") || tokens[index].lower == .and else { return false }
            index -= 1
            if tokens[index].isPunctuation(",") { index -= 1 }
            var words = 0
            while index >= 0, words < 4, tokens[index].isWord, tokens[index].isCapitalized {
                index -= 1
                words += 1
            }
            guard words > 0, index >= 0 else { return false }
            if tokens[index].lower == .the, index >= 1 { index -= 1 }
            if locatives.contains(tokens[index].lower) || isWhereTakenTo(index, in: tokens) { return true }
        }
        return false
    }

    /// Whether `to` at `index` says where a patient was taken (`taken to Aintree`, `airlifted
    /// to the Royal London`): what follows is a place, as after `at`.
    private static func isWhereTakenTo(_ index: Int, in tokens: [Token]) -> Bool {
        index >= 1 && tokens[index].lower == .to && tokens[index - 1].isWord && takingVerbs.contains(tokens[index - 1].lower)
    }

    /// Verbs of taking the injured somewhere.
    private static let takingVerbs: WordSet = [
        "taken", "rushed", "airlifted", "flown", "transferred", "transported", "admitted", "brought", "driven", "ferried",
    ]

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
