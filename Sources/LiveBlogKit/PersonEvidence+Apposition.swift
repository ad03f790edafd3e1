/// A role given in apposition after a name (`X, a junior doctor at St Mary’s hospital, said`,
/// `X, NHS England’s national medical director,`, `X, its medical director,`): read for
/// `PersonEvidence.read` and for `X is a surgeon`; and the other words that stand after a
/// name's comma only when it is a person's (`X, asked whether …, said`, `X KC, prosecuting,`).
extension PersonEvidence {
    /// Words that end a role in apposition (`, a junior doctor who …`): a clause of its own
    /// begins (`who`, `said`), or a place word points back at one named before (`a consultant
    /// there`).
    private static let roleEnders: WordSet = ["who", "which", "whose", "tells", "told", "said", "says", "has", "had", "is", "was", "and",
                                              "there", "here"]
    /// The role enders that are a clause's verb.
    private static let clauseVerbs: WordSet = ["tells", "told", "said", "says", "has", "had", "is", "was"]

    /// Whether a role's words hold a person's title or a medical job's word (`joint general
    /// secretary`, `nurse`), as `the unit` does not.
    static func namesAJob(_ role: String) -> Bool {
        role.split(separator: " ").contains { word in
            let key = WordKey(word)
            return Vocabulary.personTitles.contains(key) || Vocabulary.medicalRoleWords.contains(key)
        }
    }

    /// Words that open an aside only a person has before their speech verb (`X, asked
    /// whether …, said`, `X, standing beside him, said`).
    static let askedAsides: WordSet = ["asked", "speaking", "responding", "answering", "pressed", "questioned", "interviewed",
                                       "appearing", "writing", "quizzed", "standing", "sitting", "flanked", "wearing",
                                       "smiling", "visiting", "addressing", "arriving", "replying", "reacting", "commenting",
                                       "talking", "testifying", "giving", "winding", "paying"]

    /// The sides a barrister speaks for in a court report (`X KC, defending,`).
    static let courtSides: WordSet = ["prosecuting", "defending", "mitigating"]

    /// Titles of what someone was at a scene, which a job given in apposition replaces.
    static let bystanders: WordSet = ["witness", "eyewitness", "bystander"]

    /// Participles that tie a job to where it is done (`a surgeon working at …`).
    private static let participlesOfPlace: WordSet = ["working", "based", "stationed", "employed", "volunteering", "serving",
                                                      "practising", "practicing", "training"]

    /// Words that open a role two people share, and are no word of it (`both nurses at …`).
    private static let pairOpeners: WordSet = ["both", "two"]

