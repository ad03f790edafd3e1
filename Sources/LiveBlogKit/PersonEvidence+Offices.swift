/// The offices and ranks written short before a name (`Gov. Kathy Hochul`, `Lt. Col. Peter
/// Lerner`, `PM Modi`), read as the person's role: read for `PersonEvidence.read`.
extension PersonEvidence {
    /// The offices and ranks American titles and short forms stand for (`Gov.`, `Sen.`, `Capt.`).
    private static let officesOfHonorifics: [WordKey: String] = [
        "gov": "governor", "sen": "senator", "rep": "representative", "pm": "prime minister", "cm": "chief minister",
        "capt": "captain", "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "gen": "general", "maj": "major",
        "adm": "admiral", "brig": "brigadier", "cpl": "corporal",
    ]

    /// Words that make a rank written short another (`Rear Adm.`, `Staff Sgt.`).
    private static let rankModifiers: WordSet = ["rear", "vice", "staff", "master", "first", "major", "lieutenant", "brigadier"]

    /// The office the honorific at `honorific` stands for, with the body or place written before
    /// it (`Sacramento Fire Department captain`, `California governor`); a rank of two (`Lt.
    /// Col.`) is both, and a rank's own word is kept (`rear admiral`). Nil when the honorific
    /// stands for no office (`Dr`).
    static func office(ofHonorificAt honorific: Int, in paragraph: TokenizedParagraph) -> String? {
        guard let word = paragraph.word(at: honorific), var office = officesOfHonorifics[word] else { return nil }
        let tokens = paragraph.tokens
        var first = honorific
        if first >= 1, case let rank = tokens[first - 1].isMark(".") ? first - 2 : first - 1, rank >= 0,
           let higher = paragraph.word(at: rank).flatMap({ officesOfHonorifics[$0] }) {
            office = "\(higher) \(office)"
            first = rank
        }
        if first >= 1, let word = paragraph.word(at: first - 1), rankModifiers.contains(word) {
            office = "\(paragraph.text(of: first - 1).lowercased()) \(office)"
            first -= 1
        }
        return owner(endingBefore: first, in: paragraph).map { "\($0) \(office)" } ?? office
    }

    /// One to four title-case words straight before `end` that are a body's or a place's name
    /// (`Sacramento Fire Department`, `California`), or nil.
    private static func owner(endingBefore end: Int, in paragraph: TokenizedParagraph) -> Substring? {
        let tokens = paragraph.tokens
        var start = end
        while start >= 1, start > end - 4, tokens[start - 1].isTitleCase, tokens[start].spaceBefore,
              !Vocabulary.nonNameWords.contains(tokens[start - 1].lower) {
            start -= 1
        }
        return start < end ? paragraph.surface(start..<end) : nil
    }
}

extension PersonEvidence {
    /// Whether an office's `of` stands before the name (`the chief executive of Mass General
    /// Brigham`, `head of Frimley Health`): what an office heads is a body or a place. Not a
    /// possessive name, whose thing the office heads (`head of Jane Smith’s office`).
    static func headedByOffice(_ run: Range<Int>, before: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard before >= 1, paragraph.word(at: before) == .of, !paragraph.tokens[run.upperBound - 1].isPossessive,
              let office = paragraph.word(at: before - 1) else { return false }
        return Vocabulary.headsOfBodies.contains(office)
    }

    /// Whether the name stands in apposition to a body's noun, which an owner or an article
    /// opens (`Eriksen's club, Inter Milan,`, `his party, Reform UK,`, `the union, Unite,`):
    /// the name is that body's.
    static func namesABodyInApposition(before: Int, in paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard before >= 2, tokens[before].isMark(","), tokens[before - 1].isWord, !tokens[before - 1].isCapitalized,
              bodyNouns.contains(tokens[before - 1].lower) else { return false }
        let owner = tokens[before - 2]
        return owner.isWord && (owner.isPossessive || owner.lower == .the || ownersOfABody.contains(owner.lower))
    }

    /// Nouns for a body that no person is called (not `guardian` or `watch`, as
    /// `Vocabulary.institutionWords` has them).
    private static let bodyNouns: WordSet = ["club", "team", "party", "union", "company", "firm", "trust", "charity", "council",
                                             "employer", "airline", "government", "ministry", "department", "agency", "board",
                                             "organisation", "organization", "association", "federation", "league", "newspaper",
                                             "broadcaster", "regulator", "band", "label", "publisher", "school", "university"]

    /// The owners' words that open a body's noun (`his club`).
    private static let ownersOfABody = WordSet(RolePhrases.possessiveDeterminers)

    /// Whether the name opens its sentence and `which` opens the clause after its comma
    /// (`Mass General Brigham, which postponed …`): no person is a `which`. Where the name
    /// stands later in a sentence the clause may be of the sentence (`a letter to Jane Smith,
    /// which was published`).
    static func opensClauseOfABody(_ appositive: Int, nameStart: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard paragraph.word(at: appositive) == .which else { return false }
        return paragraph.opensSentence(at: nameStart)
    }

    /// `Morgan Stanley analysts said`, `Aston Martin shares fell`: a name with its members or its
    /// stock after it, in lower case, is a firm's or a body's, as no person's name is written.
    static func hasMembers(_ next: WordKey, at after: Int, in tokens: [Token]) -> Bool {
        after < tokens.count && !tokens[after].isCapitalized && membersOfABody.contains(next)
    }

    /// What a firm or a body has that a name before it may stand for.
    private static let membersOfABody: WordSet = ["analysts", "shares", "staff", "employees", "workers", "executives", "customers",
                                                  "clients", "investors", "shareholders", "bosses", "boss", "chief", "stores",
                                                  "branches", "bonds", "stock", "profits", "sales", "economists"]
}
