/// The role a text gives a person before their name, read for `PersonEvidence`: its title
/// (`the health secretary, X`, `The mayor of Nashville, X`, `Its director of operations, X`),
/// its words (`Labour party leader`), the place it is of, and whether it is the newsroom's.
enum RolePhrases {
    /// Conjunctions a role phrase does not start with.
    private static let roleJoiners: WordSet = ["and", "or", "&"]

    /// Words before which a role phrase starts (`the Labour party leader`).
    private static let roleOpeners = WordSet(["the", "a", "an", "one", "another"] + possessiveDeterminers)
    /// The words that say whose something is before its noun (`his club`, `our health editor`).
    static let possessiveDeterminers = ["his", "her", "their", "its", "our", "my"]
    /// Articles of other languages a role opens with, in lower case (`il primario`, `le docteur`):
    /// not all of `QuoteAttributor.continentalArticles`, as English roles hold `de` (`the de
    /// facto leader`).
    private static let continentalRoleOpeners: WordSet = ["il", "lo", "la", "le", "les", "el", "los", "las", "der"]

    /// Prepositions a role phrase read back from its title stops at (`wrote to Norfolk
    /// Southern’s CEO, X`: the role is `Norfolk Southern’s CEO`; `Speaking alongside Georgia’s
    /// lieutenant governor, X`).
    private static let prepositionsBefore: WordSet = ["to", "with", "from", "by", "at", "on", "in", "alongside", "beside", "behind",
                                                      "against", "about", "after", "before", "among", "between", "without", "into"]

    /// Whether the word at `index` is `for`, `of` or `in`, which after a person's title joins
    /// the place the role is of (`MP for Liverpool West Derby`, `mayor of Nashville`).
    static func isRoleJoiner(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard let joiner = paragraph.word(at: index) else { return false }
        return joiner == .for || joiner == .of || joiner == .in
    }

    /// Whether the word at `index` is a person's title (`mayor`, `secretary`, `meteorologist`).
    static func isTitle(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard let word = paragraph.word(at: index) else { return false }
        if Vocabulary.personTitles.contains(word) || hasAgentEnding(index, in: paragraph) { return true }
        // A title joined to another word (`director-general`, `surgeon-in-chief`, `editor-in-chief`):
        // most words hold no hyphen, told on their bytes before a string is made.
        guard paragraph.tokens[index].length >= 5,
              paragraph.withBytes(of: index..<index + 1, { $0.contains(UInt8(ascii: "-")) }) else { return false }
        let parts = paragraph.text(of: index).lowercased().split(separator: "-")
        return parts.count > 1 && [parts.first, parts.last].contains { $0.map { Vocabulary.personTitles.contains(String($0)) } ?? false }
    }

    /// Words ending in `-ist` that name no one (`against`, `insist`).
    private static let notAgents: WordSet = ["against", "amidst", "whilst", "assist", "insist", "resist", "consist", "persist",
                                             "exist", "desist", "enlist", "coexist", "subsist", "twist", "wrist"]

    /// Whether the word at `index` names what someone is by its ending, as the titles no list
    /// can hold do: `-ist` (`meteorologist`, `economist`, `activist`) and `-ician`
    /// (`politician`, `statistician`). Told on its length and last byte before its bytes are read.
    static func hasAgentEnding(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard index >= 0, index < paragraph.tokens.count else { return false }
        let token = paragraph.tokens[index]
        guard token.isWord, token.length >= 5, !notAgents.contains(token.lower) else { return false }
        return paragraph.withBytes(of: index..<index + 1) { bytes in
            guard let last = bytes.last, last == UInt8(ascii: "t") || last == UInt8(ascii: "n") else { return false }
            return bytes.suffix(3).elementsEqual("ist".utf8) || bytes.suffix(5).elementsEqual("ician".utf8)
        }
    }

    /// `Ex-minister`, `ex-president`: a title written with `ex-` before it, as one word.
    static func isExTitle(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard index >= 0, index < paragraph.tokens.count, paragraph.tokens[index].isWord, paragraph.tokens[index].length >= 5 else { return false }
        return paragraph.withBytes(of: index..<index + 1) { bytes in
            guard bytes[0] | 0x20 == UInt8(ascii: "e"), bytes[1] | 0x20 == UInt8(ascii: "x"), bytes[2] == UInt8(ascii: "-") else { return false }
            return Vocabulary.personTitles.contains(WordKey(UnsafeBufferPointer(rebasing: bytes[3...])))
        }
    }

