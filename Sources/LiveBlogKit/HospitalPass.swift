/// The hospital pass over a whole blog: names with their own evidence first, across every
/// post, so that references anywhere (`RUH`, `Kings`) can lean on names defined anywhere.
/// The names come from the blog's first reading (`FirstReading`); `run` resolves the rest.
enum HospitalPass {
    /// Where a paragraph names a hospital, and the canonical name it was resolved to.
    struct Resolved: Equatable {
        var tokens: Range<Int>
        var name: String
    }

    struct Output {
        var list: [Hospital]
        /// Canonical names per post, in reading order.
        var postHospitals: [[String]]
        /// Resolved mentions per post and text unit.
        var mentions: UnitTable<Resolved>
        /// Each hospital entity's canonical name.
        var names: [Int: String]
    }

    /// What one text unit says before any other post is known: hospitals named with their
    /// own evidence, the places it puts things `in`, the initialisms it uses.
    struct UnitNames: Sendable {
        var found: [HospitalMention]
        var places: [String]
        var initialisms: [String]

        init(_ unit: TokenizedParagraph) {
            found = HospitalRecognizer.fullNames(in: unit)
            places = HospitalRecognizer.placeKeys(in: unit)
            initialisms = unit.tokens.indices.filter { unit.tokens[$0].isInitialism }.map { String(unit.text(of: $0)) }
        }
    }

    /// The first mention of each written full name, oldest post first: what the directory is
    /// built from.
    private static func firstMentions(in readings: FirstReading.Readings) -> [HospitalMention] {
        var collected: Set<String> = []
        var mentions: [HospitalMention] = []
        readings.forEachOldestFirst { _, slice, offset in
            for (_, mention) in slice.found(ofPost: offset) where collected.insert(mention.key).inserted { mentions.append(mention) }
        }
        return mentions
    }

    /// - Parameter readings: every post's first reading.
    /// - Parameter order: post indices, oldest first.
    /// - Parameter progress: hears the share of the pass done, from 0 to 1.
    /// - Parameter resolved: hears, post by post in story order, the post's text units and
    ///   each unit's mentions with the entities they were resolved to.
    static func run(texts: PostTexts, readings: FirstReading.Readings, order: [Int], postIDs: [String],
                    progress: @escaping (Double) -> Void = { _ in },
                    resolved: (_ post: Int, _ units: [TokenizedParagraph], _ mentions: [[(tokens: Range<Int>, entity: Int)]]) -> Void = { _, _, _ in })
        -> Output {
        var directory = HospitalDirectory(fullNames: firstMentions(in: readings), initialismsUsed: readings.initialisms, placeKeys: readings.places)
        var entities = UnitTable<(tokens: Range<Int>, entity: Int)>(texts)
        // Candidates are read on every core against the directory as the pass begins; the
        // story-order consumer settles them against the directory as it grows.
        let known = directory
        var parallel = OrderedParallelMap()
        parallel.progress = { progress(Double($0) / Double(max(1, order.count))) }
        parallel.forEach(order, work: { post in
            let units = texts.units(post)
            let found = units.indices.map { readings.found(post: post, unit: $0) }
            return (units: units, found: found, candidates: units.indices.map { u in
                HospitalRecognizer.referenceCandidates(in: units[u], known: known, excluding: found[u])
            })
        }, consume: { post, read in
            var postMentions: [[(tokens: Range<Int>, entity: Int)]] = []
            postMentions.reserveCapacity(read.units.count)
            for (u, unit) in read.units.enumerated() {
                var references = read.candidates[u].candidates.compactMap { HospitalRecognizer.reference($0, in: unit, directory: directory) }
                // A run the directory could not match when the pass began is read again only
                // when a workplace added since may be its name.
                for (run, word) in read.candidates[u].unknown where directory.mayHaveAdded(word) {
                    let tokens = Int(run.lowerBound)..<Int(run.upperBound)
                    if let candidate = HospitalRecognizer.referenceCandidate(tokens, in: unit, placeKeys: directory.placeKeys),
                       let mention = HospitalRecognizer.reference(candidate, in: unit, directory: directory) {
                        references.append(mention)
                    }
                }
                var resolved: [(tokens: Range<Int>, entity: Int)] = []
                for mention in (read.found[u] + references).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                    let entity = directory.resolve(mention)
                    directory.record(mention, entity: entity, post: post)
                    resolved.append((mention.tokens, entity))
                }
                entities.set(resolved, post: post, unit: u)
                postMentions.append(resolved)
            }
            resolved(post, read.units, postMentions)
        })
        let finished = directory.hospitals(postIDs: postIDs)
        var canonical: [Int: String] = [:]
        for (entity, hospital) in finished { canonical[entity] = hospital.name }
        var postHospitals = Array(repeating: [String](), count: texts.count)
        var mentions = UnitTable<Resolved>(texts)
        for post in 0..<texts.count {
            var seen: Set<String> = []
            for u in 0..<texts.unitCount(post) {
                let resolved = entities[post, u].compactMap { tokens, entity -> Resolved? in
                    guard let name = canonical[entity] else { return nil }
                    if seen.insert(name).inserted { postHospitals[post].append(name) }
                    return Resolved(tokens: tokens, name: name)
                }
                mentions.set(resolved, post: post, unit: u)
            }
        }
        return Output(list: finished.map(\.hospital), postHospitals: postHospitals, mentions: mentions, names: canonical)
    }
}
