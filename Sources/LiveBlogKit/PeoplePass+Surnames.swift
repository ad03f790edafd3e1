/// The lone surnames a blog shows to be people's (`Lombardo said`, `Hamlin’s uncle`), read in
/// the first reading, and which full names they make people's.
extension PeoplePass {
    /// Adds to `words` the key of each name run of one word that a speech verb follows
    /// (`Lombardo said`) or that owns a relative (`Hamlin’s uncle`), as only a person does;
    /// not after `the`, a preposition of place or a point of the compass (`the Guardian said`,
    /// `in Gaza said`, `in east London admitted`). And of one that opens a transcript's line.
    /// Each is a person's surname.
    static func appendSurnamesOfPeople(in unit: TokenizedParagraph, nameRuns: [Range<Int>], to words: inout [WordKey]) {
        let tokens = unit.tokens
        // A transcript's line opened by one (`Starmer: Seven million people are waiting.`).
        if QuoteScanner.transcriptColon(in: unit) == 1, tokens[0].isTitleCase { words.append(tokens[0].lower) }
        for run in nameRuns where run.count == 1 && run.upperBound < tokens.count {
            guard tokens[run.upperBound].isWord, tokens[run.lowerBound].isTitleCase else { continue }
            let isOwner = tokens[run.lowerBound].isPossessive
            guard isOwner ? ownsARelative(run.upperBound, in: unit) : Vocabulary.speechVerbs.contains(tokens[run.upperBound].lower) else {
                continue
            }
            // Nor after a point of the compass (`in east London admitted`): a place's.
            if let previous = unit.word(at: run.lowerBound - 1),
               previous == .the || PersonEvidence.placePrepositions.contains(previous) || previous.isCompassPoint {
                continue
            }
            words.append(isOwner ? unit.keyWithoutPossessive(of: run.lowerBound) : tokens[run.lowerBound].lower)
        }
    }

    /// Whether the word at `index`, after a possessive, is a relative's (`Hamlin’s uncle`), or
    /// the family's as the subject of a verb (`Hamlin’s family said`; `Britain’s family courts`
    /// are no one's).
    private static func ownsARelative(_ index: Int, in unit: TokenizedParagraph) -> Bool {
        let word = unit.tokens[index].lower
        if Vocabulary.relatives.contains(word) { return true }
        guard family.contains(word) else { return false }
        guard let next = unit.word(at: index + 1) else { return true }
        return Vocabulary.speechVerbs.contains(next) || familyVerbs.contains(next)
    }

    /// The word itself, in a set as every word this code looks up is.
    private static let family: WordSet = ["family"]
    /// Verbs after `family` that make it the subject (`Hamlin’s family has thanked`).
    private static let familyVerbs: WordSet = ["has", "have", "had", "was", "were", "is", "are", "thanked", "released", "asked", "paid"]

    /// Whether a full name not yet known as a person's becomes one when its surname is a
    /// person's elsewhere: not after `the` (`The Buffalo Bills said`, then the title `Bills:
    /// Hamlin’s heartbeat restored`), as a team's or a band's name stands and a person's seldom.
    static func mayBeNamedBySurname(_ candidate: PersonCandidate, in unit: TokenizedParagraph) -> Bool {
        unit.word(at: candidate.run.lowerBound - 1) != .the
    }
}
