/// What one occurrence of a known person says of them where nothing may be known yet: an age
/// or role in apposition, `X is a <role>`, a hospital after `at` in their sentence. It needs
/// only its post, so it is read on every core; the directory takes it in story order.
struct PersonDescription: Sendable {
    var age: Int?
    var role: String?
    var roleIsTitle: Bool
    var hospital: String?
    /// The role is the body's the text spoke of just before (`Its chief executive, X`, `X, its
    /// medical director`): its workplace is the hospital that was the subject just before, if
    /// one was (`PostPeople`).
    var roleOwnedByIt = false
    /// They work `at the hospital`: the one their post names, if it names one (`PostPeople`).
    var worksAtTheHospital = false

    /// Words of a visitor's or a patient's time at a place, which say it is not their workplace.
    private static let visitorsAndPatientsWords: WordSet = [
        "visiting", "visited", "visit", "visits", "toured", "tours", "treated", "admitted", "born", "died", "waiting", "waited", "arrived", "gathered",
        "arrives", "arrive", "arriving", "stayed", "stays", "staying", "spent", "dies", "birth",
        "patient", "taken", "airlifted", "rushed", "discharged", "transferred", "evacuated", "recovering", "sheltering",
        "receive", "received", "receiving", "vaccinated", "jabbed", "operation", "surgery", "replacement", "appointment",
        "treatment", "transplant", "scan", "procedure", "appointments", "operations",
        // A visit to the hurt (`X met the injured at Y`), or being hurt there.
        "met", "meets", "meeting", "injured", "wounded",
        // A patient's state (`X is awake and stable at Y`, `in a critical condition at Y`).
        "stable", "condition", "critical", "awake", "conscious", "unconscious", "sedated", "hospitalised", "hospitalized",
    ]

    /// Forms of `be` that, straight before `at`, say someone is at a place, not that they work there.
    private static let beingThere: WordSet = ["been", "is", "was", "are", "were"]

    /// `who works there`: verbs that make a place named before the workplace.
    private static let workVerbs: WordSet = ["works", "worked", "work", "working"]

    /// `At Beth Israel Deaconess Medical Center, Dr Richard Wolfe, the chief of emergency
    /// medicine, said`: the hospital a sentence opens at, when the name (past a title)
    /// follows its comma; nil otherwise.
    private static func hospitalOpeningTheSentence(before run: Range<Int>, in unit: borrowing TokenizedParagraph,
                                                   hospitals: borrowing ArraySlice<HospitalPass.Resolved>) -> String? {
        let tokens = unit.tokens
        // The comma first, on the tokens alone: most names stand after none.
        guard let comma = (max(0, run.lowerBound - 3)..<run.lowerBound).last(where: { tokens[$0].isMark(",") }),
              let opening = hospitals.first(withKey: comma, by: { $0.tokens.upperBound }) else { return nil }
        var at = opening.tokens.lowerBound - 1
        if at >= 0, unit.word(at: at) == .the { at -= 1 }
        guard at >= 0, unit.word(at: at) == .at, unit.opensSentence(at: at) else { return nil }
        return opening.name
    }

