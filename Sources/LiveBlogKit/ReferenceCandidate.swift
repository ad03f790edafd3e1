/// A run of capitalised words that may refer to a hospital the blog names elsewhere (`RUH`,
/// `King’s College`, `at Maudsley`), with everything about it that does not depend on which
/// hospitals are known. Candidates are read on every core; settling one against the
/// directory, which grows as the story is read, then costs a lookup or two.
struct ReferenceCandidate: Sendable {
    /// The mention it makes if it is one: `kind` and, for an initialism, `key` are settled
    /// when it is resolved, and its location is read then.
    var mention: HospitalMention
    /// One word in capitals: it can only be an initialism the full names define.
    var isInitialism: Bool
    /// `at`, `outside`, `near`… (past a `the`) stands before it, or `to` after a verb of
    /// taking (`taken to`), or what a hospital has and `of` or `for` (`chief executive of X`, `a
    /// spokesman for the X`), or it speaks of what is its own (`Cedars-Sinai said its burn
    /// unit`): a lone word it is written as may then be a hospital's short name.
    var standsForAPlace: Bool
    /// `from` or `near` stands before it: where someone comes from, or somewhere close (`a GP
    /// from Stockport`, `reports from Manchester`), which a town a hospital's name opens with
    /// (`Manchester Royal Infirmary`) is, more often than that hospital.
    var followsFromOrNear: Bool
    /// `the` stands just before it and a speech verb after it (`The Alfred said`): a lone word
    /// that a hospital's name is (`Alfred Hospital`) is then that hospital's short name, as no
    /// person's name follows `the` and a place does not speak (`The Valley was quiet`, with
    /// `Valley Hospital` named, is the valley).
    var speaksAfterThe: Bool
    /// It reads as a medical worker's workplace (`a psychiatry registrar at X`).
    var isWorkplace: Bool
    /// Whether the directory as the pass began matches it. One that did not can only match a
    /// name added since, which only a workplace adds.
    var matchesKnown: Bool
    /// The mention's key as a `WordKey`: what asking whether it was added since starts with.
    var word: WordKey
    /// Whether the run owns what a hospital has (`RPA’s director`): a flag, not the possessor,
    /// so that the many candidates that are none stay small.
    var ownsWhatAHospitalHas: Bool

    /// The run without its possessive, when it owns what a hospital has.
    var possessor: HospitalPossessor? {
        ownsWhatAHospitalHas ? HospitalPossessor(writtenWithPossessive: mention.surface) : nil
    }

    /// How the candidate refers to a hospital of `directory`, or nil when it does not.
    func kind(in directory: HospitalDirectory) -> HospitalMention.Kind? {
        if isInitialism {
            return directory.entity(forInitialism: mention.surface) != nil ? .initialism : nil
        } else if mention.tokens.count == 1, Vocabulary.nonDistinctiveFirstWords.contains(word) {
            // `the South/South West Hospital Group`: a word that opens many names (`South
            // Infirmary`) stands for none alone.
            return nil
        } else if let entity = directory.entity(forKey: mention.key) {
            return (directory.wordCount(of: entity) > 1 || speaksAfterThe) && !isTown(in: directory) || standsForAPlace ? .shortName : nil
        } else if standsForAPlace, !(followsFromOrNear && mention.tokens.count == 1),
                  directory.entity(forOpening: mention.key) ?? directory.openingTwin(of: mention.key) != nil, !isTown(in: directory) {
            return .shortName
        } else if isWorkplace {
            return .workplace
        }
        return possessor?.kind(in: directory)
    }

    /// Whether it is one word the blog puts things `in` (`in Kyiv`, `in Birmingham`): a town,
    /// whose name a hospital's may open with (`Kyiv City Children's Clinical Hospital`), which
    /// refers to that hospital only where it stands for a place. Asked only of a candidate that
    /// matches a name: most match none.
    private func isTown(in directory: HospitalDirectory) -> Bool {
        mention.tokens.count == 1 && directory.placeKeys.contains(mention.key)
    }

    /// Whether the candidate refers to `directory`'s hospital by its possessor, not as written.
    func refersByPossessor(in directory: HospitalDirectory) -> Bool {
        guard let possessor else { return false }
        let asWritten = isInitialism ? directory.entity(forInitialism: mention.surface) != nil : directory.entity(forKey: mention.key) != nil
        return !asWritten && possessor.kind(in: directory) != nil
    }
}
