/// Whom a quote's sentence is about when no attribution stands beside the quote: the unnamed
/// speaker a paragraph opens with, and the speaker of words quoted inside a sentence that
/// reports them (`Patel branded as “ridiculous” claims that …`).
extension QuoteAttributor {
    /// The unnamed speaker a paragraph opens with, who a later `she said` may mean: a sentence
    /// opening on `a`, `an`, `one` or `another` and up to eight words, then (past an aside
    /// between commas) a speech verb (`A nurse at St Vincent’s hospital, who asked not to be
    /// named, told Guardian Australia …`); or on `the` and up to three words that end in a
    /// person's title (`The prime minister said later …`), whom the post may name only by
    /// their office. Nil for any other paragraph.
    func unnamedSpeaker(in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        if let speaker = unnamedSpeaker(openingAt: 0, in: p) { return speaker }
        // `Outside the infirmary, relatives waited. A man who gave his name as Andy said …`: a
        // later sentence may open with one, told first on its capital and the mark before it.
        let openers = Self.unnamedOpeners
        var start = 2
        while start < tokens.count {
            if tokens[start].isCapitalized, tokens[start - 1].kind == .punctuation, openers.contains(tokens[start].lower),
               Self.endsSentence(at: start - 1, in: tokens, marks: ".!?"), let speaker = unnamedSpeaker(openingAt: start, in: p) {
                return speaker
            }
            start += 1
        }
        return nil
    }

    /// `unnamedSpeaker(in:)`, read once for a paragraph: `cache` holds it once read.
    func unnamedSpeaker(in p: Int, cache: inout String??) -> String? {
        if let known = cache { return known }
        let found = unnamedSpeaker(in: p)
        cache = .some(found)
        return found
    }

    /// The unnamed speaker the sentence opening at `start` is about, as `unnamedSpeaker(in:)`
    /// reads one; nil when it opens with none.
    private func unnamedSpeaker(openingAt start: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        guard start < tokens.count, tokens[start].isWord else { return nil }
        let byOffice = tokens[start].lower == .the
        guard byOffice || Self.unnamedOpeners.contains(tokens[start].lower) else { return nil }
        var end = start + 1
        // `A paramedic with 20 years’ experience`: a number and a plural's apostrophe are of the words.
        while end < tokens.count, end <= start + (byOffice ? 3 : 8), tokens[end].isWord && !Vocabulary.speechVerbs.contains(tokens[end].lower)
                || !byOffice && (tokens[end].kind == .number || tokens[end].isPunctuation("’'") && !tokens[end].spaceBefore) {
            end += 1
        }
        guard end < tokens.count, end > start + 1 else { return nil }
        // `The hospital said`, `The Royal College of Nursing said`: a body, never `he` or `she`.
        if byOffice, !tokens[start + 1..<end].allSatisfy({ !$0.isCapitalized }) || !Vocabulary.personTitles.contains(tokens[end - 1].lower) {
            return nil
        }
        let speaks = Vocabulary.speechVerbs.contains(tokens[end].lower) || Self.speechVerbAfterAside(at: end, in: tokens)
        guard speaks else { return nil }
        let phrase = paragraphs[p].surface(start..<end)
        return Self.withoutSentenceCapital(phrase)
    }

    /// What opens a sentence about someone unnamed.
    private static let unnamedOpeners: WordSet = ["a", "an", "one", "another"]

