/// The people pass over a whole blog. Evidence from every occurrence of every name (read as
/// `candidates` in the first reading, weighed while hospital references are resolved) has
/// decided who is a person and who a reporter; this pass resolves each post's mentions, full
/// names and lone first names or surnames alike, attributes its quotes and reads its tweets,
/// links and hashtags (`PostPeople`, on every core), and adds what the text says of each
/// person in story order. Each post's findings are handed over as soon as they are complete,
/// so no table of every post's mentions is ever held.
enum PeoplePass {
    struct Output {
        var list: [Person]
        var reporters: [String]
    }

    /// What one post says, found by this pass.
    struct Findings {
        var quotes: [Quote]
        var people: [String]
        var reporters: [String]
        /// The hospitals it names, in the order first named.
        var hospitals: [String]
        var tweets: [Tweet]
        var links: [String]
        var hashtags: [String]
    }

    /// The evidence each name run of two words or more in a post's units gives of a person.
    static func candidates(in units: [TokenizedParagraph]) -> [PersonCandidate] {
        var found: [PersonCandidate] = []
        var scratch: [Range<Int>] = []
        for (u, unit) in units.enumerated() {
            addCandidates(in: unit, unit: u, nameRuns: NameRuns.runs(in: unit.tokens), to: &found, scratch: &scratch)
        }
        return found
    }

    /// Adds to `found` the candidates of one text unit (the post's `unit`th), whose name runs
    /// (found without splitting possessives) are read already; `scratch` is storage for the
    /// runs split after possessives, which a reader of unit after unit hands over each time.
    static func addCandidates(in paragraph: TokenizedParagraph, unit: Int, nameRuns: [Range<Int>], to found: inout [PersonCandidate],
                              scratch runs: inout [Range<Int>]) {
        runs.removeAll(keepingCapacity: true)
        NameRuns.appendSplittingPossessives(nameRuns, in: paragraph.tokens, to: &runs)
        keepCandidateRuns(&runs, in: paragraph, splitAtJoiners: true)
        for run in runs where NameRuns.wordCount(run, in: paragraph.tokens) >= 2 {
            found.append(PersonCandidate(run: run, in: paragraph, unit: unit))
        }
    }

    /// `a man who gave his name as Andy`, `a nurse identified only as Priya`: a lone name
    /// someone gave of themselves, who is not whoever else the blog calls by it (`Andy
    /// Burnham`).
    static func isStrangersGivenName(_ run: Range<Int>, in unit: TokenizedParagraph) -> Bool {
        guard run.count == 1, run.lowerBound >= 2, unit.word(at: run.lowerBound - 1) == .`as`,
              let before = unit.word(at: run.lowerBound - 2) else { return false }
        return givenNameWords.contains(before)
    }

    /// Words before `as` that introduce a name someone gave (`his name as`, `only as`).
    private static let givenNameWords: WordSet = ["name", "only", "identified", "known", "himself", "herself", "themselves", "introduced"]

    /// Adds to `words` the key of each name run of one title-case word that stands after
    /// another word, inside a sentence (`and Sunak stood up`): a capital no sentence's start
    /// gave it, so a name's.
    static func appendLoneNames(in unit: TokenizedParagraph, nameRuns: [Range<Int>], to words: inout [WordKey]) {
        let tokens = unit.tokens
        for run in nameRuns where run.count == 1 && run.lowerBound > 0 && tokens[run.lowerBound - 1].isWord && tokens[run.lowerBound].isTitleCase {
            words.append(tokens[run.lowerBound].lower)
        }
    }

