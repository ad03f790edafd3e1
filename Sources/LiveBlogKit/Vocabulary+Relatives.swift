/// Who people are to one another and to the reporter who meets them: titles of people that
/// name no job.
extension Vocabulary {
    /// Who the people a reporter meets are (`Another parent, Tom Hughes, disagreed`, `His
    /// partner, Sabrina Kvist Jensen,`): titles of people, but no job (`a nurse and mother of
    /// two` has one role, `nurse`).
    static let everydayTitles = WordSet(everydayTitleWords)
    static let everydayTitleWords = [
        "parent", "neighbour", "neighbor", "relative", "friend", "partner", "resident", "pupil", "patient", "commuter", "passenger",
        "driver", "shopper", "voter", "fan", "survivor", "victim", "protester", "protestor", "mourner",
    ] + relativeWords

    /// Relatives only a person has (not `children` or `parents`, which a country's are too, nor
    /// a `partner`, which a firm's is).
    static let relatives = WordSet(relativeWords)
    private static let relativeWords = [
        "uncle", "aunt", "mother", "father", "mum", "dad", "wife", "husband", "son", "daughter", "brother", "sister", "nephew",
        "niece", "cousin", "grandmother", "grandfather", "grandson", "granddaughter", "widow", "widower", "girlfriend",
        "boyfriend", "fiancée", "fiancé", "fiancee", "fiance", "stepfather", "stepmother", "stepson", "stepdaughter",
    ]
}
