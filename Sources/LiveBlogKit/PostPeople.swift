/// One post read for the people pass, against the blog's settled directory of names: every
/// name run resolved to a person or reporter (a lone first name or surname to the one named
/// most recently in the post), the post's quotes attributed to their speakers, and its tweets,
/// links and hashtags. It needs no other post, so posts are read on every core; what the
/// text says of each person (`descriptions`) is added to the directory in story order.
struct PostPeople: Sendable {
    let findings: PeoplePass.Findings
    /// The people it names (numbered as the directory numbers them), in the order of
    /// `findings.people`.
    let people: [Int]
    /// What each occurrence of a person who may still learn something says of them, in
    /// reading order.
    let descriptions: [Described]

    /// A person, by number, and what one occurrence says of them. A struct, not a tuple: an
    /// array of tuples holding strings is copied and freed through the runtime's generic code.
    struct Described: Sendable {
        var person: Int
        var description: PersonDescription
        /// Whether the post had named a hospital by the end of the paragraph this is in.
        var hospitalNamed = false
    }

    /// The hospital a unit opens with, `The` aside: its first sentence's subject.
    private static func subjectHospital(_ hospitals: ArraySlice<HospitalPass.Resolved>, in unit: borrowing TokenizedParagraph)
        -> HospitalPass.Resolved? {
        guard let first = hospitals.first else { return nil }
        return first.tokens.lowerBound == 0 || first.tokens.lowerBound == 1 && unit.word(at: 0) == .the ? first : nil
    }

    /// The hospital named last before `run`, in its sentence or the one before, where that
    /// sentence's subject is no body's name (`The man was transferred to X Hospital. Its
    /// director, Y,`; not `The WHO said X hospital was out of service. Its director-general, Y,`).
    private static func hospitalJustNamed(before run: Range<Int>, _ hospitals: ArraySlice<HospitalPass.Resolved>,
                                          in unit: borrowing TokenizedParagraph) -> String? {
        guard let last = hospitals.last(where: { $0.tokens.upperBound <= run.lowerBound }) else { return nil }
        let tokens = unit.tokens
        var start = last.tokens.lowerBound
        while start > 0, !tokens[start - 1].isPunctuation(".!?") { start -= 1 }
        // No sentence between the hospital's and the name's.
        var ends = 0
        for index in last.tokens.upperBound..<run.lowerBound where tokens[index].isPunctuation(".!?") { ends += 1 }
        guard ends <= 1, let first = unit.word(at: start) else { return nil }
        let subjectIsAThing = (first == .the || first == .a || first == .an) && start + 1 < tokens.count && tokens[start + 1].isWord
            && !tokens[start + 1].isCapitalized
        return subjectIsAThing || first == .he || first == .she || first == .they ? last.name : nil
    }

    /// Whether a role is one at `the hospital` (`hospital’s chief executive`, `hospital spokesperson`).
    private static func isHospitalsRole(_ role: String?) -> Bool {
        guard let role else { return false }
        return role.utf8.starts(with: "hospital’s ".utf8) || role.utf8.starts(with: "hospital's ".utf8)
            || role.utf8.starts(with: "hospital ".utf8)
    }

