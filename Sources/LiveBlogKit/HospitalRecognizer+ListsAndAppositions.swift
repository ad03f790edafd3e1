import Foundation

/// Hospitals named without their keyword where the text says what they are: in a list after
/// `hospitals:` (`treated at six London hospitals: St Mary’s, Chelsea and Westminster, King’s
/// College Hospital, the Royal Free, St Thomas’ and Charing Cross.`), what the colon announces
/// is hospitals; and a name in apposition with one (`the London Clinic, a private hospital in
/// Marylebone`).
extension HospitalRecognizer {
    /// Words that may follow the keyword of an apposition's `hospital`: the phrase ends there
    /// (`a private hospital in Marylebone`), unlike `a hospital porter`.
    private static let appositionEnds: WordSet = ["in", "on", "at", "near", "for", "which", "that", "where", "with", "run", "and", "of"]

    /// Whether a name run stands before `, a … hospital` (`the London Clinic, a private
    /// hospital`, `Kenyatta, the country’s largest hospital`): an article and up to three
    /// lowercase words that describe it, then the keyword heading the phrase.
    static func isDescribedAsHospital(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        // `In Gaza, the hospital in the north was hit`: a place things are in (but `at Kenyatta,
        // the country’s largest hospital` is the hospital).
        if run.lowerBound >= 1, tokens[run.lowerBound - 1].isWord, tokens[run.lowerBound - 1].lower != .at,
           PersonEvidence.placePrepositions.contains(tokens[run.lowerBound - 1].lower) {
            return false
        }
        let comma = run.upperBound
        guard comma + 2 < tokens.count, tokens[comma].isMark(","), tokens[comma + 1].isWord,
              QuoteAttributor.determiners.contains(tokens[comma + 1].lower) || tokens[comma + 1].lower == .its else { return false }
        var index = comma + 2
        while index < tokens.count, index <= comma + 5, tokens[index].isWord, !tokens[index].isCapitalized {
            let word = tokens[index].lower
            if Vocabulary.hospitalKeywords.contains(word) {
                let next = index + 1
                return next == tokens.count || !tokens[next].isWord || appositionEnds.contains(tokens[next].lower)
            }
            // Only words that describe the hospital: `a doctor at the hospital` is a person's.
            if Vocabulary.nonNameWords.contains(word) || Vocabulary.personTitles.contains(word) || Vocabulary.medicalRoleWords.contains(word) {
                return false
            }
            index += 1
        }
        return false
    }

    /// The names listed after `opener` (the colon of `hospitals:`, or the `including` or
    /// `such as` of `hospitals including`) that `found` (the paragraph's mentions so far) does
    /// not hold. The list is read as English writes one: names between commas, the last two
    /// joined by `and` (`St Thomas’ and Charing Cross`), an `and` inside an earlier name part of
    /// it (`Chelsea and Westminster,`); a name found already may stand among them with its
    /// keyword and where it is (`Stepping Hill hospital in Stockport`). Empty unless the whole
    /// sentence after the opener is such a list of two names or more, and, when
    /// `mayNamePlaces`, one of them is a name found already or every other is more than a word
    /// or a possessive (`St Vincent's, Prince of Wales and Royal Prince Alfred`): `hospitals
    /// including Leeds and Bradford` may name places.
    static func listedNames(after opener: Int, in paragraph: TokenizedParagraph, found: [HospitalMention],
                            mayNamePlaces: Bool = false) -> [HospitalMention] {
        let tokens = paragraph.tokens
        // A mask, not a search of `found` for each item: a hostile line may hold many of both.
        let taken = TokenMask(count: tokens.count, found, tokens: \.tokens)
        let isTaken = { (index: Int) in taken.overlaps(index..<index + 1) }
        var items: [Range<Int>] = []
        var start = opener + 1
        var index = start
        while true {
            // The stop of `St.` ends no sentence.
            let atEnd = index == tokens.count || tokens[index].isPunctuation(".;") && !(index >= 1 && tokens[index - 1].lower == .st)
            if atEnd || tokens[index].isMark(",") {
                guard let item = listItem(start..<index, in: tokens) else { return [] }
                items.append(item)
                if atEnd { break }
                start = index + 1
            } else if !isNameToken(index, in: tokens), !isTaken(index), !isPlace(at: index, in: tokens) {
                return []
            }
            index += 1
        }
        // The last item's last `and` joins two names (`St Thomas’ and Charing Cross`).
        if let last = items.last, let and = last.last(where: { tokens[$0].isWord && tokens[$0].lower == .and || tokens[$0].isMark("&") }),
           and > last.lowerBound, and + 1 < last.upperBound {
            // `… and the Royal London`: past its `the`.
            guard let second = listItem((and + 1)..<last.upperBound, in: tokens) else { return [] }
            items.removeLast()
            items += [last.lowerBound..<and, second]
        }
        // Where a name is (`the Royal London in Whitechapel`) is no part of it.
        items = items.map { item in item.lowerBound..<(item.first { isPlace(at: $0, in: tokens) } ?? item.upperBound) }
        guard items.count >= 2 else { return [] }
        if mayNamePlaces, !items.contains(where: { taken.overlaps($0) }),
           items.contains(where: { $0.count == 1 && !tokens[$0.lowerBound].isPossessive }) {
            return []
        }
        return items.compactMap { item in
            guard !taken.overlaps(item) else { return nil }
            return fullName(String(paragraph.surface(item)), tokens: item, in: paragraph)
        }
    }