    /// The speaker of a fragment quoted in a sentence that reports what someone said or
    /// thought: a verb of saying before it in the sentence, and before that verb a person the
    /// text names (the last, if several), `he` or `she` (`subject`) just before it, or a title
    /// and a surname opening the sentence (`David Cameron took the opposite tack, saying it was
    /// “not right”`, `She believes the “weird structure” …`, `Lord Kerslake said the NHS “cannot
    /// cope”`). Nil for a fragment no such sentence holds (a scare quote in the blog's own words).
    func partialQuoteSpeaker(_ span: QuoteSpan, subject: Speaker?) -> Speaker? {
        let p = span.startParagraph
        let tokens = paragraphs[p].tokens
        // The sentence's start, no further back than forty tokens: the speaker may stand far
        // before the quote (`Tim Farron, leader of the Liberal Democrats, last night called on
        // Jeremy Hunt to name an “honest broker”`), the verb no more than twelve tokens, or thirty
        // before a `that`.
        var start = span.openToken
        while start > 0, span.openToken - start < 40, !Self.endsSentence(at: start - 1, in: tokens, marks: ".!?”\"") { start -= 1 }
        // `According to Dr Anna Lee, the unit is “at breaking point”`: the source the sentence opens with.
        if start + 2 < span.openToken, tokens[start].lower == .according, tokens[start + 1].lower == .to {
            let name = NameRuns.nameStart(afterHonorificAt: start + 2, in: tokens) ?? start + 2
            if let named = mention(startingAt: name, in: p) ?? mention(startingAt: start + 2, in: p), !named.isReporter {
                return Speaker(name: named.name)
            }
        }
        // The verbs nearest the quote first: `He said the claims were “lies”` reads past `claims`.
        // A verb further off reports the fragment through the `that` its clause opens with
        // (`told analysts on a call that the Spire Bristol Hospital and … had been “running at
        // capacity”`).
        for verb in stride(from: span.openToken - 1, through: max(start, span.openToken - 30), by: -1)
        where tokens[verb].isWord && Self.reports(tokens[verb].lower)
            && (span.openToken - verb <= 12 || reportsAcross(from: verb, to: span.openToken, in: tokens)) {
            // `Rishi Sunak has been accused by Keir Starmer of “cutting corners”`: a passive
            // verb's subject said nothing; its agent after `by`, if named, did.
            if verb > start, tokens[verb - 1].isWord, Self.passiveAuxiliaries.contains(tokens[verb - 1].lower) {
                let agent = verb + 2 < span.openToken && tokens[verb + 1].lower == .by
                    ? mention(startingAt: NameRuns.nameStart(afterHonorificAt: verb + 2, in: tokens) ?? verb + 2, in: p) : nil
                if let agent, !agent.isReporter { return Speaker(name: agent.name) }
                continue
            }
            if let named = mentions[p].last(where: { !$0.isReporter && $0.tokens.lowerBound >= start && $0.tokens.upperBound <= verb }) {
                return Speaker(name: named.name)
            }
            if verb > start, tokens[verb - 1].isWord, Self.pronouns.contains(tokens[verb - 1].lower), tokens[verb - 1].lower != .they {
                return QuoteAttributor.pronounSpeaker(tokens[verb - 1].lower, subject: subject)
            }
            // `Lord Kerslake said the NHS “cannot cope”`: a title and a surname the blog names
            // no one by in full open the sentence.
            if let name = NameRuns.nameStart(afterHonorificAt: start, in: tokens), name < verb, tokens[name].isTitleCase {
                return titledName(from: start, nameAt: name, in: p, before: verb).0
            }
            let subjectStart = subjectStart(from: start, before: verb, in: p)
            if let body = bodyOpening(subjectStart, before: verb, in: p) { return body }
            // `A spokesperson for the Mater said it was “experiencing extremely high
            // attendances”`: someone unnamed whom the sentence opens with.
            if let described = unnamedSpeaker(openingAt: subjectStart, in: p) {
                return Speaker(description: described)
            }
            if let named = nameWithApposition(at: subjectStart, before: verb, in: tokens) {
                return Speaker(description: String(paragraphs[p].text(of: named)))
            }
            // `Starmer replies that the government is “fixing the foundations”`: a name alone
            // that the blog writes as a name elsewhere opens the sentence, just before its verb.
            if subjectStart + 1 == verb, tokens[subjectStart].isTitleCase, loneNames.contains(tokens[subjectStart].lower) {
                return Speaker(description: String(paragraphs[p].text(of: subjectStart)))
            }
        }
        return nil
    }

    /// Where a one-word name stands that a sentence's subject opens with, an apposition after it
    /// that a comma closes before the verb (`Priya, an A&E nurse in Birmingham, emailed to say
    /// the department was “calmer than expected”`): a name the blog gives no more of.
    private func nameWithApposition(at start: Int, before verb: Int, in tokens: [Token]) -> Int? {
        guard start + 3 < verb, tokens[start].isWord, tokens[start].isTitleCase, tokens[start + 1].isMark(","),
              tokens[start + 2].isWord, Self.articles.contains(tokens[start + 2].lower),
              tokens[(start + 3)..<verb].contains(where: { $0.isMark(",") }) else { return nil }
        return start
    }

