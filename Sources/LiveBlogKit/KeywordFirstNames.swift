/// Hospital names whose keyword comes first, as French, Italian, German, Spanish and
/// Portuguese write them (`Hôpital Saint-Louis`, `Ospedale San Raffaele`, `Centre Hospitalier
/// Annecy Genevois`, `Hospital General Universitario de Valencia`): read for
/// `HospitalRecognizer`, which finds the keyword.
enum KeywordFirstNames {
    /// Lowercase words that join the parts of a name in those languages (`Hôpital de la Pitié`,
    /// `Klinikum rechts der Isar`, `Krankenhaus am Urban`). Not German `an`, `die` or `und`,
    /// which English sentences hold too (`Ospedale Niguarda an Italian surgeon said`).
    static let foreignJoiners: WordSet = ["de", "la", "le", "du", "des", "del", "di", "della", "da", "do", "dos", "das", "y",
                                          "der", "den", "am", "im", "zum", "zur", "vom", "von", "rechts", "links"]

    /// Words that open a Spanish, Portuguese or Catalan hospital's name after `Hospital`
    /// (`Hospital General Universitario de Valencia`, `Hospital Clínico San Carlos`).
    private static let romanceNameWords: WordSet = ["general", "universitario", "universitari", "universitário", "clínico", "clinico",
                                                    "clínic", "regional", "provincial", "municipal", "nacional", "militar", "infantil",
                                                    "san", "santa", "santo", "são", "sant", "italiano", "israelita", "español", "alemán"]

    /// `Hospital General Universitario de Valencia`, `Hospital Sírio-Libanês`: English
    /// `Hospital` before capitals opens a name only in these languages' shape: its next word
    /// one of theirs, or a joiner (`de`) or a letter beyond ASCII among its words; never a
    /// body's or an office's word (`Hospital Trust`, `Hospital Chief Executive`).
    static func romanceName(at keyword: Int, in paragraph: TokenizedParagraph) -> HospitalMention? {
        guard let mention = name(startingAt: keyword, in: paragraph) else { return nil }
        let tokens = paragraph.tokens
        let words = tokens[(keyword + 1)..<mention.tokens.upperBound].filter(\.isWord)
        // `General` is an office and a hospital's word alike: only the office's words rule it out.
        guard !words.contains(where: { Vocabulary.institutionWords.contains($0.lower) || HospitalRecognizer.bodiesOfHospitals.contains($0.lower)
                                       || Vocabulary.personTitles.contains($0.lower) && !Vocabulary.genericHospitalWords.contains($0.lower) }),
              let first = words.first else { return nil }
        let foreign = romanceNameWords.contains(first.lower) || words.contains { !$0.isCapitalized }
            || paragraph.withBytes(of: (keyword + 1)..<mention.tokens.upperBound) { $0.contains { $0 >= 0x80 } }
        return foreign ? mention : nil
    }

    /// `Hôpital Européen Georges-Pompidou`, `Hôpital de la Pitié-Salpêtrière`: the name a
    /// leading keyword at `keyword` (ending before `keywordEnd`) opens, through the capitalised
    /// words after it and the lowercase joiners between them; nil when no capitalised word follows.
    static func name(startingAt keyword: Int, keywordEnd: Int? = nil, in paragraph: TokenizedParagraph) -> HospitalMention? {
        let tokens = paragraph.tokens
        let keywordEnd = keywordEnd ?? keyword + 1
        var end = keywordEnd
        var probe = end
        let lowercaseKeyword = Vocabulary.lowercaseHospitalKeywords.contains(tokens[keyword].lower)
        // `l'hôpital européen Georges-Pompidou`: French puts an adjective, in lower case, first.
        if lowercaseKeyword, probe + 1 < tokens.count, tokens[probe].isWord, !tokens[probe].isCapitalized, tokens[probe + 1].isCapitalized,
           !foreignJoiners.contains(tokens[probe].lower) {
            probe += 1
        }
        while probe < tokens.count, probe < keyword + 8, tokens[probe].spaceBefore {
            if tokens[probe].isWord, tokens[probe].isCapitalized, !Vocabulary.nonNameWords.contains(tokens[probe].lower) {
                probe += 1
                end = probe
            } else if tokens[probe].isWord, foreignJoiners.contains(tokens[probe].lower) {
                probe += 1
            } else if tokens[probe].kind == .number, probe + 1 < tokens.count, tokens[probe + 1].isWord,
                      foreignJoiners.contains(tokens[probe + 1].lower) {
                // A date a name is made of (`Hospital Universitario 12 de Octubre`, `Hospital 2 de Mayo`).
                probe += 1
            } else {
                break
            }
        }
        guard end > keywordEnd else { return nil }
        var surface = NameRuns.withoutPossessive(String(paragraph.surface(keyword..<end)))
        // `l'hôpital Lariboisière` is `Hôpital Lariboisière`, `all'ospedale Niguarda` `Ospedale
        // Niguarda`: the article elided before the keyword goes.
        if lowercaseKeyword {
            for (written, shown) in Vocabulary.displayedHospitalKeywords {
                guard let keywordStart = surface.range(of: written, options: .caseInsensitive) else { continue }
                surface = shown + surface[keywordStart.upperBound...]
                break
            }
        }
        return HospitalRecognizer.fullName(surface, tokens: keyword..<end, in: paragraph)
    }
}
