/// The words that end or make a hospital's name besides `hospital` itself, told token by token
/// for `HospitalRecognizer.fullNames`: `Medical Center`, `medical complex`, `Clinic` in a
/// sentence, `Institute of Medical Sciences`, and the Germanic compounds (`Rigshospitalet`).
extension HospitalRecognizer {
    /// `Medical Center`, `Medical Centre` or `Medical College`, capitalised, ends a hospital's
    /// name as `Hospital` does (`Vanderbilt University Medical Center`, `Queen’s Medical Centre`,
    /// `Maharani Laxmi Bai Medical College`, as Indian and Pakistani teaching hospitals are
    /// named), and so do `Health Sciences Centre` (`Sunnybrook Health Sciences Centre`, as
    /// Canadian hospitals are named) and `Cancer Center` or `Trauma Centre` (`MD Anderson Cancer
    /// Center`, `Memorial Sloan Kettering Cancer Center`); `Center` alone does not (`the Kennedy
    /// Center`).
    static func isMedicalCentre(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.length == 6 || token.length == 7, token.isCapitalized, index >= 1,
              token.lower == .center || token.lower == .centre || token.lower == .college else { return false }
        let before = tokens[index - 1]
        guard before.isCapitalized else { return false }
        return before.lower == .medical
            || token.lower != .college && (before.lower == cancer || before.lower == trauma)
            || token.lower != .college && before.lower == sciences && index >= 2 && tokens[index - 2].isCapitalized && tokens[index - 2].lower == health
    }

    /// The first word among `range` that compounds a hospital keyword of a Germanic language
    /// with the words before it (`Rigshospitalet`, `Kantonsspital`, `Universitätsklinikum`,
    /// `Karolinska Universitetssjukhuset`). Each word is told on its length first, as most
    /// words of names are shorter, then on its last letter.
    @inline(__always)
    static func compoundKeyword(in range: Range<Int>, of paragraph: TokenizedParagraph) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = paragraph.tokens[index]
            if token.length >= 9, token.isWord, token.isCapitalized, isCompoundKeyword(index, in: paragraph) { return index }
            index += 1
        }
        return nil
    }

    /// Whether the long capitalised word at `index` ends in one of `compoundKeywords`.
    @inline(never)
    private static func isCompoundKeyword(_ index: Int, in paragraph: TokenizedParagraph) -> Bool {
        paragraph.withBytes(of: index..<index + 1) { bytes in
            guard let last = bytes.last, compoundLastLetters.contains(last | 0x20) else { return false }
            return compoundKeywords.contains { keyword in
                bytes.count > keyword.count && zip(bytes.suffix(keyword.count), keyword).allSatisfy { $0 | 0x20 == $1 }
            }
        }
    }

    /// The last letters of `compoundKeywords`.
    private static let compoundLastLetters: [UInt8] = Array(Set(compoundKeywords.compactMap(\.last)))

    /// The keywords `isCompoundKeyword` looks for at a word's end, in lowercase ASCII.
    private static let compoundKeywords: [[UInt8]] = ["hospitalet", "spital", "klinikum", "krankenhaus", "sjukhuset", "sjukhus", "sykehuset",
                                                      "sykehus", "ziekenhuis", "sairaala"].map { Array($0.utf8) }

    /// Whether `Institute of Medical Sciences`, capitalised, ends the tokens before `end`.
    static func isInstituteOfMedicalSciences(endingAt end: Int, in tokens: [Token]) -> Bool {
        guard end >= 4, tokens[end - 1].isCapitalized, tokens[end - 1].lower == sciences, tokens[end - 2].lower == .medical,
              tokens[end - 3].lower == .of else { return false }
        return tokens[end - 4].isCapitalized && tokens[end - 4].lower == institute
    }

    private static let sciences = WordKey("sciences")
    private static let cancer = WordKey("cancer")
    private static let trauma = WordKey("trauma")
    private static let institute = WordKey("institute")
    private static let health = WordKey("health")
    private static let polyclinic = WordKey("polyclinic")

    /// Whether a keyword is `clinic` or `polyclinic`, which name a hospital only capitalised in
    /// a sentence. Apart from the loop over every word, which would otherwise make sure of the
    /// word list at every paragraph.
    @inline(never)
    static func isClinic(_ token: Token) -> Bool {
        token.lower == .clinic || token.lower == polyclinic
    }

    /// `Clinic` capitalised in a sentence (`the Mayo Clinic said`), not in a heading whose every
    /// word is capitalised (`Safdarjung Hospital Opens Special Clinic`).
    static func isNamedClinic(at index: Int, in tokens: [Token], inSentences: inout Bool?) -> Bool {
        guard tokens[index].isTitleCase else { return false }
        if inSentences == nil { inSentences = tokens.contains { $0.isWord && !$0.isCapitalized } }
        return inSentences ?? false
    }

    /// `medical complex` ends a hospital's name as `hospital` does, in any case (`Nasser medical
    /// complex`, `al-Shifa Medical Complex`); `complex` alone does not (`the Olympic complex`).
    static func isMedicalComplex(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.length == 7, token.isWord, token.lower == .complex, index >= 1 else { return false }
        return tokens[index - 1].isWord && tokens[index - 1].lower == .medical
    }
}
