/// The hospital pass over a whole blog: names with their own evidence first, across every
/// post, so that references anywhere (`RUH`, `Kings`) can lean on names defined anywhere.
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
    }

    /// - Parameter order: post indices, oldest first.
    /// - Parameter progress: hears the share of the pass done, from 0 to 1.
    static func run(texts: PostTexts, order: [Int], postIDs: [String], progress: @escaping (Double) -> Void = { _ in }) -> Output {
        var full = UnitTable<HospitalMention>(texts)
        // The directory needs each written name once, at its first (oldest) mention.
        var chronological: [HospitalMention] = []
        var collected: Set<String> = []
        var initialisms: Set<String> = []
        var places: Set<String> = []
        var parallel = OrderedParallelMap()
        parallel.progress = { progress(Double($0) / Double(max(1, order.count)) / 2) }
        parallel.forEach(order, work: { post in
            texts.units(post).map { unit in
                (found: HospitalRecognizer.fullNames(in: unit), places: HospitalRecognizer.placeKeys(in: unit),
                 initialisms: unit.tokens.indices.filter { unit.tokens[$0].isInitialism }.map { String(unit.text(of: $0)) })
            }
        }, consume: { post, units in
            for (u, unit) in units.enumerated() {
                full.set(unit.found, post: post, unit: u)
                chronological += unit.found.filter { collected.insert($0.key).inserted }
                places.formUnion(unit.places)
                initialisms.formUnion(unit.initialisms)
            }
        })
        var directory = HospitalDirectory(fullNames: chronological, initialismsUsed: initialisms, placeKeys: places)
        chronological = []
        var entities = UnitTable<(tokens: Range<Int>, entity: Int)>(texts)
        parallel.progress = { progress(0.5 + Double($0) / Double(max(1, order.count)) / 2) }
        parallel.forEach(order, work: texts.units, consume: { post, units in
            for (u, unit) in units.enumerated() {
                let found = Array(full[post, u])
                let references = HospitalRecognizer.references(in: unit, directory: directory, excluding: found)
                var resolved: [(tokens: Range<Int>, entity: Int)] = []
                for mention in (found + references).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                    let entity = directory.resolve(mention)
                    directory.record(mention, entity: entity, post: post)
                    resolved.append((mention.tokens, entity))
                }
                entities.set(resolved, post: post, unit: u)
            }
        })
        full = UnitTable(PostTexts(posts: []))  // released before the output tables are built
        let finished = directory.hospitals(postIDs: postIDs)
        var names: [Int: String] = [:]
        for (entity, hospital) in finished { names[entity] = hospital.name }
        var postHospitals = Array(repeating: [String](), count: texts.count)
        var mentions = UnitTable<Resolved>(texts)
        for post in 0..<texts.count {
            var seen: Set<String> = []
            for u in 0..<texts.unitCount(post) {
                let resolved = entities[post, u].compactMap { tokens, entity -> Resolved? in
                    guard let name = names[entity] else { return nil }
                    if seen.insert(name).inserted { postHospitals[post].append(name) }
                    return Resolved(tokens: tokens, name: name)
                }
                mentions.set(resolved, post: post, unit: u)
            }
        }
        return Output(list: finished.map(\.hospital), postHospitals: postHospitals, mentions: mentions)
    }
}
