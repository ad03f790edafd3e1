/// Decides for each quote span of a post whether it is a statement or a scare-quoted fragment,
/// and who said it: named after it (`,” said Shruti Patel`), before it (`She said: “`,
/// `Name, Place: "`), by continuing the quote before it, or — for a quote that opens a
/// paragraph with no attribution — the person the post was last talking about.
struct QuoteAttributor {
    let paragraphs: [TokenizedParagraph]
    /// Known people and reporters named in each paragraph, outside quotes, in reading order.
    let mentions: [[NamedMention]]
    /// Each paragraph's first mention of a person who is not a reporter.
    private let firstPeople: [NamedMention?]
    /// The one-word names the whole blog writes inside a sentence.
    let loneNames: Set<WordKey>

    init(paragraphs: [TokenizedParagraph], mentions: [[NamedMention]], loneNames: Set<WordKey>) {
        self.paragraphs = paragraphs
        self.mentions = mentions
        self.loneNames = loneNames
        self.firstPeople = mentions.map { list in list.first { !$0.isReporter } }
    }

    static let pronouns: WordSet = ["he", "she", "they"]

    /// Who a pronoun that speaks is: `they`, the words themselves; `he` or `she`, the one the
    /// post was last talking about.
    static func pronounSpeaker(_ pronoun: WordKey, subject: Speaker?) -> Speaker {
        guard pronoun != .they else { return Speaker(description: "they") }
        var speaker = subject ?? Speaker()
        speaker.pronoun = pronoun
        return speaker
    }
    /// Words that open a clause about what came before (`, which it says`), never a speaker.
    static let relativePronouns: WordSet = ["which", "that", "who", "whom", "whose"]
    /// Articles that open a description after a continental page's speech verb (`dijo el
    /// consejero de Sanidad`, `sagte der Klinikchef`), in lower case.
    static let continentalArticles: WordSet = ["el", "la", "los", "las", "le", "les", "der", "die", "das", "het", "de", "il", "lo"]
    /// Words that open an unnamed speaker's description (`a nurse`, `one doctor`).
    static let determiners: WordSet = ["a", "an", "one", "the", "another", "some", "two", "three", "several", "many"]

    /// Who or what said a quote.
    struct Speaker {
        var name: String?
        var description: String?
        /// `he` or `she`, when the quote's speaker was read from one.
        var pronoun: WordKey?
        /// Where others who said it may be named after `name` (`X and Y said`): read only
        /// once the speaker is settled, as few are; its paragraph is -1 where none are.
        /// Plain numbers, not an optional: the many speakers read and dropped are copied as
        /// plain memory.
        var jointSite = JointSite(paragraph: -1, name: 0, limit: 0)
    }

    /// Where a named speaker's name stands, and the token its co-speakers must end before.
    struct JointSite {
        var paragraph: Int32
        var name: Int32
        var limit: Int32
    }

