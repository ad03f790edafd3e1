/// The hospital pass over a whole blog: names with their own evidence first, across every
/// post, so that references anywhere (`RUH`, `Kings`) can lean on names defined anywhere.
/// The names come from the blog's first reading (`FirstReading`); `resolve` resolves the
/// rest, and `finish` names the hospitals and lists each post's once the first reading,
/// no longer needed, has been let go.
enum HospitalPass {
    /// Where a paragraph names a hospital, and the canonical name it was resolved to.
    struct Resolved: Equatable {
        var tokens: Range<Int>
        var name: String
    }

    /// A text unit's hospital mentions, each with the entity it was resolved to.
    struct UnitMentions {
        var unit: Int
        var mentions: [(tokens: Range<Int>, entity: Int)]
    }

    /// Every mention resolved to a hospital entity, before the entities have their names.
    struct Resolution {
        fileprivate var directory: HospitalDirectory
        fileprivate var entities: UnitTable<(tokens: Range<Int>, entity: Int)>
    }

    struct Output {
        var list: [Hospital]
        /// Resolved mentions per post and text unit, named as a post is read.
        var mentions: HospitalMentions
        /// Each hospital entity's canonical name.
        var names: [Int: String]
    }

    /// What one text unit says before any other post is known: hospitals named with their
    /// own evidence, the places it puts things `in` and the initialisms it uses. (Its name runs
    /// that may refer to a hospital named elsewhere are `HospitalRecognizer.appendReferenceRuns`.)
    struct UnitNames: Sendable {
        var found: [HospitalMention]
        var places: [String]
        var initialisms: [String]

        /// Reads a text unit whose name runs (`NameRuns.runs`) are `runs`.
        init(_ unit: borrowing TokenizedParagraph, runs: borrowing [Range<Int>]) {
            found = HospitalRecognizer.fullNames(in: unit, runs: runs)
            places = HospitalRecognizer.placeKeys(in: unit, runs: runs)
            // A loop, not a filter and a map: their closures would each hold a copy of the unit,
            // and most units use no initialism.
            var initialisms: [String] = []
            let tokens = unit.tokens
            for index in tokens.indices where tokens[index].isInitialism { initialisms.append(String(unit.text(of: index))) }
            self.initialisms = initialisms
        }
    }

    /// A unit read again for its references, and which unit it is. A struct, not a tuple: an
    /// array of tuples holding arrays is copied and freed through the runtime's generic code.
    struct ReadUnit: Sendable {
        var unit: Int
        var references: UnitReferences
    }

    /// A text unit's runs that may refer to a known hospital, read against the directory as
    /// the pass begins.
    struct UnitReferences: Sendable {
        let unit: TokenizedParagraph
        let candidates: [ReferenceCandidate]
        /// Runs the directory could not match then: their tokens and key.
        let unknown: [(run: Range<Int32>, word: WordKey)]

        init(_ unit: TokenizedParagraph, known: borrowing HospitalDirectory, excluding found: some Collection<HospitalMention>) {
            self.unit = unit
            (candidates, unknown) = HospitalRecognizer.referenceCandidates(in: unit, known: known, excluding: found)
        }

        /// The references of the given runs of the unit alone.
        init(_ unit: TokenizedParagraph, runs: some Sequence<Range<Int>>, known: borrowing HospitalDirectory) {
            self.unit = unit
            (candidates, unknown) = HospitalRecognizer.referenceCandidates(in: unit, runs: runs, known: known)
        }

        /// The references the unit makes to the hospitals of `directory`, as it is now.
        func references(directory: HospitalDirectory) -> [HospitalMention] {
            var references = candidates.compactMap { HospitalRecognizer.reference($0, in: unit, directory: directory) }
            // A run the directory could not match when the pass began is read again only
            // when a workplace added since may be its name.
            for (run, word) in unknown where directory.mayHaveAdded(word) {
                let tokens = Int(run.lowerBound)..<Int(run.upperBound)
                if let candidate = HospitalRecognizer.referenceCandidate(tokens, in: unit, placeKeys: directory.placeKeys),
                   let mention = HospitalRecognizer.reference(candidate, in: unit, directory: directory) {
                    references.append(mention)
                }
            }
            return references
        }
    }