    /// A body the sentence's subject names, standing just before its verb or before an aside
    /// that the verb follows (`Barking, Havering and Redbridge University Hospitals NHS Trust
    /// said it was “sorry for the delay”`, `The Royal Cornwall Hospitals NHS Trust, which runs
    /// …, said it was under “extreme pressure”`, `The BMA said`): capitalised words and the
    /// joiners of a name, two capitalised words at least or an initialism. Nil for any other
    /// subject (`Officials said`).
    private func bodyOpening(_ start: Int, before verb: Int, in p: Int) -> Speaker? {
        let tokens = paragraphs[p].tokens
        var end = verb
        if verb > start, tokens[verb - 1].isMark(",") {
            guard let aside = (start..<verb - 1).first(where: { tokens[$0].isMark(",") && Self.asideOpeners.contains(tokens[$0 + 1].lower) }) else {
                return nil
            }
            end = aside
        }
        let name = tokens[start].lower == .the ? start + 1 : start
        // `Raigmore Hospital in Inverness said`: where the body is, one to three capitalised
        // words after `in`, is no word of its name.
        if let place = (min(end, max(name + 2, end - 4))..<end).first(where: { tokens[$0].lower == .in }),
           tokens[(place + 1)..<end].allSatisfy({ $0.isWord && $0.isCapitalized }), place + 1 < end {
            end = place
        }
        // `Portsmouth Hospitals University NHS trust said`: a body's own noun may be written in
        // lower case after its capitals, as the Guardian writes `trust` and `police`.
        var capitalsEnd = end
        while capitalsEnd > name + 1, end - capitalsEnd < 2, tokens[capitalsEnd - 1].isWord, !tokens[capitalsEnd - 1].isCapitalized,
              Vocabulary.institutionWords.contains(tokens[capitalsEnd - 1].lower) {
            capitalsEnd -= 1
        }
        guard name < end, end - start <= Self.longestDescription, tokens[name].isCapitalized, tokens[capitalsEnd - 1].isCapitalized else { return nil }
        var capitals = 0
        for index in name..<capitalsEnd {
            let token = tokens[index]
            if token.isWord, token.isCapitalized {
                capitals += 1
            } else if !(token.isWord && Self.nameJoiners.contains(token.lower)) && !token.isMark("&")
                        && !(token.isMark(",") && tokens[index + 1].isCapitalized) {
                return nil
            }
        }
        guard capitals >= 2 || tokens[name].isInitialism else { return nil }
        let phrase = paragraphs[p].surface(start..<end)
        return Speaker(description: name > start ? Self.withoutSentenceCapital(phrase) : String(phrase))
    }

    /// Whether the verb at `verb`, far before a fragment at `open`, still reports it: a `that`
    /// opens its clause (`told analysts on a call that … had been “running at capacity”`), or
    /// what it says runs on to the fragment with no other clause opening between (`said
    /// University Hospital Wishaw, University Hospital Monklands and … were all at “code
    /// black”`; not `said the results were good, though the hospitals had been “running hot”`).
    private func reportsAcross(from verb: Int, to open: Int, in tokens: [Token]) -> Bool {
        if tokens[(verb + 1)..<min(verb + 7, open)].contains(where: { $0.lower == .that }) { return true }
        guard verb + 1 < open, tokens[verb + 1].isWord, tokens[verb + 1].lower != .to else { return false }
        return !tokens[(verb + 1)..<open].contains { token in
            token.isWord ? Self.innerClauseOpeners.contains(token.lower) || Self.reports(token.lower) : token.isPunctuation(";:()—–")
        }
    }

    /// Words that open another clause within a sentence (not `TokenizedParagraph`'s openers of
    /// a clause before the subject).
    private static let innerClauseOpeners: WordSet = ["but", "though", "although", "while", "whilst", "because", "after", "before",
                                                      "when", "where", "whereas", "since", "as", "if", "unless", "who", "which"]

    /// Words that open an aside about a subject (`…, which runs the hospital, said`).
    private static let asideOpeners: WordSet = ["which", "who", "whose"]
    /// Words a body's name joins its capitalised words with (`Barking, Havering and Redbridge`).
    static let nameJoiners: WordSet = ["and", "of", "for", "the", "on"]

    /// Words that make the verb after them passive (`has been accused`, `was described`).
    private static let passiveAuxiliaries: WordSet = ["been", "was", "were", "is", "are", "being", "be"]

    /// Verbs that report what someone said or thought, besides the speech verbs.
    private static let reportingForms: WordSet = ["saying", "calling", "describing", "branding", "called", "described",
                                                  "accused", "accusing", "hailed", "hailing", "dismissed", "dismissing",
                                                  "labelled", "labeled", "labelling", "dubbed", "termed", "condemned", "praised"]

    /// Whether a word reports what someone said or thought.
    private static func reports(_ word: WordKey) -> Bool {
        Vocabulary.speechVerbs.contains(word) || reportingForms.contains(word)
    }
}