    /// Whether the word at `index` is a German compound title (`Klinikchef`, `Gesundheitsminister`,
    /// `Verdi-Sprecherin`): a title's word ending a longer word, as German writes an office
    /// before a name (`sagte Klinikchef Heyo Kroemer`). Inlined: it is asked of the word before
    /// every name, which is rarely a long capitalised one.
    @inline(__always)
    static func isCompoundTitle(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        // A German noun is capitalised: most words are passed over on the token's bits.
        guard index >= 0, index < paragraph.tokens.count, paragraph.tokens[index].isWord, paragraph.tokens[index].isTitleCase,
              paragraph.tokens[index].length >= 7 else { return false }
        return endsInATitle(index, in: paragraph)
    }

    /// Whether the word at `index` ends in one of `compoundTitleEndings`, three letters or more
    /// before it.
    private static func endsInATitle(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        paragraph.withBytes(of: index..<index + 1) { bytes in
            compoundTitleEndings.contains { ending in
                bytes.count >= ending.count + 3
                    && zip(bytes.suffix(ending.count), ending).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
            }
        }
    }

    /// The titles German compounds end in, as lowercase UTF-8 (an ASCII capital is folded to
    /// compare; `ä` is compared as its two bytes).
    private static let compoundTitleEndings: [[UInt8]] = [
        "chef", "chefin", "minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "direktor", "direktorin",
        "leiter", "leiterin", "kanzler", "kanzlerin", "vorsitzende", "vorsitzender",
    ].map { Array($0.utf8) }

    /// `Labour party leader`, `NHS blogger and health policy analyst`: the words ending at a
    /// title, back to a determiner or punctuation, at most six; with `title`, the words from
    /// back before the title to `end` (`spokesperson for the medical center`). A sentence's
    /// capital on a common word is dropped (`Junior doctor` → `junior doctor`); a proper
    /// noun's is kept.
    static func rolePhrase(endingAt end: Int, title: Int? = nil, in paragraph: TokenizedParagraph) -> String? {
        let last = title ?? end
        var start = last
        // An office written with a capital mid-sentence (`to remove Speaker Kevin McCarthy`)
        // takes no lowercase word before it but a modifier (`former President`).
        let officeMidSentence = last >= 1 && paragraph.tokens[last].isCapitalized && !paragraph.tokens[last - 1].isPunctuation(".!?")
        while start > 0, start > last - 5 {
            // `St. Lucie County Sheriff`: an abbreviation's full stop is inside the role.
            if start >= 2, NameRuns.isAbbreviation(start - 2, in: paragraph.tokens) {
                start -= 2
                continue
            }
            let word = paragraph.tokens[start - 1]
            // `10-year-old daughter`: the age is no word of the role.
            guard word.isWord, word.lower != .yearOld, !Self.roleOpeners.contains(word.lower), !Self.prepositionsBefore.contains(word.lower),
                  word.isCapitalized || !Self.continentalRoleOpeners.contains(word.lower),
                  !Vocabulary.speechVerbs.contains(word.lower),
                  !(officeMidSentence && !word.isCapitalized && !Vocabulary.roleModifiers.contains(word.lower)),
                  !opensSentenceAsNoRole(start - 1, in: paragraph) else { break }
            start -= 1
        }
        while start < end, Self.roleJoiners.contains(paragraph.tokens[start].lower) { start += 1 }
        let phrase = paragraph.surface(start..<(end + 1))
        let opensSentence = paragraph.opensSentence(at: start)
        // A sentence's capital on a common word of roles goes (`Junior doctor` → `junior
        // doctor`); any other capital may be a proper noun's, and stays (`Tennessee governor`,
        // `Metro Nashville police chief`, `NHS blogger`, `Liverpool’s metro mayor`), as does
        // an office written with capitals throughout (`Health Secretary`).
        let first = paragraph.tokens[start].lower
        let isCommonWord = Vocabulary.roleModifiers.contains(first) || Vocabulary.personTitles.contains(first)
            || Vocabulary.medicalRoleWords.contains(first) || isExTitle(start, in: paragraph)
        // (An initialism after it is no such office, `Local MP` → `local MP`, nor is a proper
        // noun after a word that says when the role was held, before a lowercase title: `Former
        // Denmark goalkeeper` → `former Denmark goalkeeper`; but `World Health Organization chief`.)
        let isCapitalisedOffice = start < end && paragraph.tokens[start + 1].isCapitalized && !paragraph.tokens[start + 1].isInitialism
            && !(Self.tenureWords.contains(first) && !paragraph.tokens[end].isCapitalized)
        // An initialism keeps its capitals (`GP`, `CEO`).
        guard opensSentence && isCommonWord && !isCapitalisedOffice && !paragraph.tokens[start].isInitialism else { return String(phrase) }
        // `Vice-President` is a common word of roles whose capitals both go.
        return start == end && phrase.utf8.contains(UInt8(ascii: "-")) ? phrase.lowercased() : phrase.prefix(1).lowercased() + phrase.dropFirst()
    }