    /// - Parameters:
    ///   - directory: the people and reporters every name's evidence makes.
    ///   - progress: hears the share of the pass done, from 0 to 1.
    ///   - deliver: receives each post's findings, in story order.
    static func run(texts: PostTexts, directory: consuming PersonDirectory, order: [Int],
                    hospitalMentions: HospitalMentions, postIDs: [String],
                    progress: @escaping (Double) -> Void = { _ in }, deliver: (Int, Findings) -> Void) -> Output {
        var parallel = OrderedParallelMap()
        // A post's result here is its findings, not its tokens: larger batches mean fewer
        // hand-overs, at each of which a thread waits for the other's last chunk.
        parallel.batchSize = 1024
        parallel.progress = { progress(Double($0) / Double(max(1, order.count))) }
        var reporters = FirstMet<String>()
        var personPosts = Array(repeating: [Int](), count: directory.people.count)
        // Who a name refers to depends on the post alone (the directory's names are settled);
        // only what the text says of people is added as the story is read.
        let known = directory
        parallel.forEach(order, work: { post in
            PostPeople(post: post, texts: texts, hospitalMentions: hospitalMentions, directory: known)
        }, consume: { post, read in
            // Read on the workers; whether each still adds anything depends on those before it.
            for described in read.descriptions where directory.wantsDetail(described.person) {
                let description = described.description
                directory.describe(described.person, age: description.age, role: description.role, roleIsTitle: description.roleIsTitle,
                                   hospital: description.hospital)
            }
            for person in read.people { personPosts[person].append(post) }
            for name in read.findings.reporters { reporters.meet(name) }
            deliver(post, read.findings)
        })
        let list = directory.people.indices.compactMap { number -> Person? in
            guard !personPosts[number].isEmpty else { return nil }
            var person = directory.people[number]
            person.posts = personPosts[number].sorted().map { postIDs[$0] }
            return person
        }
        return Output(list: list, reporters: reporters.elements)
    }

    /// Runs of title-case words that may name a person: not a hospital, not an institution,
    /// read into `runs` in place of what it held: a reader of unit after unit hands the same
    /// storage over each time.
    static func candidateRuns(in unit: TokenizedParagraph, hospitals: ArraySlice<HospitalPass.Resolved>, into runs: inout [Range<Int>]) {
        runs.removeAll(keepingCapacity: true)
        NameRuns.appendRuns(in: unit.tokens, splittingPossessives: true, splittingJoiners: true, to: &runs)
        keepCandidateRuns(&runs, in: unit, splitAtJoiners: false)
        guard !hospitals.isEmpty else { return }
        let taken = TokenMask(count: unit.tokens.count, hospitals, tokens: \.tokens)
        runs.removeAll { taken.overlaps($0) }
    }