    /// Reads the occurrence at `run` of `unit`, whose resolved hospital mentions are `hospitals`,
    /// in reading order (as `HospitalPass` resolves them); `quoted` when the run stands inside
    /// a quote, whose `X is a …` is the speaker's view of them (`“Simon Kjaer is a leader”`).
    init(run: Range<Int>, in unit: borrowing TokenizedParagraph, hospitals: borrowing ArraySlice<HospitalPass.Resolved>,
         quoted: Bool = false) {
        let tokens = unit.tokens
        /// The name of the first mention starting at `token`, or just past a place's possessive
        /// there (`at Cardiff's University Hospital of Wales`): a unit may name hundreds of
        /// thousands, and each occurrence looks up a few tokens.
        func hospitalName(at token: Int) -> String? {
            if let found = hospitals.first(withKey: token, by: { $0.tokens.lowerBound }) { return found.name }
            guard token + 1 < tokens.count, tokens[token].isPossessive else { return nil }
            return hospitals.first(withKey: token + 1) { $0.tokens.lowerBound }?.name
        }
        let evidence = PersonEvidence.read(run: run, in: unit)
        var role = evidence.role
        var roleIsTitle = evidence.roleIsTitle
        var workplace = evidence.workplaceToken
        if role == nil || roleIsTitle, !quoted, let verb = unit.word(at: run.upperBound), verb == .`is` || verb == .was,
           let article = unit.word(at: run.upperBound + 1), article == .a || article == .an,
           let found = PersonEvidence.appositiveRole(at: run.upperBound + 1, in: unit) {
            role = found.0
            roleIsTitle = false
            workplace = workplace ?? found.1
        }
        var hospital = workplace.flatMap(hospitalName(at:))
        // `X Hospital lost its roof, said Dr. Birgit Bodine, who works there`: the hospital the
        // sentence named before them.
        if hospital == nil, run.upperBound + 3 < tokens.count, tokens[run.upperBound].isMark(","), unit.word(at: run.upperBound + 1) == .who,
           let verb = unit.word(at: run.upperBound + 2), Self.workVerbs.contains(verb), unit.word(at: run.upperBound + 3) == .there {
            hospital = hospitals.last { $0.tokens.upperBound <= run.lowerBound }?.name
        }
        if hospital == nil, let role, let opening = Self.hospitalOpeningTheSentence(before: run, in: unit, hospitals: hospitals),
           role.split(separator: " ").contains(where: { Vocabulary.medicalRoleWords.contains(WordKey(String($0)))
                                                        || HospitalPossessor.possessions.contains(WordKey(String($0))) }) {
            hospital = opening
        }
        if hospital == nil {
            let speechVerbs = Vocabulary.speechVerbs
            // `Dr Ben White, 29, from Manchester Royal Infirmary`: a doctor is from where they
            // work. Asked only at a `from`: most clauses hold none.
            func isDoctor() -> Bool { PersonEvidence.honorific(before: run.lowerBound, in: tokens) == .dr }
            var index = run.upperBound
            while index + 1 < tokens.count, index < run.upperBound + 40, !tokens[index].isPunctuation(".!?“\"") {
                // What follows their speech verb is what they said (`X said the team would work
                // at Tampa General`), and a `whose` clause is someone else's (`X, whose husband
                // died at Y`): neither says where they work.
                if tokens[index].isWord, speechVerbs.contains(tokens[index].lower) || tokens[index].lower == .whose { break }
                if tokens[index].lower == .at || tokens[index].lower == .from && isDoctor(), tokens[index].isWord {
                    let start = tokens[index + 1].lower == .the ? index + 2 : index + 1
                    // `who worked at the hospital`: the one its post names, if one (`PostPeople`).
                    let theHospital = start == index + 2 && start < tokens.count && !tokens[start].isCapitalized
                        && Vocabulary.hospitalKeywords.contains(tokens[start].lower)
                    if let found = hospitalName(at: start) ?? (theHospital ? "" : nil) {
                        // Nor does where they were a visitor or a patient (`X, who was visiting
                        // his mother at Y`): looked for once a hospital is found, not at every word.
                        let visitors = Self.visitorsAndPatientsWords
                        // `X has been at St Thomas’ hospital`, `X is at the RVI`: being there is no work there.
                        let isThere = unit.word(at: index - 1).map(Self.beingThere.contains) ?? false
                        if !isThere, !tokens[run.upperBound..<index].contains(where: { $0.isWord && visitors.contains($0.lower) }) {
                            // At the hospital with no role may be a visit (`X, 34, was at the hospital`).
                            if !theHospital { hospital = found } else if role != nil { worksAtTheHospital = true }
                        }
                        break
                    }
                }
                index += 1
            }
        }
        // The comma before the name, past a title (`Its chief medical officer, Dr. X`).
        var comma = run.lowerBound - 1
        if comma >= 1, tokens[comma].isMark("."), Vocabulary.honorifics.contains(tokens[comma - 1].lower) {
            comma -= 2
        } else if comma >= 0, tokens[comma].isWord, Vocabulary.honorifics.contains(tokens[comma].lower) {
            comma -= 1
        }
        // `X, its medical director`: the role in apposition is the body's named before too.
        if role != nil, hospital == nil, run.upperBound + 1 < tokens.count, tokens[run.upperBound].isMark(","),
           unit.word(at: run.upperBound + 1) == .its {
            roleOwnedByIt = true
        } else if role != nil, hospital == nil, comma >= 1, tokens[comma].isMark(",") {
            var index = comma - 1
            while index >= 0, index >= comma - 6, tokens[index].isWord {
                if tokens[index].lower == .its {
                    roleOwnedByIt = true
                    break
                }
                index -= 1
            }
        }
        age = evidence.age
        self.role = role
        self.roleIsTitle = roleIsTitle
        self.hospital = hospital
    }
}
