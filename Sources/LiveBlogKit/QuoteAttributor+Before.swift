/// A speaker named before the quote (`She said: “`, `Name, Place: "`, `A spokesperson for the
/// hospital said:`), read for `QuoteAttributor` when no speaker follows the quote, or first when
/// a speech verb and a colon introduce it.
extension QuoteAttributor {
    /// Whether a speech verb and a colon stand just before the quote's opening mark (`Jeremy
    /// Hunt said: “…”`), or the verb and whom or how it was said to (`told the BBC: “…”`, `said
    /// in a statement: “…”`): who is named before them said it, whoever a sentence after it
    /// names (`“…” Sarah Jones said the same.`). Not a label's colon (`A: “…,” the health
    /// secretary said.`).
    static func isIntroduced(_ span: QuoteSpan, in tokens: [Token]) -> Bool {
        let colon = span.openToken - 1
        guard colon >= 1, colon < tokens.count, tokens[colon].isMark(":") else { return false }
        var index = colon - 1
        while index >= 0, index >= colon - longestObjectOfSpeech - 1, tokens[index].isWord {
            if Vocabulary.speechVerbs.contains(tokens[index].lower) { return true }
            index -= 1
        }
        return false
    }

    /// The most words between a speech verb and the colon that introduces a quote (`told a
    /// press conference in Pittsburgh:`).
    private static let longestObjectOfSpeech = 6

    /// Words that join a phrase to the noun before it (`a spokesperson for the hospital`).
    private static let phraseJoiners: WordSet = ["for", "of", "at", "from"]
    /// The articles an apposition opens with.
    static let articles: WordSet = ["the", "a", "an"]