    /// - Parameter readings: every post's first reading.
    /// - Parameter order: post indices, oldest first.
    /// - Parameter progress: hears the share of the pass done, from 0 to 1.
    /// - Parameter prepare: work of the caller's on each post's text units, done on every
    ///   core alongside the pass's own; its result is handed to `resolved`.
    /// - Parameter resolved: hears, post by post in story order, what `prepare` made of the
    ///   post and the mentions of each of its units that names a hospital (in unit order), with
    ///   the entities they were resolved to.
    /// - Parameter readingEveryUnit: on only for tests that check the units and runs read
    ///   against reading every name run of every unit that holds one.
    /// - Parameter headerNames: the full names the blog's headline and summary give: hospitals
    ///   the posts may name by a short name alone (`al-Shifa hospital` in the headline, `al-Shifa`
    ///   in the posts), listed only if a post names them.
    /// - Parameter headerPlaces: the places the headline and summary put things `in`.
    static func resolve<Prepared: Sendable>(
        texts: PostTexts, readings: FirstReading.Readings, order: [Int], readingEveryUnit: Bool = false, headerNames: [HospitalMention] = [],
        headerPlaces: [String] = [],
        progress: @escaping (Double) -> Void = { _ in },
        prepare: @escaping @Sendable (_ post: Int) -> Prepared,
        resolved: (_ post: Int, _ prepared: Prepared, _ mentions: [UnitMentions]) -> Void
    ) -> Resolution {
        var directory = HospitalDirectory(fullNames: readings.firstMentions + headerNames, initialismsUsed: readings.initialisms,
                                          placeKeys: readings.places.union(headerPlaces), definitions: readings.initialismDefinitions)
        // The header's spellings name what the posts only refer to: written with the keyword,
        // they are its canonical name's candidates, as a post's would be.
        for mention in headerNames { directory.recordSpelling(mention, entity: directory.resolve(mention)) }
        var entities = UnitTable<(tokens: Range<Int>, entity: Int)>(texts)
        // Candidates are read on every core against the directory as the pass begins, and
        // only in the text units holding a run it may match; the story-order consumer settles
        // them against the directory as it grows. The pass adds only workplaces to it, so a
        // run it cannot match as it begins can match later only if a workplace has its words.
        let known = directory
        let workplaceWords = readings.workplaceWords
        readings.keepReferenceRuns { readingEveryUnit || known.mayMatch($0) || workplaceWords.contains($0.word) }
        var parallel = OrderedParallelMap()
        // A post's result here is small (most units are not tokenised): larger batches mean
        // fewer hand-overs between the consumer and the workers.
        parallel.batchSize = 1024
        parallel.progress = { progress(Double($0) / Double(max(1, order.count))) }
        parallel.forEach(order, work: { post in
            let unitCount = texts.unitCount(post)
            var read: [ReadUnit] = []
            let runs = readings.referenceRuns(ofPost: post)
            // The post is split into its units only when a run is to be read again: most are not.
            let unitTexts = runs.isEmpty ? [] : texts.unitTexts(post)
            let postFound = runs.isEmpty ? [] : readings.found(post: post)
            // Runs stand unit after unit: each unit is read once, for the runs kept in it (all
            // its runs when one was too long to be kept with its tokens).
            var next = runs.startIndex
            while next < runs.endIndex {
                let unit = Int(runs[next].unit)
                var end = next + 1
                while end < runs.endIndex, runs[end].unit == runs[next].unit { end += 1 }
                let unitRuns = runs[next..<end]
                next = end
                guard unit >= 0, unit < unitCount else { continue }
                let paragraph = TokenizedParagraph(unitTexts[unit])
                if !readingEveryUnit, unitRuns.allSatisfy({ $0.tokens != nil }) {
                    read.append(ReadUnit(unit: unit, references: UnitReferences(paragraph, runs: unitRuns.lazy.compactMap(\.tokens), known: known)))
                } else {
                    let found = postFound.lazy.filter { $0.unit == unit }.map(\.mention)
                    read.append(ReadUnit(unit: unit, references: UnitReferences(paragraph, known: known, excluding: found)))
                }
            }
            return (unitCount: unitCount, read: read, prepared: prepare(post))
        }, consume: { post, work in
            // The first reading's mentions are read where it keeps them, unit after unit; only
            // the units that name a hospital or may refer to one are visited (most name none).
            let found = readings.found(post: post)
            var next = found.startIndex
            var nextRead = 0
            var postMentions: [UnitMentions] = []
            while true {
                let foundUnit = next < found.endIndex ? Int(found[next].unit) : Int.max
                let readUnit = nextRead < work.read.count ? work.read[nextRead].unit : Int.max
                let unit = min(foundUnit, readUnit)
                guard unit < work.unitCount else { break }
                let first = next
                while next < found.endIndex, found[next].unit == unit { next += 1 }
                var references: [HospitalMention] = []
                if readUnit == unit {
                    references = work.read[nextRead].references.references(directory: directory)
                    nextRead += 1
                }
                guard first < next || !references.isEmpty else { continue }
                var resolved: [(tokens: Range<Int>, entity: Int)] = []
                resolved.reserveCapacity(next - first + references.count)
                func settle(_ mention: HospitalMention) {
                    let entity = directory.resolve(mention)
                    directory.record(mention, entity: entity, post: post)
                    resolved.append((mention.tokens, entity))
                }
                // The first reading's mentions stand in reading order already: only references
                // found since need sorting in (this runs in story order, on one core).
                if references.isEmpty {
                    for item in found[first..<next] { settle(item.mention) }
                } else {
                    for mention in (found[first..<next].map(\.mention) + references).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                        settle(mention)
                    }
                }
                entities.set(resolved, post: post, unit: unit)
                postMentions.append(UnitMentions(unit: unit, mentions: resolved))
            }
            resolved(post, work.prepared, postMentions)
        })
        return Resolution(directory: directory, entities: entities)
    }

    /// The hospitals with their names, and the resolved mentions to name each post's by;
    /// `postIDs` maps post indices to ids.
    static func finish(_ resolution: consuming Resolution, postIDs: [String]) -> Output {
        let finished = resolution.directory.hospitals(postIDs: postIDs)
        var canonical: [Int: String] = [:]
        for (entity, hospital) in finished { canonical[entity] = hospital.name }
        return Output(list: finished.map(\.hospital), mentions: HospitalMentions(entities: resolution.entities, names: canonical),
                      names: canonical)
    }
}
