/// Finds runs of capitalised words in a token list: the raw material of names of people
/// and places. `St. Mary’s`, `Guy’s and St Thomas’`, `Maria de Souza` are one run each.
enum NameRuns {
    private static let connectors: WordSet = ["of", "and", "&", "de", "da", "di", "du", "del", "van", "von", "der", "bin", "al", "le", "la"]
    /// `St`, `Dr`, `Mt`, `Ft` (title case, so not `ST`).
    private static let abbreviations: WordSet = ["st", "dr", "mt", "ft"]

    /// Whether a token can be a word of a name.
    static func isNameWord(_ token: Token) -> Bool {
        isNameWord(token, excluding: Vocabulary.nonNameWords)
    }

    /// Whether a capitalised token is one of the words no name is alone (`May`, `March`, `New`)
    /// that a name may still hold: after a name word (`Theresa May`), or before one (`New York`,
    /// `June Sarpong`).
    @inline(__always)
    private static func isNameWordInAName(_ token: Token, among wordsInNames: WordSet) -> Bool {
        token.isCapitalized && wordsInNames.contains(token.lower)
    }

    /// Whether a capitalised token is an office that a name holds after a name word, as a
    /// surname (`Simon Constable`; `Vocabulary.officesInSurnames`). Apart from the loop that
    /// finds runs, which reaches it only where a run would end.
    @inline(never)
    private static func isOfficeInSurname(_ token: Token) -> Bool {
        Vocabulary.officesInSurnames.contains(token.lower)
    }

