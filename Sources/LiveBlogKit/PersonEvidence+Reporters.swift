/// The signs around a name that it is a reporter's: who writes, reports or tells, the
/// newsroom's colleagues, a wire's credit, a dispatch, an interview.
extension PersonEvidence {
    /// Notes what the words around the name `run` say of it being a reporter's: `previous` is
    /// the word at `before` (past an honorific), `next` the word at `after` (past letters or a
    /// party after the name).
    mutating func noteReporterSigns(run: Range<Int>, before: Int, after: Int, previous: WordKey, next: WordKey,
                                    in paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        // Reporters: `writes X`, `reports X`, `tells X`, `the Guardian’s X`, `my colleague X`.
        if Vocabulary.reportingVerbs.contains(previous) { markReporter() }
        if previous == .tells || previous == .telling { markReporter(weakly: true) }
        // `my colleague X`, not `Her colleague X`: a colleague is the newsroom's only when it is ours.
        if Vocabulary.newsroomMarkers.contains(previous), previous != .colleague || Self.isOurs(before, in: paragraph) { markReporter() }
        if before >= 1, tokens[before].isTitleCase, tokens[before].isPossessive,
           paragraph.word(at: before - 1) == .the { markReporter() }
        // `(Reporting by Alistair Smout; Editing by Kate Holton)`: a wire's credit.
        if previous == .by, before >= 1, let credit = paragraph.word(at: before - 1), Self.creditWords.contains(credit) {
            markReporter()
        }
        // `Here's Damien Gayle's latest`: a reporter's dispatch; `Sky's Mark Stone reports from`.
        if tokens[run.upperBound - 1].isPossessive, Self.dispatchWords.contains(next) {
            markReporter(weakly: Self.reportWords.contains(next))
        }
        if Vocabulary.reportingVerbs.contains(next), let second = paragraph.word(at: after + 1), second == .from || second == .that {
            markReporter()
        }
        // `Al Jazeera's Tareq Abu Azzoum, reporting from Rafah, said`: an aside only a reporter has.
        if after + 2 < tokens.count, tokens[after + 2].length == 4, tokens[after].isMark(","), paragraph.word(at: after + 2) == .from,
           let verb = paragraph.word(at: after + 1), Vocabulary.reportingVerbs.contains(verb) {
            markReporter()
        }
        if next == .has, let second = paragraph.word(at: after + 1) {
            if second == .interviewed || second == .more { markReporter() }
            if second == .been, let third = paragraph.word(at: after + 2),
               Self.interviewVerbs.contains(third) { markReporter(weakly: true) }
        }
    }

    /// Notes one sign that the name is a reporter's; it rests on weak signs alone while every
    /// sign is one.
    mutating func markReporter(weakly: Bool = false) {
        isReporterOnWeakSignsOnly = isReporter ? isReporterOnWeakSignsOnly && weakly : weakly
        isReporter = true
    }

    /// `has been talking to X`: the verbs that make X the one asking.
    private static let interviewVerbs: WordSet = ["talking", "speaking", "asking", "interviewing"]
    /// The jobs a wire's credit line names its people by (`Reporting by X; Editing by Y`).
    private static let creditWords: WordSet = ["reporting", "editing", "writing"]
    /// What a reporter files (`Damien Gayle's latest`).
    private static let dispatchWords: WordSet = ["latest", "dispatch", "report", "analysis"]
    /// What an inquiry's chair or a body files too (`Sir Martin Moore-Bick’s report`, `the
    /// Bank’s analysis`): a weak sign.
    private static let reportWords: WordSet = ["report", "analysis"]

    /// Whether the word before `index` makes it the newsroom's own (`my colleague`, `our
    /// colleague`, `Guardian colleague`), or none stands there to say otherwise.
    private static func isOurs(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard index >= 1, let owner = paragraph.word(at: index - 1) else { return true }
        return !othersOwners.contains(owner)
    }

    /// Owners that make a colleague someone else's.
    private static let othersOwners: WordSet = ["her", "his", "their", "a", "an", "the", "its"]
}