    /// The words after `hospitals` that open a list of some of them (`hospitals including`,
    /// `hospitals such as`, past where they are: `hospitals across Sydney, including`): the
    /// token before the list's first name, or nil.
    static func inclusionListOpener(after keyword: Int, in tokens: [Token]) -> Int? {
        var index = keyword + 1
        while index < tokens.count, index <= keyword + 4, tokens[index].isWord,
              tokens[index].isCapitalized || placeWordsBeforeList.contains(tokens[index].lower) {
            index += 1
        }
        // `hospitals, including`.
        if index < tokens.count, tokens[index].isMark(",") { index += 1 }
        guard index + 1 < tokens.count, tokens[index].isWord else { return nil }
        if tokens[index].lower == .including { return index }
        guard tokens[index].lower == .such, tokens[index + 1].isWord, tokens[index + 1].lower == .as else { return nil }
        return index + 1
    }

    /// Whether the token at `index` says where a listed name is (`in` of `Stepping Hill hospital
    /// in Stockport`, `the Royal London in Whitechapel`): a preposition of place straight after
    /// a word of the name, before a capital.
    private static func isPlace(at index: Int, in tokens: [Token]) -> Bool {
        index >= 1 && index + 1 < tokens.count && tokens[index].isWord && (tokens[index].lower == .in || tokens[index].lower == .near)
            && tokens[index + 1].isCapitalized && tokens[index - 1].isWord
    }

    /// The names a list shares one plural keyword among (`the Royal London, St Bartholomew’s,
    /// Whipps Cross and Newham hospitals`, `the Whittington and Royal Free hospitals`), each
    /// named with the keyword's singular (`Newham hospital`); the last holds the keyword. Read
    /// only after `the`, `at` or `taken to` from two names up, or after another lowercase word
    /// from three, the last two joined by `and` and the others by commas, one of them more than
    /// a word or a possessive unless `at` or `taken to` opens the list: `London and Manchester
    /// hospitals` are a place's, and `the Scottish and Welsh hospitals` a nation's, but `at
    /// Nepean and Blacktown hospitals` and `taken to Westmead and Liverpool hospitals` name two.
    /// Empty else.
    @inline(never)
    static func namesSharingKeyword(at keyword: Int, in paragraph: TokenizedParagraph, after floor: Int) -> [HospitalMention] {
        let tokens = paragraph.tokens
        guard keyword >= 1, tokens[keyword].spaceBefore else { return [] }
        var items: [Range<Int>] = []
        var end = keyword
        // What opens the list: `at` says where someone is, which a hospital's name is, as `to`
        // after `taken` says where they went, where `in` would say a place's (`at Liverpool,
        // Campbelltown and Bankstown hospitals`, `taken to Westmead and Liverpool hospitals`).
        var saysWhere = false
        while true {
            // A name holds a few words and a list a few names: a paragraph of capitals is read
            // no further back from each keyword.
            var start = end
            while start > floor, start > end - 8, isSharedListNameToken(start - 1, in: tokens) { start -= 1 }
            guard start < end, tokens[start].isCapitalized, items.count < 12 else { return [] }
            items.append(start..<end)
            guard start >= 1, start - 1 >= floor else { return [] }
            let separator = tokens[start - 1]
            if items.count == 1, separator.isWord && separator.lower == .and || separator.isMark("&") {
                end = start - 1
                // `A, B, and C hospitals`: the serial comma.
                if end >= 1, end - 1 > floor, tokens[end - 1].isMark(",") { end -= 1 }
            } else if items.count >= 2, separator.isMark(",") {
                end = start - 1
            } else {
                // `the Whittington and Royal Free hospitals`; `which runs St Mary’s, Charing Cross
                // and Hammersmith hospitals`: the list opens after `the` or `at`, or after another
                // lowercase word when it holds three names or more (`runs Guy’s and St Thomas’
                // hospitals` may be a trust's). Not after a joiner, nor before a capitalised
                // keyword: `University Hospitals of North Midlands and Gloucestershire Hospitals
                // NHS foundation trust`.
                saysWhere = separator.lower == .at || isDestination(start - 1, in: tokens)
                guard items.count >= 2, separator.isWord, !tokens[keyword].isCapitalized,
                      separator.lower == .the || saysWhere
                        || items.count >= 3 && !separator.isCapitalized && !NameRuns.isJoiner(separator) else { return [] }
                break
            }
        }
        // `at Scottish and Welsh hospitals`: peoples' hospitals, named by none.
        guard saysWhere && !items.contains(where: { $0.count == 1 && isPeoplesAdjective(paragraph.text(of: $0.lowerBound)) })
                || items.contains(where: { item in item.count >= 2 || tokens[item].contains { $0.isPossessive || $0.isWord && $0.lower == .st } })
        else { return [] }
        let singular = paragraph.text(of: keyword).dropLast()
        var mentions = items.reversed().map { item in
            let surface = "\(paragraph.surface(item)) \(singular)"
            return HospitalMention(kind: .fullName, surface: surface, key: HospitalName.normalize(surface), location: nil, tokens: item)
        }
        if var last = mentions.popLast() {
            last.tokens = last.tokens.lowerBound..<keyword + 1
            attachLocation(to: &last, in: paragraph)
            for index in mentions.indices { mentions[index].location = last.location }
            mentions.append(last)
        }
        return mentions
    }