    /// Whether the token at `index` is an abbreviation and the full stop after it (`St.`).
    static func isAbbreviation(_ index: Int, in tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].isMark(".") && !tokens[index + 1].spaceBefore && isAbbreviation(tokens[index])
    }

    /// `St`, `Dr`, `Mt`, `Ft` in title case: a word a full stop shortens.
    @inline(__always)
    private static func isAbbreviation(_ token: Token) -> Bool {
        token.isTitleCase && abbreviations.contains(token.lower)
    }

    /// `isNameWord`, with the words that cannot be in a name handed over.
    @inline(__always)
    private static func isNameWord(_ token: Token, excluding nonNameWords: WordSet) -> Bool {
        token.isCapitalized && !nonNameWords.contains(token.lower)
    }

    /// Whether the token at `index` is a capital letter alone after a title-case word of the
    /// run, as a middle initial is written before its full stop (`George W. Bush`), or after
    /// another initial's stop (`B.L. Sherwal`, `A. K. Sharma`).
    @inline(__always)
    private static func isMiddleInitial(_ index: Int, in tokens: UnsafeBufferPointer<Token>, runStart: Int) -> Bool {
        index > runStart && tokens[index].length == 1 && tokens[index].isCapitalized
            && (tokens[index - 1].isTitleCase || tokens[index - 1].isMark("."))
    }

    /// Whether a run goes on past the full stop at `stop`, a name word after it: the stop of
    /// an abbreviation (`St. Mary’s`, `Dr. Fauci`), of a middle initial (`George W. Bush`, not
    /// `Plan B. Boris Johnson`), or of the initials a name opens with (`B.L. Sherwal`). Apart
    /// from the loop that finds runs, which most tokens pass through at a bit's test.
    @inline(never)
    private static func runGoesOn(pastStop stop: Int, runStart: Int, in tokens: UnsafeBufferPointer<Token>,
                                  _ isNameWord: (Token) -> Bool) -> Bool {
        isAbbreviation(tokens[stop - 1])
            || isMiddleInitial(stop - 1, in: tokens, runStart: runStart) && !endsSentenceBeforeName(stop, in: tokens, isNameWord)
            || stop - 1 == runStart && opensWithInitial(runStart, in: tokens)
    }

    /// Whether the full stop at `stop`, after a capital letter alone after a word (`Plan B.
    /// Boris Johnson`), ends a sentence rather than a middle initial (`George W. Bush`): a
    /// name of two words or more follows it, where a middle initial has only the surname after
    /// (and maybe a generation's, `Robert F. Kennedy Jr.`).
    @inline(__always)
    private static func endsSentenceBeforeName(_ stop: Int, in tokens: UnsafeBufferPointer<Token>, _ isNameWord: (Token) -> Bool) -> Bool {
        !tokens[stop - 2].isMark(".") && stop + 2 < tokens.count && tokens[stop + 2].spaceBefore && isNameWord(tokens[stop + 2])
            && tokens[stop + 2].lower != .jr && tokens[stop + 2].lower != .sr
    }

    /// Whether a name opens at `index` with an initial: a capital letter alone, its full stop
    /// straight after it, then a capital (`B.L. Sherwal`, `J. K. Rowling`).
    @inline(never)
    private static func opensWithInitial(_ index: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        index + 2 < tokens.count && tokens[index].length == 1 && tokens[index].isWord && tokens[index].isCapitalized
            && tokens[index + 1].isMark(".") && !tokens[index + 1].spaceBefore && tokens[index + 2].isCapitalized
    }

    /// Maximal runs of name words separated only by white space, with inner connectors.
    /// With `splittingPossessives`, a word ending in `’s` ends its run (`Guardian’s | Sarah Johnson`).
    static func runs(in tokens: [Token], splittingPossessives: Bool = false) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        // One allocation for most paragraphs: prose has a name run in every ten tokens or so.
        runs.reserveCapacity(tokens.count / 4 + 1)
        appendRuns(in: tokens, splittingPossessives: splittingPossessives, to: &runs)
        return runs
    }

    /// `runs(in:splittingPossessives:)`, appended to `runs`: a reader of unit after unit can
    /// hand the same storage over each time.
    /// With `splittingJoiners`, no run goes on through `and`, `&` or `of` (`splitAtJoiners`
    /// of the runs made without).
    static func appendRuns(in tokens: [Token], splittingPossessives: Bool = false, splittingJoiners: Bool = false,
                           to runs: inout [Range<Int>]) {
        // Read through the tokens' storage: most tokens are passed over on one bit, and an
        // array's every subscript would check its bounds as well.
        tokens.withUnsafeBufferPointer { tokens in
            appendRuns(in: tokens, splittingPossessives: splittingPossessives, splittingJoiners: splittingJoiners, to: &runs)
        }
    }

    @inline(__always)
    private static func appendRuns(in tokens: UnsafeBufferPointer<Token>, splittingPossessives: Bool, splittingJoiners: Bool,
                                   to runs: inout [Range<Int>]) {
        // The word lists, looked up once: a static's every use checks that it is made.
        let nonNameWords = Vocabulary.nonNameWords
        let wordsInNames = Vocabulary.nonNameWordsInNames
        let connectors = connectors
        func isNameWord(_ token: Token) -> Bool { Self.isNameWord(token, excluding: nonNameWords) }
        var index = 0
        while index < tokens.count {
            // Most tokens are no capital's, told on one bit.
            guard tokens[index].isCapitalized, isNameWord(tokens[index])
                || (isNameWordInAName(tokens[index], among: wordsInNames) && index + 1 < tokens.count && tokens[index + 1].spaceBefore
                    && isNameWord(tokens[index + 1])) || opensWithInitial(index, in: tokens)
            else { index += 1; continue }
            let start = index
            var end = index + 1
            while end < tokens.count {
                if splittingPossessives, tokens[end - 1].isPossessive { break }
                let token = tokens[end]
                if token.spaceBefore, isNameWord(token) || isNameWordInAName(token, among: wordsInNames)
                    || token.isCapitalized && isOfficeInSurname(token) {
                    end += 1
                } else if token.isMark("."), !token.spaceBefore, end + 1 < tokens.count, isNameWord(tokens[end + 1]),
                          runGoesOn(pastStop: end, runStart: start, in: tokens, isNameWord) {
                    end += 2
                } else if token.spaceBefore, connectors.contains(token.lower), isConnectorCase(token), !splittingJoiners || !isJoiner(token),
                          let next = nameWord(afterConnectorAt: end, in: tokens, connectors: connectors, isNameWord) {
                    end = next + 1
                } else {
                    break
                }
            }
            runs.append(start..<end)
            index = end
        }
    }

    /// Where the name word after the connector at `index` stands: straight after it (`Maria de
    /// Souza`), or after a second particle (`Ursula von der Leyen`, not after a joiner); nil
    /// when none does.
    @inline(never)
    private static func nameWord(afterConnectorAt index: Int, in tokens: UnsafeBufferPointer<Token>, connectors: WordSet,
                                 _ isNameWord: (Token) -> Bool) -> Int? {
        guard index + 1 < tokens.count, tokens[index + 1].spaceBefore else { return nil }
        if isNameWord(tokens[index + 1]) { return index + 1 }
        let particle = tokens[index + 1]
        guard index + 2 < tokens.count, !isJoiner(tokens[index]), !isJoiner(particle), isConnectorCase(particle),
              connectors.contains(particle.lower), tokens[index + 2].spaceBefore, isNameWord(tokens[index + 2]) else { return nil }
        return index + 2
    }

    /// `runs(in:splittingPossessives: true)` made from the runs found without splitting, with
    /// no second pass over the tokens: each run is cut after each word ending in `’s`, and a
    /// piece that a connector opens (`Guy’s | and St Thomas’`) starts after it, as a run
    /// cannot start with one. (A randomised test holds the two readings equal.)
    static func splittingPossessives(_ runs: [Range<Int>], in tokens: [Token]) -> [Range<Int>] {
        var split: [Range<Int>] = []
        split.reserveCapacity(runs.count)
        appendSplittingPossessives(runs, in: tokens, to: &split)
        return split
    }

    /// `splittingPossessives`, appended to `split`.
    static func appendSplittingPossessives(_ runs: [Range<Int>], in tokens: [Token], to split: inout [Range<Int>]) {
        for run in runs {
            var start = run.lowerBound
            for index in run.dropLast() where tokens[index].isPossessive {
                split.append(start..<index + 1)
                start = index + 1
                // Past a possessive only a name word, or the connectors before one, joins the run.
                while start < run.upperBound - 1, !isNameWord(tokens[start]) { start += 1 }
            }
            split.append(start..<run.upperBound)
        }
    }

    /// Cuts runs at their joiners (`and`, `&`, `of`: the connectors that join two names, or a
    /// name and a body, but stand in no one's name), in place, the joiner left out of both
    /// pieces. Most runs hold none: the runs are rewritten only when one does.
    static func splitAtJoiners(_ runs: inout [Range<Int>], in tokens: [Token]) {
        // A joiner stands inside a run, never at its ends: runs of one or two tokens hold none.
        var first = 0
        while first < runs.count, firstJoiner(in: runs[first], of: tokens) == nil { first += 1 }
        guard first < runs.count else { return }
        var split = Array(runs[..<first])
        split.reserveCapacity(runs.count + 2)
        for run in runs[first...] {
            var start = run.lowerBound
            while let joiner = firstJoiner(in: start..<run.upperBound, of: tokens) {
                split.append(start..<joiner)
                start = joiner + 1
            }
            split.append(start..<run.upperBound)
        }
        runs = split
    }

    /// Whether a token is a joiner: a lowercase `and` or `of`, or `&`.
    @inline(__always)
    static func isJoiner(_ token: Token) -> Bool {
        token.kind == .punctuation ? token.mark == 0x26 : !token.isCapitalized && (token.lower == .and || token.lower == .of)
    }

    /// Where a name starts when an honorific stands at `index` (`Dr`, `Dr.`, `Prof.`): past
    /// the title and its full stop. Nil when no honorific stands there.
    static func nameStart(afterHonorificAt index: Int, in tokens: [Token]) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].isWord, Vocabulary.honorifics.contains(tokens[index].lower) else { return nil }
        let stop = index + 1 < tokens.count && tokens[index + 1].isMark(".") && !tokens[index + 1].spaceBefore
        return stop ? index + 2 : index + 1
    }

    /// The first joiner inside `run` (not at either end), if any.
    @inline(__always)
    private static func firstJoiner(in run: Range<Int>, of tokens: [Token]) -> Int? {
        var index = run.lowerBound + 1
        while index < run.upperBound - 1 {
            if isJoiner(tokens[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Connectors are written in lowercase (`Maria de Souza`), `&` aside: `Of` or `And`
    /// opens something else.
    private static func isConnectorCase(_ token: Token) -> Bool {
        !token.isCapitalized
    }

    /// The text of tokens `run` without a possessive, made from its bytes: what
    /// `withoutPossessive` makes of its surface, without making the surface first.
    static func name(of run: Range<Int>, in paragraph: TokenizedParagraph) -> String {
        paragraph.withBytes(of: run, withoutPossessive)
    }

    /// UTF-8 text without a possessive ending, as a string.
    static func withoutPossessive(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: strippingPossessive(bytes), as: UTF8.self)
    }

    /// UTF-8 text without a possessive ending, read in place.
    static func strippingPossessive(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - possessiveLength(bytes))])
    }

    /// How many bytes a possessive ending takes: 2 for `'s`, 4 for `’s`, 0 for none.
    static func possessiveLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        guard count >= 2, bytes[count - 1] == UInt8(ascii: "s") else { return 0 }
        if bytes[count - 2] == UInt8(ascii: "'") { return 2 }
        return count >= 4 && bytes[count - 4] == 0xE2 && bytes[count - 3] == 0x80 && bytes[count - 2] == 0x99 ? 4 : 0
    }

    /// `Jeremy Hunt` from `Jeremy Hunt’s`; other text unchanged.
    static func withoutPossessive(_ text: String) -> String {
        withoutPossessive(text[...])
    }

    static func withoutPossessive(_ text: Substring) -> String {
        var contiguous = text
        return contiguous.withUTF8(withoutPossessive)
    }

    /// Whether the word after a run makes it an institution (`Harvard Business school`).
    static func isFollowedByInstitution(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        run.upperBound < tokens.count && tokens[run.upperBound].isWord
            && Vocabulary.institutionWords.contains(tokens[run.upperBound].lower)
    }

    /// The word count of a run, punctuation and connectors aside.
    static func wordCount(_ range: Range<Int>, in tokens: [Token]) -> Int {
        // Counted, not filtered: a filter would allocate for every run of every paragraph.
        var count = 0
        for token in tokens[range] where token.isCapitalized { count += 1 }
        return count
    }
}
