/// A name run that owns what a hospital has (`RPA’s director of medical services`,
/// `al-Awda’s acting director`, `the Royal Free’s chief executive`, `Lewisham’s A&E`): the
/// run without its possessive, which refers to a hospital when the blog knows it by that name
/// or initialism. The possessive stays part of the written name first (`St George’s`,
/// `King’s`), which is tried before it.
struct HospitalPossessor: Sendable {
    /// The run as written, without the possessive.
    var surface: String
    /// Its normal form (`HospitalName.normalize`).
    var key: String
    /// Two to six capitals: only the initialism of a name the blog spells out.
    var isInitialism: Bool

    /// What a hospital has, after a possessive that makes its owner a hospital (or before
    /// `of` or `for`: `chief executive of X`).
    static let possessions: WordSet = [
        "director", "directors", "chief", "executive", "spokesperson", "spokesman", "spokeswoman", "medical", "matron",
        "emergency", "a&e", "ward", "wards", "icu", "maternity", "mortuary", "morgue", "nurses", "doctors", "consultants",
        "surgeons", "staff", "patients", "intensive", "trauma", "paediatric", "pediatric", "board", "management",
        // An American hospital's head (`Houston Methodist’s president and chief executive`).
        "president",
    ]
    /// Words that may stand between the possessive and the possession (`acting director`).
    private static let modifiers: WordSet = ["acting", "interim", "deputy", "former", "new", "own", "main", "senior", "head"]

    /// The possessor `run` of `paragraph` is, or nil when the run ends in no possessive, what
    /// follows is nothing a hospital has, or a lone word is a place the blog puts things in
    /// (`Lewisham’s chief executive` may be the borough's).
    init?(_ run: Range<Int>, in paragraph: TokenizedParagraph, placeKeys: Set<String>) {
        guard Self.ownsWhatAHospitalHas(run, in: paragraph.tokens) else { return nil }
        self.init(writtenWithPossessive: paragraph.surface(run))
        if run.count == 1, !isInitialism, placeKeys.contains(key) { return nil }
    }

    /// The possessor a run written so is (`RPA’s`, `Royal Free’s`), whatever follows it.
    init(writtenWithPossessive written: some StringProtocol) {
        surface = NameRuns.withoutPossessive(Substring(written))
        key = HospitalName.normalize(surface)
        let letters = surface.unicodeScalars
        isInitialism = (2...6).contains(letters.count) && letters.allSatisfy { $0.value &- 0x41 < 26 }
    }

    /// The offices a hospital's `chief` holds (`chief executive`, `chief of surgery`): a
    /// town's or an island's chief is its minister or its constable (`Jersey’s chief minister`).
    private static let chiefsOffices: WordSet = [
        "executive", "executives", "exec", "nurse", "nursing", "medical", "operating", "officer", "financial", "clinical",
        "pharmacist", "midwife", "surgeon", "of",
    ]

    /// Whether the run ends in a possessive that one of `possessions` follows, past a modifier.
    @inline(__always)
    static func ownsWhatAHospitalHas(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        guard !run.isEmpty, run.upperBound < tokens.count, tokens[run.upperBound - 1].isPossessive else { return false }
        var next = run.upperBound
        if tokens[next].isWord, modifiers.contains(tokens[next].lower) { next += 1 }
        guard next < tokens.count, tokens[next].isWord, possessions.contains(tokens[next].lower) else { return false }
        return tokens[next].lower != .chief || next + 1 < tokens.count && tokens[next + 1].isWord && chiefsOffices.contains(tokens[next + 1].lower)
    }

    /// How it refers to a hospital of `directory`, or nil when the directory knows no such name.
    func kind(in directory: HospitalDirectory) -> HospitalMention.Kind? {
        if isInitialism { return directory.entity(forInitialism: surface) != nil ? .initialism : nil }
        return directory.entity(forKey: key) != nil ? .shortName : nil
    }
}