    /// Whether what a capitalised title is of stands before `first`: the title, `of` or `for`,
    /// then title-case words, maybe joined by a lowercase `of`, `for`, `the`, `and` or `&`
    /// (`Mayor of London`, `Archbishop of`, `President of the United States`, `Secretary of
    /// State for Health and Social Care`), or a lowercase title before what an Italian, French
    /// or Spanish page says it is of (`ministro della Salute`, `ministre de la Santé`). What
    /// follows is the name, after what it is of: the title's index, or nil.
    static func titleOf(before first: Int, in tokens: [Token], titles: WordSet) -> Int? {
        var index = first - 1
        var afterOf = false
        var afterContinentalOf = false
        while index >= 0, index >= first - 10 {
            let token = tokens[index]
            if token.isTitleCase {
                if afterOf, titles.contains(token.lower) { return index }
            } else if token.isCapitalized {
                return nil
            } else if token.lower == .of || token.lower == .for {
                afterOf = true
            } else if continentalOf.contains(token.lower) {
                afterOf = true
                afterContinentalOf = true
            } else if afterContinentalOf, token.isWord, titles.contains(token.lower) {
                return index
            } else if !(token.lower == .the || token.lower == .and || token.isMark("&")) {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// What Italian, French and Spanish put between a title and what it is of.
    private static let continentalOf: WordSet = ["della", "del", "dello", "dei", "delle", "di", "de", "la", "du", "des"]

    /// Keeps of a unit's name runs, split after possessives, those that may name a person:
    /// title-case words, not an institution's. A run is cut at `and`, `&` and `of` first: a
    /// person's name holds none (`Jeremy Hunt and David Cameron` are two; `Ravi Patel of Mass
    /// General` is a person and where he works).
    /// - Parameter splitAtJoiners: false for runs made without joiners already.
    private static func keepCandidateRuns(_ runs: inout [Range<Int>], in unit: TokenizedParagraph, splitAtJoiners: Bool) {
        let tokens = unit.tokens
        if splitAtJoiners {
            // `The Department of Health and Social Care said`: what a government department is
            // of names no one (`The University of Leeds and Jane Smith said` names her).
            for index in runs.indices where runs[index].count >= 3 {
                // The department's word is among the run's first three, `of` straight after it:
                // told on `of` first, which few runs hold there.
                let run = runs[index]
                var of = run.lowerBound + 1
                while of < run.upperBound - 1, of <= run.lowerBound + 3, !(tokens[of].lower == .of && !tokens[of].isCapitalized) { of += 1 }
                guard of < run.upperBound - 1, of <= run.lowerBound + 3, departments.contains(tokens[of - 1].lower) else { continue }
                runs[index] = run.lowerBound..<of
            }
            NameRuns.splitAtJoiners(&runs, in: tokens)
        }
        // `Paramedic Claire Lewis said`: a title a sentence opens with is no word of the name
        // after it (an honorific never joins a run; other titles do, capitalised).
        let personTitles = Vocabulary.personTitles
        for index in runs.indices where runs[index].count >= 3 {
            let first = runs[index].lowerBound
            // `MP Patrick Hurley said`: a title's initialism too.
            if tokens[first].isTitleCase || tokens[first].isInitialism,
               personTitles.contains(tokens[first].lower) || RolePhrases.isExTitle(first, in: unit) || RolePhrases.isCompoundTitle(first, in: unit),
               NameRuns.wordCount(runs[index], in: tokens) >= 3 {
                runs[index] = first + 1..<runs[index].upperBound
                // `Attorney General Merrick Garland said`: an office of two titles.
                if runs[index].count >= 3, tokens[first + 1].isTitleCase, personTitles.contains(tokens[first + 1].lower),
                   NameRuns.wordCount(runs[index], in: tokens) >= 3 {
                    runs[index] = first + 2..<runs[index].upperBound
                }
            } else if runs[index].count >= 4,
                      personTitles.contains(tokens[first + 1].lower) || PersonEvidence.singularTitle(at: first + 1, in: unit) != nil,
                      NameRuns.wordCount(runs[index], in: tokens) >= 4 {
                // `Labour MP Rosie Duffield said`, `Labour MPs Jess Phillips and …`: a party's or a place's title.
                runs[index] = first + 2..<runs[index].upperBound
            } else if titleOf(before: first, in: tokens, titles: personTitles) != nil, runs[index].allSatisfy({ tokens[$0].isTitleCase }) {
                // `the Mayor of London Sadiq Khan said`: the place a title is of, then the name's two words.
                runs[index] = runs[index].upperBound - 2..<runs[index].upperBound
            } else if runs[index].count >= 5, let title = lastTitle(in: runs[index], of: tokens, titles: personTitles) {
                // `Sharkey County Coroner Angelia Eason said`, `Manhattan District Attorney Alvin
                // Bragg said`, `Sinn Féin TD Louise O’Reilly said`: a place's or a body's office further in.
                runs[index] = title + 1..<runs[index].upperBound
            }
        }
        // Looked up once, not at every word: a static's every use checks that it is made.
        let institutionWords = Vocabulary.institutionWords
        // `Hugo Keith KC`, `Jane Smith MP`: letters after a name are not part of it. Looked
        // for only in the runs an initialism rules out, and put back without them.
        var withoutLetters: [Range<Int>] = []
        // Filtered in place: no second array.
        runs.removeAll { run in
            if mayName(run, in: tokens, institutionWords: institutionWords) { return false }
            let last = run.upperBound - 1
            if run.count > 2, tokens[last].isInitialism, Vocabulary.postNominals.contains(tokens[last].lower),
               mayName(run.dropLast(), in: tokens, institutionWords: institutionWords) {
                withoutLetters.append(run.dropLast())
            }
            return true
        }
        if !withoutLetters.isEmpty {
            runs += withoutLetters
            runs.sort { $0.lowerBound < $1.lowerBound }
        }
    }

    /// Words that open a government department's name, whose every part after `of` is its own.
    private static let departments: WordSet = ["department", "ministry"]

    /// The last capitalised title in a run that leaves two or three title-case words after it:
    /// where the office a run opens with ends and the name begins.
    private static func lastTitle(in run: Range<Int>, of tokens: [Token], titles: WordSet) -> Int? {
        var index = run.upperBound - 3
        while index > run.lowerBound + 1, index >= run.upperBound - 4 {
            if tokens[index].isTitleCase || tokens[index].isInitialism, titles.contains(tokens[index].lower) {
                return tokens[(index + 1)..<run.upperBound].allSatisfy(\.isTitleCase) ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// Whether a run may name a person: four words at most, title case or initials (`George
    /// W. Bush`, `JD Vance`), no other initialism (`NHS`, `US Senate`), no institution's word,
    /// not `New` (`New York`), not ending in a point of the compass (`Islington North`, as
    /// seats and districts are named), and not followed by an institution's word.
    @inline(__always)
    private static func mayName(_ run: Range<Int>, in tokens: [Token], institutionWords: WordSet) -> Bool {
        guard NameRuns.wordCount(run, in: tokens) <= 4,
              tokens[run].allSatisfy({ !$0.isCapitalized || $0.isTitleCase || $0.length == 1 }) || opensWithInitials(run, in: tokens),
              !tokens[run].contains(where: { institutionWords.contains($0.lower) }) else { return false }
        // Told on its length first.
        let first = tokens[run.lowerBound]
        if first.length == 3, first.lower == .new { return false }
        // Compared as keys, not looked up: every run is asked.
        let last = tokens[run.upperBound - 1].lower
        // `Dr Kate West`: after an honorific, which a seat's or a district's name (`Islington
        // North`) never has; asked only here, where a run ends so. (A speech verb after one
        // says nothing: `Belfast East said no`.)
        if run.count >= 2, last.isCompassPoint,
           PersonEvidence.honorific(before: run.lowerBound, in: tokens) == nil {
            return false
        }
        return !NameRuns.isFollowedByInstitution(run, in: tokens)
    }

    /// `JD Vance`, `JK Rowling`: two capitals that are a person's initials, then title-case
    /// words; not the two letters of a country or a body (`US Senate`, `UK Biobank`).
    private static func opensWithInitials(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        let first = tokens[run.lowerBound]
        return run.count >= 2 && first.length == 2 && first.isInitialism && !bodysLetters.contains(first.lower)
            && tokens[run.dropFirst()].allSatisfy({ !$0.isCapitalized || $0.isTitleCase })
    }

    /// Two capitals that stand for a country, a body or a thing before a name, never for a
    /// person's initials.
    private static let bodysLetters: WordSet = ["us", "uk", "eu", "un", "gb", "gp", "mp", "ap", "ba", "bp", "ni", "pm", "tv",
                                                "it", "ai", "ft", "bt", "ok", "la", "ny", "dc", "nz", "sa", "wa", "hr", "pr",
                                                "id", "ea", "hs", "rt", "ex", "ss", "fa", "ec", "cv", "vr", "ev", "ui", "ip"]

    /// Token ranges inside quotes, for each of a post's `paragraphCount` paragraphs (a title
    /// has none); a range running to the paragraph's end is open-ended.
    static func quotedRanges(_ spans: [QuoteSpan], paragraphCount: Int) -> [[Range<Int>]] {
        var ranges = Array(repeating: [Range<Int>](), count: paragraphCount)
        for span in spans {
            for paragraph in span.startParagraph...span.endParagraph where paragraph < paragraphCount {
                let lower = paragraph == span.startParagraph ? span.openToken : 0
                let upper = paragraph == span.endParagraph ? (span.closeToken.map { $0 + 1 } ?? Int.max) : Int.max
                ranges[paragraph].append(lower..<upper)
            }
        }
        return ranges
    }
}