    /// `, a junior doctor at St Mary’s hospital, tells …`: the role (article dropped) and
    /// where a hospital after `at` starts. Nil when what follows is no noun phrase.
    /// - Parameter plural: read a role two people share (`Dr X and Dr Y, co-chairs of …,`,
    ///   `both nurses at …`): one whose title is plural, given in the singular; nil for any other.
    static func appositiveRole(at start: Int, in paragraph: TokenizedParagraph, plural: Bool = false) -> (String?, Int?)? {
        let tokens = paragraph.tokens
        guard start < tokens.count, tokens[start].isWord else { return nil }
        var first = start
        var workplace: Int?
        let opener = tokens[start].lower
        if opener == .a || opener == .an || opener == .the || plural && pairOpeners.contains(opener) {
            first += 1
        } else {
            // Without an article only a job title reads as a role: `leader of …`, `trainee surgeon
            // at …`, or one a body's possessive opens (`NHS England’s national medical director`,
            // `al-Awda’s acting director`), whose body is the workplace if it is a hospital, or
            // `its` (`Ulrich Frei, its medical director`), whose body was named before, or `our`
            // (`Denis Campbell, our health policy editor`), the newsroom's.
            if opener == .its || opener == .our || opener == .my {
                first += 1
                guard first < tokens.count else { return nil }
            }
            let owner = possessiveOpenerEnd(at: first, in: tokens) ?? (tokens[first].isPossessive ? first + 1 : nil)
            if owner != nil { workplace = first }
            let title = owner ?? first
            let opening = tokens[title..<min(title + 3, tokens.count)].map(\.lower)
            // A capital opens a role only past an owner or as a title's initialism (`Alex Munter,
            // CEO of CHEO,`): `X, London,` is a place.
            guard title < tokens.count, title > start || !tokens[start].isCapitalized
                    || tokens[start].isInitialism && Vocabulary.personTitles.contains(opener),
                  !paragraph.text(of: title).lowercased().hasSuffix("ed"),
                  plural || opening.contains(where: { Vocabulary.personTitles.contains($0) || Vocabulary.medicalRoleWords.contains($0) })
            else { return nil }
        }
        var end = first
        while end < tokens.count, end < first + 12 {
            let token = tokens[end]
            if token.isPunctuation(",.;:()“”\"‘!?–—") || (token.isMark("-") && token.spaceBefore) { break }
            // Lowercase: `the WHO director general` is no `who` clause.
            if token.isWord, !token.isCapitalized, Self.roleEnders.contains(token.lower), !joinsAName(at: end, in: tokens),
               !joinsTitles(at: end, in: tokens), !(tokens[first..<end].contains { $0.lower == .of } && joinsNouns(at: end, in: tokens)) {
                // `… read by Det Insp Nicola Evans, the families said:`: a verb straight after
                // the words, with no comma to close them, makes them the next clause's subject.
                if Self.clauseVerbs.contains(token.lower) { return nil }
                break
            }
            if token.lower == .at, token.isWord {
                workplace = end + 1 < tokens.count && tokens[end + 1].lower == .the ? end + 2 : end + 1
                // `a surgeon working at al-Shifa hospital`: the participle is not the job's.
                if end > first + 1, Self.participlesOfPlace.contains(tokens[end - 1].lower) { end -= 1 }
                break
            }
            // `medical superintendent of GTB Hospital`: what a title is of may be where they work.
            if token.lower == .of, token.isWord, workplace == nil, end > first, RolePhrases.isTitle(end - 1, in: paragraph) {
                workplace = end + 1 < tokens.count && tokens[end + 1].lower == .the ? end + 2 : end + 1
            }
            end += 1
        }
        guard end > first else { return nil }
        guard plural else { return (String(paragraph.surface(first..<end)), workplace) }
        // A shared role's plural title, among its first three words, in the singular.
        guard let title = (first..<min(first + 3, end)).first(where: { singularTitle(at: $0, in: paragraph) != nil }),
              let role = singular(String(paragraph.surface(first..<end)), title: title, phraseStart: first, in: paragraph) else { return nil }
        return (role, workplace)
    }

    /// Where the words after a body's possessive name begin, when one to three capitalised
    /// words ending in `’s` stand at `start` (`Labour’s`, `NHS England’s`), or in an apostrophe
    /// alone before a lowercase word (`NHS Providers’ interim chief executive`, `St Thomas'
    /// chief nurse`; what follows must still hold a title); nil otherwise.
    private static func possessiveOpenerEnd(at start: Int, in tokens: [Token]) -> Int? {
        var index = start
        while index < tokens.count, index < start + 3, tokens[index].isWord, tokens[index].isCapitalized {
            if tokens[index].isPossessive { return index + 1 }
            if index + 2 < tokens.count, tokens[index + 1].isPunctuation("’'"), !tokens[index + 1].spaceBefore, tokens[index + 2].isWord,
               tokens[index + 2].spaceBefore, !tokens[index + 2].isCapitalized {
                return index + 2
            }
            index += 1
        }
        return nil
    }

    /// Whether an `and` at `index` joins two jobs of one person (`president and CEO of
    /// SickKids`): a job's title straight after it (`a nurse and mother of two` is a nurse).
    private static func joinsTitles(at index: Int, in tokens: [Token]) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index].lower == .and && tokens[index + 1].isWord
            && Vocabulary.personTitles.contains(tokens[index + 1].lower) && !Vocabulary.everydayTitles.contains(tokens[index + 1].lower)
    }

    /// Whether an `and` at `index` joins the last nouns of what a title is of (`chief officer of
    /// Jersey’s fire and rescue service`, `director of nursing and midwifery`): one or two
    /// lowercase words after it end the role, or go on to where it is done (`head of money and
    /// markets at Hargreaves Lansdown`).
    private static func joinsNouns(at index: Int, in tokens: [Token]) -> Bool {
        guard tokens[index].lower == .and else { return false }
        var next = index + 1
        while next < tokens.count, next <= index + 2, tokens[next].isWord, !tokens[next].isCapitalized,
              !roleEnders.contains(tokens[next].lower), tokens[next].lower != .a, tokens[next].lower != .the, tokens[next].lower != .at {
            next += 1
        }
        return next > index + 1
            && (next == tokens.count || tokens[next].isPunctuation(",.;:)") || tokens[next].lower == .at && tokens[next].isWord)
    }

    /// Whether an `and` at `index` stands inside a capitalised name (`director of the National
    /// Institute of Allergy and Infectious Diseases`), a capitalised word on either side of it.
    private static func joinsAName(at index: Int, in tokens: [Token]) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index].lower == .and
            && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
    }
}