    /// `She said: “`, `Name, Place: "`, `Then a runner: “`, `Name said, “`.
    func before(_ span: QuoteSpan, subject: Speaker?, capitalised: inout Set<WordKey>?) -> Speaker? {
        let p = span.startParagraph
        let tokens = paragraphs[p].tokens
        let open = span.openToken
        guard open >= 1 else { return nil }
        var verbBefore = open - 1
        if tokens[verbBefore].isMark(":") || tokens[verbBefore].isMark(",") { verbBefore -= 1 }
        let colon = tokens[open - 1].isMark(":")
        guard colon || (verbBefore >= 0 && Vocabulary.speechVerbs.contains(tokens[verbBefore].lower)) else { return nil }
        var start = open - 1
        while start > 0, start > open - 40, !Self.endsSentence(at: start - 1, in: tokens, marks: ".!?”\"’") { start -= 1 }
        let sentenceStart = start
        start = subjectStart(from: start, before: open - 1, in: p)
        for index in start..<open {
            // `Trump’s running mate, JD Vance, told reporters:`: an owner is not the speaker.
            if let named = mention(startingAt: index, in: p), !named.isReporter, named.tokens.upperBound <= open,
               !tokens[named.tokens.upperBound - 1].isPossessive {
                // `Dr X and Dr Y, co-chairs of …, said:`: a joint statement's signers, told on the
                // word after the name first (most speakers are named alone).
                let end = named.tokens.upperBound
                guard end < open - 1, tokens[end].isMark(",") || tokens[end].lower == .and else { return Speaker(name: named.name) }
                let site = JointSite(paragraph: Int32(p), name: Int32(named.tokens.lowerBound), limit: Int32(open - 1))
                return Speaker(name: named.name, jointSite: site)
            }
        }
        if let name = NameRuns.nameStart(afterHonorificAt: start, in: tokens), name < open - 1, tokens[name].isTitleCase {
            return titledName(from: start, nameAt: name, in: p, before: open - 1).0
        }
        let clause = tokens[start..<open - 1]
        // An unnamed speaker: the words before the verb, or the last determiner phrase.
        var verb = clause.lastIndex { Vocabulary.speechVerbs.contains($0.lower) }
        // `Patrick Pelloux, président de l'AMUF, a déclaré :`, `ha dichiarato:`: an auxiliary first.
        if let participle = verb, participle > start, clause[participle - 1].lower.isSpeechAuxiliary {
            verb = participle - 1
        }
        // A pronoun that is the subject: opening the clause, or just before its verb (`She
        // said:`, `Then he added:`), not one in an aside (`A nurse, who said she …, said:`).
        let subjectPronoun = [start, (verb ?? open - 1) - 1].lazy.filter { clause.indices.contains($0) }
            .first { clause[$0].isWord && Self.pronouns.contains(clause[$0].lower) }
        if let pronoun = subjectPronoun {
            return Self.pronounSpeaker(clause[pronoun].lower, subject: subject)
        }
        var phraseEnd = verb ?? (open - 1)
        // `Another parent, who did not give her name, said:`: the subject opens the sentence,
        // before the clause a comma opens.
        let beforeAsides = verb.flatMap { verb in
            verb > start && tokens[verb - 1].isMark(",") ? clause.firstIndex { $0.isMark(",") } : nil
        }
        if let comma = beforeAsides, let verb {
            // `Eriksen's club, Inter Milan, wrote:`: a body's name in apposition to its noun is who spoke.
            if let name = Self.bodysNameInAside(from: comma + 1, to: verb - 1, in: tokens) {
                return Speaker(description: String(paragraphs[p].surface(name)))
            }
            phraseEnd = comma
        }
        var phraseStart = phraseEnd
        // Before an aside the subject may be longer (`A nurse at Mass General, who …, said:`).
        let reach = beforeAsides == nil ? 4 : 8
        while phraseStart > start, phraseStart > phraseEnd - reach, clause[phraseStart - 1].isWord {
            phraseStart -= 1
            if Self.determiners.contains(clause[phraseStart].lower) { break }
        }
        // `A spokesperson for the hospital said:`: a phrase of `for`, `of` or `at` belongs to the
        // one before it, whose determiner opens the subject.
        if phraseStart < phraseEnd, phraseStart >= start + 3, Self.determiners.contains(clause[phraseStart].lower),
           Self.phraseJoiners.contains(clause[phraseStart - 1].lower),
           let outer = (max(start, phraseStart - 4)..<(phraseStart - 1)).last(where: { Self.determiners.contains(clause[$0].lower) }),
           clause[outer..<phraseStart].allSatisfy(\.isWord) {
            phraseStart = outer
        }
        // A subject the sentence opens with, in words and numbers alone, is the speaker however
        // long its phrase (`A spokesperson for South Tees Hospitals NHS foundation trust, which
        // …, said:`, `A woman who lived on the 17th floor said:`).
        if phraseStart > start, phraseEnd - start <= Self.longestDescription, Self.determiners.contains(tokens[start].lower),
           clause[start..<phraseEnd].allSatisfy({ $0.isWord || $0.kind == .number }) {
            phraseStart = start
        }
        if beforeAsides != nil, phraseStart != start { return nil }
        if phraseStart == phraseEnd - 4, tokens[phraseStart].isCapitalized {
            phraseStart = Self.nameStart(endingAt: phraseStart, notBefore: start, in: tokens)
        }
        if verb == nil, !Self.determiners.contains(tokens[phraseStart].lower) { return nil }
        guard phraseStart < phraseEnd else { return nil }
        let phrase = paragraphs[p].surface(phraseStart..<phraseEnd)
        // A capital that only opens the sentence goes (`The spokesperson`, `Officials`); a
        // name's stays (`NHS England`, `Swansea Bay University Health Board`).
        let first = tokens[phraseStart]
        let nextWord = tokens[phraseStart + 1..<phraseEnd].first { $0.isWord }
        // `Trump’s spokesman said:`: an owner the post names keeps its capital, and so does a
        // word an apposition says who it is of (`Lauterbach, the health minister, said:`).
        let describedInApposition = beforeAsides != nil && phraseEnd - phraseStart == 1 && first.isTitleCase
            && paragraphs[p].word(at: phraseEnd + 1).map(Self.articles.contains) == true
        let isName = first.isInitialism || nextWord?.isCapitalized == true || mention(startingAt: phraseStart, in: p) != nil
            || describedInApposition
        guard Self.determiners.contains(first.lower) || (phraseStart == sentenceStart && !isName),
              phraseEnd - phraseStart > 1 || !isCapitalizedInSentence(first, capitalised: &capitalised) else {
            return Speaker(description: String(phrase))
        }
        return Speaker(description: Self.withoutSentenceCapital(phrase))
    }