    /// The post's quotes, attributed; `officeStandIns` gets those called by an office alone.
    func quotes(for spans: [QuoteSpan], officeStandIns: inout [OfficeStandIn]) -> [Quote] {
        var quotes: [Quote] = []
        quotes.reserveCapacity(spans.count)
        // Whom the post was last talking about: a name, or an unnamed speaker's description
        // (`a nurse at St Vincent’s`), which a later `she said` means too.
        var focus: Speaker?
        var pronouns = PronounsOfThePost()
        var solePerson = SolePersonNamed()
        var spanIndex = 0
        // The words the post capitalises inside sentences, gathered once a quote asks.
        var capitalised: Set<WordKey>?
        for p in paragraphs.indices {
            // The paragraph's quote before, by its place in `quotes` and `spans`: a copy of
            // each would retain all it holds.
            var previous: (quote: Int, span: Int)?
            var attributed = false
            // The paragraph's unnamed speaker, read once it is first asked for: reading it
            // scans the paragraph's sentences, which every quote in it must not do again.
            var unnamedHere: String??
            while spanIndex < spans.count, spans[spanIndex].startParagraph == p {
                let span = spans[spanIndex]
                spanIndex += 1
                let words = span.words
                var quote = Quote(words: words, isFragment: true, isClosed: span.closeToken != nil,
                                  paragraphs: (span.isBlockQuote ? span.endParagraph : span.startParagraph)...span.endParagraph)
                // Who the paragraph is about before the quote: a person it names, or the unnamed
                // speaker it opens with (`Another nurse, who …, said the hospital had been warned.
                // “…,” she said.`), or else whom the post was last talking about.
                let subject = firstPerson(in: p, before: span.openToken, focus: focus).map { Speaker(name: $0) }
                    ?? (span.openToken > 0 ? unnamedSpeaker(in: p, cache: &unnamedHere).map { Speaker(description: $0) } : nil) ?? focus
                let opensParagraph = span.openToken == 0
                let startsSentence = opensParagraph || sentenceBoundary(before: span.openToken, in: paragraphs[p].tokens)
                // `Our health editor, Denis Campbell, writes:`: a reporter's dispatch is no quote.
                if span.isWritten, mentions[p].contains(where: \.isReporter) { continue }
                // `She writes:` is someone's words only where the paragraph names her: a reporter
                // named before it may be the one who writes.
                if span.isWrittenByPronoun, firstPerson(in: p, before: span.openToken, focus: nil) == nil { continue }
                if span.isTranscriptLine {
                    // A transcript's line is a quote only where a person is named before its colon.
                    guard let read = before(span, subject: subject, capitalised: &capitalised), read.name != nil else { continue }
                    quote.speaker = pronouns.resolve(read, titled: titledPronoun).name
                    quote.isFragment = false
                } else if let read = Self.isIntroduced(span, in: paragraphs[p].tokens)
                            ? before(span, subject: subject, capitalised: &capitalised) ?? after(span, subject: subject)
                            : after(span, subject: subject) ?? before(span, subject: subject, capitalised: &capitalised) {
                    let speaker = pronouns.resolve(read, titled: titledPronoun)
                    quote.speaker = speaker.name
                    if read.jointSite.paragraph >= 0, speaker.name == read.name { quote.coSpeakers = coSpeakers(at: read.jointSite) }
                    quote.attribution = speaker.description
                    quote.isFragment = false
                } else if let earlier = previous, !quotes[earlier.quote].isFragment, startsSentence, spans[earlier.span].endParagraph == p {
                    quote.speaker = quotes[earlier.quote].speaker
                    quote.coSpeakers = quotes[earlier.quote].coSpeakers
                    quote.attribution = quotes[earlier.quote].attribution
                    quote.isFragment = false
                } else if opensParagraph || span.startParagraph != span.endParagraph
                            || (startsSentence && endsStatement(words)) {
                    quote.speaker = subject?.name
                    quote.attribution = subject?.description
                    quote.isFragment = false
                }
                if quote.isFragment, let read = partialQuoteSpeaker(span, subject: subject) {
                    // Still a fragment (not a statement of its own), but someone's words.
                    let speaker = pronouns.resolve(read, titled: titledPronoun)
                    quote.speaker = speaker.name
                    quote.attribution = speaker.description
                }
                if !quote.isFragment, quote.speaker == nil, quote.attribution.map(PersonDirectory.opensWithThe) ?? false,
                   let name = solePerson.person(before: span.openToken, in: span.startParagraph, mentions: mentions) {
                    officeStandIns.append(OfficeStandIn(quote: quotes.count, subject: name))
                }
                if !quote.isFragment, quote.speaker != nil || (quote.attribution.map { $0 != "they" } ?? false) {
                    focus = Speaker(name: quote.speaker, description: quote.speaker == nil ? quote.attribution : nil)
                    pronouns.meet(quote.speaker)
                    if let name = quote.speaker, let other = pronounOfAnother(before: span) { pronouns.note(name, isNot: other) }
                    attributed = true
                }
                previous = (quotes.count, spanIndex - 1)
                quotes.append(quote)
            }
            if !attributed, let named = firstPerson(in: p, before: nil, focus: focus) {
                focus = Speaker(name: named)
                pronouns.meet(named)
                if let pronoun = soleSubjectsPronoun(in: p) { pronouns.note(named, isWrittenWith: pronoun) }
            } else if !attributed, let unnamed = unnamedSpeaker(in: p, cache: &unnamedHere) {
                focus = Speaker(description: unnamed)
            }
        }
        return quotes
    }

