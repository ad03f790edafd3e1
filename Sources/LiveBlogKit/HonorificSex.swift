/// What an honorific before a one-word name says of the person's sex, set against the role the
/// person it would mean has: `Mr. Biden said` is not `Jill Biden, the first lady`, and `Mrs
/// Patel` is not `Raj Patel, her husband`. Most roles say nothing, and then nothing stands
/// against the name.
enum HonorificSex {
    /// Whether the honorific before `run` (past its stop: `Mr.`) and the last word of `role`
    /// name different sexes.
    static func contradicts(_ role: String?, honorificBefore run: Range<Int>, in unit: TokenizedParagraph) -> Bool {
        // The honorific first: most names have none, and the role's word is then never read.
        guard let honorific = PersonEvidence.honorific(before: run.lowerBound, in: unit.tokens), case let isMan = men.contains(honorific),
              isMan || women.contains(honorific), let role, let last = role.split(separator: " ").last else { return false }
        return (isMan ? womensRoles : mensRoles).contains(WordKey(last))
    }

    private static let men: WordSet = ["mr", "sir"]
    private static let women: WordSet = ["mrs", "ms", "miss", "dame", "lady"]
    /// Roles whose last word says a woman holds them (`first lady`, `his widow`).
    private static let womensRoles: WordSet = [
        "lady", "wife", "mother", "mum", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt", "niece",
        "girlfriend", "fiancée", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "actress",
        "headmistress", "queen", "princess", "duchess", "baroness", "countess",
    ]
    /// Roles whose last word says a man holds them (`her husband`, `a spokesman`).
    private static let mensRoles: WordSet = [
        "husband", "father", "dad", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew", "boyfriend",
        "fiancé", "spokesman", "congressman", "councilman", "businessman", "headmaster", "king", "prince", "duke", "baron", "earl",
    ]
}