    /// Where a sentence's subject begins: past a clause that opens it with a preposition, a
    /// conjunction or a participle and that a comma closes (`Asked whether Paddock had acted
    /// alone, the sheriff said:`, `In a letter to Jeremy Hunt, the BMA said:`), as whom that
    /// clause names did not speak; else where the sentence begins.
    func subjectStart(from start: Int, before end: Int, in p: Int) -> Int {
        let tokens = paragraphs[p].tokens
        guard start < end, mention(startingAt: start, in: p) == nil, paragraphs[p].opensClauseBeforeSubject(at: start),
              let comma = tokens[start..<end].firstIndex(where: { $0.isMark(",") }), comma + 1 < end else { return start }
        return comma + 1
    }

    /// Whether the post writes a word with its capital inside a sentence, as a name is written
    /// (`a man who gave his name only as Mohan`), or the blog writes it so as a name of one
    /// word (`and Sunak stood up`, in another post): then `Mohan said:` keeps it, where
    /// `Officials said:` loses the capital only the sentence gave it.
    /// The post's words so written are gathered once, the first time a quote asks
    /// (`capitalised`): asked of every quote, a scan of the post's words made a post of many
    /// quotes quadratic.
    private func isCapitalizedInSentence(_ word: Token, capitalised: inout Set<WordKey>?) -> Bool {
        guard word.isTitleCase else { return false }
        if loneNames.contains(word.lower) { return true }
        if capitalised == nil { capitalised = wordsCapitalizedInSentences() }
        return capitalised?.contains(word.lower) ?? false
    }

    /// The title-case words the post writes after another word, inside a sentence.
    private func wordsCapitalizedInSentences() -> Set<WordKey> {
        var words = Set<WordKey>()
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for index in tokens.indices.dropFirst() where tokens[index].isTitleCase && tokens[index - 1].isWord {
                words.insert(tokens[index].lower)
            }
        }
        return words
    }

    /// The name an aside from `start` to the comma at `end` is, when it is only a name of one
    /// to five capitalised words (`Inter Milan`, `Unite`): a body's, as a person named there
    /// is read as one before this is asked.
    private static func bodysNameInAside(from start: Int, to end: Int, in tokens: [Token]) -> Range<Int>? {
        guard start < end, end - start <= 5, tokens[end].isMark(","), tokens[start].isCapitalized,
              tokens[start..<end].allSatisfy({ $0.isWord && ($0.isCapitalized || nameJoiners.contains($0.lower)) }) else { return nil }
        return start..<end
    }

    /// Where an organisation's name that reaches back to the capitalised word at `index`
    /// begins, reading back no further than `start`: through capitalised words, `and`, `of`
    /// and `&` between them, a list's commas (`Barking, Havering and Redbridge University
    /// Hospitals NHS trust`), and a determiner before it (`The Royal College of Nursing`).
    private static func nameStart(endingAt index: Int, notBefore start: Int, in tokens: [Token]) -> Int {
        var first = index
        while first > start {
            let before = tokens[first - 1]
            if before.isWord, before.isCapitalized {
                first -= 1
            } else if NameRuns.isJoiner(before), first - 2 >= start, tokens[first - 2].isCapitalized {
                first -= 2
            } else if before.isMark(","), first - 2 >= start, tokens[first - 2].isCapitalized,
                      first - 2 == start || tokens[first - 3].isMark(",") {
                // A list's item is one word, from the sentence's start or a comma: `In Leeds,
                // Unison` is not a name.
                first -= 2
            } else {
                break
            }
            if determiners.contains(tokens[first].lower) { break }
        }
        if first > start, determiners.contains(tokens[first - 1].lower) { first -= 1 }
        return first
    }
}