    /// The first person (not a reporter) the paragraph names outside quotes, before a token; nil
    /// when it is named after the verb of a sentence whose subject is `he` or `she` while the
    /// post is talking about someone named (`focus`), who goes on being the subject (`She
    /// praised Inspector Amy Scott`); with no one named, that `he` may be a reporter (`He spoke
    /// to Dr Arjun Mehta`), and the name is the one to follow.
    private func firstPerson(in paragraph: Int, before token: Int?, focus: Speaker?) -> String? {
        guard let first = firstPeople[paragraph], token.map({ first.tokens.lowerBound < $0 }) ?? true else { return nil }
        if focus?.name != nil, Self.followsPronounSubject(first.tokens.lowerBound, in: paragraphs[paragraph].tokens) { return nil }
        return first.name
    }

    func mention(startingAt index: Int, in paragraph: Int) -> NamedMention? {
        // Mentions stand in reading order and never overlap: a binary search finds one by its
        // first token without a table per paragraph.
        mentions[paragraph].first(withKey: index) { $0.tokens.lowerBound }
    }

    /// Reads a speaker starting at a token: a named person, a pronoun, or a description; when
    /// the verb did not come first, a speech verb must follow it.
    func speaker(startingAt first: Int, in p: Int, subject: Speaker?, verbFirst: Bool) -> Speaker? {
        let tokens = paragraphs[p].tokens
        // A title before the name is not the speaker (`said Dr Ravi Patel`, `said Dr. Ravi Patel`).
        var j = first
        let afterTitle = NameRuns.nameStart(afterHonorificAt: j, in: tokens).flatMap { $0 < tokens.count ? $0 : nil }
        if let name = afterTitle, mention(startingAt: name, in: p) != nil {
            j = name
        } else if RolePhrases.isCompoundTitle(j, in: paragraphs[p]), mention(startingAt: j + 1, in: p) != nil {
            // `sagte Klinikchef Heyo Kroemer`: a German office before the name.
            j += 1
        }
        let word = tokens[j].lower
        var end = j + 1
        var result: Speaker?
        if let named = mention(startingAt: j, in: p) {
            // A reporter who speaks (`said our correspondent Hind Khoudary`) is named as
            // written: the blog's people are the ones it reports on.
            result = named.isReporter ? Speaker(description: named.name) : Speaker(name: named.name)
            end = named.tokens.upperBound
            // `,” said Smith and Jones`, `,” Smith and Jones said`: a joint statement's signers,
            // told on the word after the name first (most speakers are named alone).
            if !named.isReporter, end < tokens.count, tokens[end].isMark(",") || tokens[end].lower == .and {
                let others = coSpeakers(after: named, before: tokens.count, in: p)
                if !others.names.isEmpty {
                    result?.jointSite = JointSite(paragraph: Int32(p), name: Int32(named.tokens.lowerBound), limit: Int32(tokens.count))
                    end = others.end
                }
            }
            // `,” Rep. Marjorie Taylor Greene (R-Ga.) wrote`, `Stephen Flynn (SNP) asks`: a party
            // in brackets stands between the name and its verb.
            if end < tokens.count, tokens[end].isMark("("),
               let closed = PersonEvidence.partyAndState(at: end, in: paragraphs[p])
                   ?? PersonEvidence.party(at: end, after: named.tokens, in: paragraphs[p]) {
                end = closed
            }
        } else if let name = afterTitle, tokens[name].isTitleCase {
            (result, end) = titledName(from: j, nameAt: name, in: p, before: tokens.count)
        } else if Self.pronouns.contains(word) {
            result = Self.pronounSpeaker(word, subject: subject)
        } else if !verbFirst, Self.relativePronouns.contains(word), !tokens[j].isInitialism {
            // `“full pay restoration”, which it says would mean …`: a clause about the quote
            // (`WHO`, the World Health Organization, is no `who`).
            return nil
        } else if let named = namedAfterRole(from: j, in: p, verbFirst: verbFirst) {
            result = named.isReporter ? Speaker(description: named.name) : Speaker(name: named.name)
            end = named.tokens.upperBound
        } else if Self.determiners.contains(word) || (tokens[j].isWord && !verbFirst && !tokens[j].isCapitalized)
                    || verbFirst && (tokens[j].isPossessive || !tokens[j].isCapitalized && Self.continentalArticles.contains(word)) {
            // `according to Unite’s national officer, Onay Kasab`: an owner's possessive opens a description.
            // After the verb the description runs to the clause's end (`said a spokesperson for
            // Cambridge University Hospitals.`); before one, four words at most reach it.
            // `,” one nurse at St George's Hospital said,`: a description a determiner opens may
            // reach further, as a speech verb must still end it.
            let reach = verbFirst ? Self.longestDescription : Self.determiners.contains(word) ? 7 : 4
            var limit = j + reach
            while end < tokens.count, end < limit, tokens[end].isWord && !Vocabulary.speechVerbs.contains(tokens[end].lower)
                    || Self.isInitialismStop(end, in: tokens) {
                // An initialism's letters and stops are one word (`the N.F.L.`).
                if Self.isInitialismStop(end, in: tokens) { limit += 2 }
                end += 1
            }
            if !verbFirst, end == j + 1, Self.determiners.contains(word) { return nil }
            result = Speaker(description: String(paragraphs[p].surface(j..<end)))
            // `a campaign spokesman, Tim Murtaugh, told`, `said one surgeon, Youssef Benali.`: the
            // name in apposition is the speaker.
            if end + 1 < tokens.count, tokens[end].isMark(","), let named = mention(startingAt: end + 1, in: p), !named.isReporter {
                let after = named.tokens.upperBound
                if after + 1 < tokens.count, tokens[after].isMark(","), Vocabulary.speechVerbs.contains(tokens[after + 1].lower) {
                    result = Speaker(name: named.name)
                    end = after + 1
                } else if verbFirst, after == tokens.count || tokens[after].isPunctuation(".,;!?") {
                    result = Speaker(name: named.name)
                }
            }
        } else if tokens[j].isTitleCase, verbFirst {
            result = Speaker(name: String(paragraphs[p].text(of: j)))
        } else if tokens[j].isCapitalized {
            // `,” Commissioner Tisch said`: a title the blog wrote before a known name.
            // A body's name may hold a lowercase joiner between capitals (`Medical Aid for
            // Palestinians said`, `Save the Children said`).
            var limit = j + 4
            while end < tokens.count, end < limit, tokens[end].isWord,
                  tokens[end].isCapitalized || Self.isJoinerInBodyName(end, in: tokens) {
                if !tokens[end].isCapitalized { limit = min(limit + 2, j + 8) }
                end += 1
            }
            if let named = (j + 1..<end).lazy.compactMap({ self.mention(startingAt: $0, in: p) }).first, !named.isReporter {
                result = Speaker(name: named.name)
                // `WHO Director-General Tedros Adhanom Ghebreyesus told`: the name may run past
                // the four words looked at.
                end = max(end, named.tokens.upperBound)
            } else {
                // `,” Lombardo said`, `,” NHS England said`: a name the blog knows no one by is
                // who or what spoke, as written (a person or a body: the words do not say which).
                result = Speaker(description: String(paragraphs[p].surface(j..<end)))
            }
        }
        guard let found = result else { return nil }
        if verbFirst { return found }
        return end < tokens.count && Vocabulary.speechVerbs.contains(tokens[end].lower)
            || Self.speechVerbAfterAside(at: end, in: tokens) || found.name != nil && Self.speechVerbAfterBody(at: end, in: tokens) ? found : nil
    }

    /// Whether the token at `index` is a lowercase `of`, `for`, `the` or `and` between two
    /// capitalised words, as bodies' names hold them, or `of the` between them (`Doctors of
    /// the World`).
    private static func isJoinerInBodyName(_ index: Int, in tokens: [Token]) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index].isWord else { return false }
        let word = tokens[index].lower
        let joinsArticle = word == .of || word == .for
        guard joinsArticle || word == .the || word == .and else { return false }
        let opens = tokens[index - 1].isCapitalized || word == .the && (tokens[index - 1].lower == .of || tokens[index - 1].lower == .for)
        let next = tokens[index + 1]
        let closes = next.isWord && (next.isCapitalized || joinsArticle && next.lower == .the && index + 2 < tokens.count
                                     && tokens[index + 2].isCapitalized)
        return opens && closes
    }

    /// The most words an unnamed speaker's description runs to.
    static let longestDescription = 12

    private func sentenceBoundary(before index: Int, in tokens: [Token]) -> Bool {
        guard index >= 1 else { return true }
        return tokens[index - 1].isPunctuation(".!?:”\"…")
    }
}