    /// Words before a role that say when it was held, which open no proper noun.
    private static let tenureWords = WordSet(whenHeldWords + ["retired"])
    /// Words before an office that say when someone holds or held it (`former`, `acting`).
    static let whenHeldWords = ["former", "late", "acting", "interim", "outgoing", "incoming"]

    /// `But Labour’s shadow health secretary, X`: a sentence's opening word that names nothing
    /// (`But`, `Meanwhile`) is no word of the role after it; a common word of roles is
    /// (`Junior doctor`).
    private static func opensSentenceAsNoRole(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        let token = paragraph.tokens[index]
        guard token.isTitleCase, index == 0 || paragraph.tokens[index - 1].isPunctuation(".!?“\"‘"),
              Vocabulary.nonNameWords.contains(token.lower) else { return false }
        return !Vocabulary.roleModifiers.contains(token.lower) && !Vocabulary.personTitles.contains(token.lower)
            && !Vocabulary.medicalRoleWords.contains(token.lower)
    }

    /// The comma at `index`, or just before the one or two capitalised titles that end there
    /// (`its director, Dr Hussam Abu Safiya`, `An IDF spokesperson, Lt Col Peter Lerner`); nil
    /// when no comma stands there.
    static func comma(beforeTitlesEndingAt index: Int, in tokens: [Token]) -> Int? {
        guard index >= 0 else { return nil }
        if tokens[index].isMark(",") { return index }
        // Where the comma would stand is looked at first: the word lists only when one does.
        for titles in 1...2 where index - titles >= 0 && tokens[index - titles].isMark(",") {
            let words = tokens[(index - titles + 1)...index]
            return words.allSatisfy({ $0.isWord && $0.isCapitalized && Vocabulary.personTitles.contains($0.lower) }) ? index - titles : nil
        }
        return nil
    }

    /// Whether the comma at `comma` closes a clause the sentence opens with before its subject
    /// (`Asked what she would say to the prime minister, Dr Priya Patel replied`): a role in that
    /// clause is someone else's, not the name's after the comma.
    static func closesOpeningClause(_ comma: Int, in paragraph: TokenizedParagraph) -> Bool {
        var start = comma
        while start > 0, start > comma - 40, !paragraph.opensSentence(at: start) {
            start -= 1
            if paragraph.tokens[start].isMark(",") { return false }
        }
        return paragraph.opensSentence(at: start) && paragraph.opensClauseBeforeSubject(at: start)
    }

    /// Whether `our` or `my` opens the role ending at `end` (`our health policy editor`),
    /// within five words of it.
    static func ownedByTheNewsroom(roleEndingAt end: Int, in paragraph: TokenizedParagraph) -> Bool {
        var index = end - 1
        while index >= 0, index >= end - 5, paragraph.tokens[index].isWord {
            let word = paragraph.tokens[index].lower
            if word == .our || word == .my { return true }
            index -= 1
        }
        return false
    }

    /// The forms of a role `the …` may name it by, in lower case: the whole role (`Royal
    /// College of Nursing’s general secretary`), the office without its owner (`general
    /// secretary`), and without what it is of (`chief executive of the trust` → `chief
    /// executive`), and without the capitalised name it opens with (`Clark County sheriff` →
    /// `sheriff`).
    static func forms(of role: String) -> [String] {
        var whole = role.lowercased()
        for opener in ["the ", "a ", "an "] where whole.hasPrefix(opener) { whole.removeFirst(opener.count) }
        guard !whole.isEmpty else { return [] }
        var forms = [whole]
        let office = whole.range(of: "’s ", options: .backwards).map { String(whole[$0.upperBound...]) }
            ?? whole.range(of: "'s ", options: .backwards).map { String(whole[$0.upperBound...]) } ?? whole
        if office != whole, !office.isEmpty { forms.append(office) }
        if let joiner = [" of ", " for ", " at "].compactMap({ office.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let head = String(office[..<joiner.lowerBound])
            if !head.isEmpty, !forms.contains(head) { forms.append(head) }
        }
        let words = role.split(separator: " ")
        let owner = words.prefix { $0.first?.isUppercase == true }
        if !owner.isEmpty, owner.count < words.count, words[owner.count...].allSatisfy({ $0.first?.isLowercase == true }) {
            let office = words[owner.count...].joined(separator: " ")
            if !forms.contains(office) { forms.append(office) }
        }
        return forms
    }
}