    /// Whether the token at `index` is `to` after a verb of taking someone somewhere (`taken
    /// to`, `airlifted to`): what follows is where they went.
    private static func isDestination(_ index: Int, in tokens: [Token]) -> Bool {
        index >= 1 && tokens[index].isWord && tokens[index].lower == .to && tokens[index - 1].isWord
            && conveyingVerbs.contains(tokens[index - 1].lower)
    }

    /// Verbs of taking someone somewhere.
    private static let conveyingVerbs: WordSet = ["taken", "rushed", "airlifted", "flown", "transferred", "moved", "sent", "brought",
                                                  "transported", "evacuated", "driven", "admitted"]

    /// Whether the token at `index` may stand in a name of a list before a shared keyword: a
    /// name token of a listed name (`isNameToken`), but no joiner or `the`, which part such a
    /// list's names, save an `of` between capitals (`the Countess of Chester and Liverpool
    /// Women's hospitals`).
    private static func isSharedListNameToken(_ index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard isNameToken(index, in: tokens) else { return false }
        guard token.isWord, NameRuns.isJoiner(token) || token.lower == .the else { return true }
        return token.lower == .of && index >= 1 && index + 1 < tokens.count
            && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
    }

    /// Words between `hospitals` and its list's colon (`taken to hospitals across Sydney:`).
    private static let placeWordsBeforeList: WordSet = ["across", "in", "around", "throughout", "near", "the", "of", "and"]

    /// The token of the first colon that closes `hospitals`, straight after it or past where
    /// they are (`hospitals across Sydney:`), or nil.
    static func listColon(in paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        return paragraph.withUTF8 { utf8 -> Int? in
            guard let base = utf8.baseAddress else { return nil }
            var start = 0
            // The colons are found in the bytes, many at a time; each one's token by halving.
            while start < utf8.count, let hit = memchr(base + start, 0x3A, utf8.count - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                start = offset + 1
                let low = tokens.firstIndex(notBelow: offset) { Int($0.start) }
                guard low < tokens.count, Int(tokens[low].start) == offset, tokens[low].isMark(":") else { continue }
                var index = low - 1
                while index >= 0, index >= low - 5, tokens[index].isWord {
                    if tokens[index].lower == .hospitals { return low }
                    guard tokens[index].isCapitalized || placeWordsBeforeList.contains(tokens[index].lower) else { break }
                    index -= 1
                }
            }
            return nil
        }
    }

    /// Whether the token at `index` may stand in a listed name: a capitalised word, a joiner
    /// (`and`, `of`, `&`), `the`, the stop of `St.` or the apostrophe of `St Thomas’`.
    private static func isNameToken(_ index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        if token.isWord {
            return token.isCapitalized && !Vocabulary.nonNameWords.contains(token.lower) || NameRuns.isJoiner(token) || token.lower == .the
        }
        return !token.spaceBefore && index >= 1 && tokens[index - 1].isWord && (token.isPunctuation("’'") || token.isMark("."))
    }

    /// One item of the list, past an opening `the` or `and` (`, and the Royal London`): nil
    /// when nothing is left or it does not open on a capital.
    private static func listItem(_ range: Range<Int>, in tokens: [Token]) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound, tokens[start].isWord, tokens[start].lower == .the || tokens[start].lower == .and {
            start += 1
        }
        guard start < range.upperBound, tokens[start].isCapitalized else { return nil }
        return start..<range.upperBound
    }
}
