/// One post read for the people pass, against the blog's settled directory of names: every
/// name run resolved to a person or reporter (a lone first name or surname to the one named
/// most recently in the post), the post's quotes attributed to their speakers, and its tweets,
/// links and hashtags. It needs no other post, so posts are read on every core; what the
/// text says of each person (`descriptions`) is added to the directory in story order.
struct PostPeople: Sendable {
    let findings: PeoplePass.Findings
    /// What each occurrence of a person who may still learn something says of them, in
    /// reading order.
    let descriptions: [(name: String, description: PersonDescription)]

    init(post: Int, texts: PostTexts, hospitalMentions: UnitTable<HospitalPass.Resolved>, directory: PersonDirectory) {
        let units = texts.units(post)
        let titleOffset = texts.titleOffset(post)
        let found = TweetExtractor.extract(from: units)
        // Tweet paragraphs count from the first paragraph, not from the title.
        let tweets = found.tweets.compactMap { tweet in
            var shifted = tweet
            shifted.paragraph -= titleOffset
            return shifted.paragraph >= 0 ? shifted : nil
        }
        let spans = QuoteScanner.spans(in: Array(units.dropFirst(titleOffset)))
        let quotedByParagraph = PeoplePass.quotedRanges(spans)
        var recent: [String: Int] = [:]
        var clock = 0
        var people: [String] = []
        var reporters: [String] = []
        var seenPeople: Set<String> = []
        var seenReporters: Set<String> = []
        var descriptions: [(name: String, description: PersonDescription)] = []
        var mentions: [[NamedMention]] = []
        for (u, unit) in units.enumerated() {
            let quoted = TokenMask(count: unit.tokens.count, ranges: quotedByParagraph[u - titleOffset, default: []].map { range in
                range.lowerBound..<min(range.upperBound, unit.tokens.count)
            })
            var named: [NamedMention] = []
            let hospitals = hospitalMentions[post, u]
            var hospitalsByStart: [Int: String]?
            for run in PeoplePass.candidateRuns(in: unit, hospitals: hospitals) {
                let surface = NameRuns.withoutPossessive(unit.surface(run))
                let name: String?
                if directory.isKnown(surface) {
                    name = surface
                } else if run.count == 1 {
                    name = directory.resolve(part: surface, preferring: recent)
                } else {
                    name = nil
                }
                guard let name else { continue }
                let isReporter = directory.reporters.contains(name)
                if isReporter {
                    if seenReporters.insert(name).inserted { reporters.append(name) }
                } else {
                    if seenPeople.insert(name).inserted { people.append(name) }
                    clock += 1
                    recent[name] = clock
                    // A person who has all an occurrence can add before the pass never learns more.
                    if directory.wantsDetail(name) {
                        if hospitalsByStart == nil { hospitalsByStart = PeoplePass.hospitalsByStart(hospitals) }
                        descriptions.append((name, PersonDescription(run: run, in: unit, hospitals: hospitalsByStart ?? [:])))
                    }
                }
                if !quoted.overlaps(run) {
                    named.append(NamedMention(tokens: run, name: name, isReporter: isReporter))
                }
            }
            mentions.append(named)
        }
        let attributor = QuoteAttributor(paragraphs: Array(units.dropFirst(titleOffset)), mentions: Array(mentions.dropFirst(titleOffset)))
        self.descriptions = descriptions
        findings = PeoplePass.Findings(quotes: attributor.quotes(for: spans), people: people, reporters: reporters,
                                       tweets: tweets, links: found.links, hashtags: found.hashtags)
    }
}