    init(post: Int, texts: borrowing PostTexts, hospitalMentions: borrowing HospitalMentions, directory: borrowing PersonDirectory) {
        let units = texts.units(post)
        let titleOffset = texts.titleOffset(post)
        let found = TweetExtractor.extract(from: units)
        // Tweet paragraphs count from the first paragraph, not from the title.
        let tweets = found.tweets.compactMap { tweet in
            var shifted = tweet
            shifted.paragraph -= titleOffset
            shifted.signature = shifted.signature.map { $0 - titleOffset }
            shifted.heading = shifted.heading.map { ($0.lowerBound - titleOffset)..<($0.upperBound - titleOffset) }
            return shifted.paragraph >= 0 ? shifted : nil
        }
        let paragraphs = Array(units.dropFirst(titleOffset))
        var spans = QuoteScanner.spans(in: paragraphs)
        // `She tweeted:` above a tweet: the tweet is read as one, not as a block quote.
        if !tweets.isEmpty, spans.contains(where: \.isBlockQuote) {
            spans.removeAll { span in span.isBlockQuote && tweets.contains { $0.paragraph...($0.signature ?? $0.paragraph) ~= span.endParagraph } }
        }
        let quotedByParagraph = PeoplePass.quotedRanges(spans, paragraphCount: units.count - titleOffset)
        // The people named, and when each was last named in the post: a lone name means the latest.
        var people = FirstMet<Int>()
        var lastNamed: [Int] = []
        var clock = 0
        var reporters = FirstMet<String>()
        // The post's own authors first: a byline names its reporters.
        for name in texts.byline(post).map(PostLayout.bylineNames) ?? [] { reporters.meet(name) }
        var descriptions: [Described] = []
        var mentions: [[NamedMention]] = []
        mentions.reserveCapacity(units.count)
        // One list for every unit's runs: each unit's are read through before the next. Room
        // for a post's usual few dozen at once: grown from nothing, it was allocated four times.
        var runs: [Range<Int>] = []
        runs.reserveCapacity(32)
        // The hospital the unit before opened with as its subject (`The Aga Khan University
        // Hospital said …`): what `Its chief executive, X` is of. A hospital named later in it
        // is not (`The WHO said … Kamal Adwan hospital …. Its director-general, X`).
        var hospitalBefore: String?
        var hospitalNamed = false
        // `Theresa May says NHS was not targeted`, `Sunak: “We all wish him well”`: the person a
        // title opens with, saying something.
        var titleSpeaker: Int?
        for (u, unit) in units.enumerated() {
            // An open-ended range (a quote running on past the paragraph) is cut at its end by the mask.
            let quoted = TokenMask(count: unit.tokens.count, ranges: u >= titleOffset ? quotedByParagraph[u - titleOffset] : [])
            var named: [NamedMention] = []
            let hospitals = hospitalMentions.resolved(post: post, unit: u)[...]
            hospitalNamed = hospitalNamed || !hospitals.isEmpty
            PeoplePass.candidateRuns(in: unit, hospitals: hospitals, into: &runs)
            for run in runs where !PeoplePass.isStrangersGivenName(run, in: unit) {
                guard let (name, identity) = directory.identity(of: run, in: unit, recency: { people.place(of: $0).map { lastNamed[$0] } })
                else { continue }
                let isReporter: Bool
                switch identity {
                case .reporter:
                    isReporter = true
                    reporters.meet(name)
                case .person(let person):
                    isReporter = false
                    if u == 0, titleOffset > 0, run.lowerBound == 0,
                       unit.word(at: run.upperBound).map(Vocabulary.speechVerbs.contains) == true
                        || run.upperBound < unit.tokens.count && unit.tokens[run.upperBound].isMark(":") {
                        titleSpeaker = person
                    }
                    clock += 1
                    let met = people.meet(person)
                    if met.isNew { lastNamed.append(clock) } else { lastNamed[met.place] = clock }
                    // A person who has all an occurrence can add before the pass never learns more.
                    if directory.wantsDetail(person) {
                        let description = PersonDescription(run: run, in: unit, hospitals: hospitals, quoted: quoted.overlaps(run))
                        descriptions.append(Described(person: person, description: description, hospitalNamed: hospitalNamed))
                        // Set in place: a copy of the description would retain all it holds.
                        let last = descriptions.count - 1
                        if descriptions[last].description.roleOwnedByIt {
                            // The paragraph's subject, else the last hospital named before the
                            // name (`… transferred to X Hospital. Its director, Y,`), else the
                            // paragraph before's subject.
                            let here = Self.subjectHospital(hospitals, in: unit).flatMap { $0.tokens.upperBound <= run.lowerBound ? $0.name : nil }
                                ?? Self.hospitalJustNamed(before: run, hospitals, in: unit)
                            descriptions[last].description.hospital = here ?? hospitalBefore
                        } else if descriptions[last].description.hospital == nil, Self.isHospitalsRole(descriptions[last].description.role),
                                  let subject = Self.subjectHospital(hospitals, in: unit), subject.tokens.upperBound <= run.lowerBound,
                                  hospitals.dropFirst().first.map({ $0.tokens.lowerBound > run.lowerBound }) ?? true {
                            // `X Hospital received three patients, hospital spokesperson Y said`:
                            // the hospital the paragraph opens with, however many the post names,
                            // if it names no other before them (`X and Y both opened`).
                            descriptions[last].description.hospital = subject.name
                        }
                    }
                }
                if !quoted.overlaps(run) {
                    named.append(NamedMention(tokens: run, name: name, isReporter: isReporter))
                }
            }
            mentions.append(named)
            hospitalBefore = Self.subjectHospital(hospitals, in: unit)?.name
        }
        let attributor = QuoteAttributor(paragraphs: paragraphs, mentions: Array(mentions.dropFirst(titleOffset)), loneNames: directory.loneNames)
        let postHospitals = hospitalMentions.hospitals(ofPost: post)
        // `the hospital’s chief executive`, `a hospital spokeswoman`, `a doctor who worked at
        // the hospital`: the hospital is the one the post names, if one, by the end of the
        // paragraph (a hospital named only further down is another's story).
        if postHospitals.count == 1 {
            for index in descriptions.indices where descriptions[index].description.hospital == nil && descriptions[index].hospitalNamed {
                guard descriptions[index].description.worksAtTheHospital || Self.isHospitalsRole(descriptions[index].description.role)
                else { continue }
                descriptions[index].description.hospital = postHospitals[0]
            }
        }
        self.descriptions = descriptions
        self.people = people.elements
        var officeStandIns: [QuoteAttributor.OfficeStandIn] = []
        var quotes = attributor.quotes(for: spans, officeStandIns: &officeStandIns)
        // `the health secretary replied:` is the health secretary the blog names.
        // Else, on a post titled `Theresa May says …`, `the prime minister said:` is she: an
        // office no one the blog names holds is the title's speaker's; else the one person's the
        // post named before it (`Narendra Modi visited the injured. “…,” the prime minister said`).
        // The stand-ins are in the quotes' order: read alongside them, not searched for each.
        var standIns = officeStandIns[...]
        for index in quotes.indices where quotes[index].speaker == nil {
            while let next = standIns.first, next.quote < index { standIns = standIns.dropFirst() }
            let subject = standIns.first.flatMap { standIn in
                standIn.quote == index ? people.elements.first { directory.people[$0].name == standIn.subject } : nil
            }
            guard let description = quotes[index].attribution,
                  let person = directory.person(describedAs: description, among: people.elements)
                    ?? titleSpeaker.flatMap({ directory.isUnheldOffice(description, mayBeHeldBy: $0) ? $0 : nil })
                    ?? subject.flatMap({ directory.isUnheldOffice(description, mayBeHeldBy: $0) ? $0 : nil }) else { continue }
            quotes[index].speaker = directory.people[person].name
            quotes[index].attribution = nil
        }
        findings = PeoplePass.Findings(quotes: quotes, people: people.elements.map { directory.people[$0].name },
                                       reporters: reporters.elements, hospitals: postHospitals,
                                       tweets: tweets, links: found.links, hashtags: found.hashtags)
    }
}
