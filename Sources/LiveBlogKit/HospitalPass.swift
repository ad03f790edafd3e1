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
        /// Resolved mentions per post, per text unit.
        var mentions: [[[Resolved]]]
    }

    /// - Parameter order: post indices, oldest first.
    static func run(texts: PostTexts, order: [Int], postIDs: [String]) -> Output {
        var full = (0..<texts.count).map { Array(repeating: [HospitalMention](), count: texts.unitCount($0)) }
        var chronological: [HospitalMention] = []
        var initialisms: Set<String> = []
        var places: Set<String> = []
        for post in order {
            for (u, unit) in texts.units(post).enumerated() {
                full[post][u] = HospitalRecognizer.fullNames(in: unit)
                chronological += full[post][u]
                places.formUnion(HospitalRecognizer.placeKeys(in: unit))
                for token in unit.tokens where token.isInitialism { initialisms.insert(String(token.text)) }
            }
        }
        var directory = HospitalDirectory(fullNames: chronological, initialismsUsed: initialisms, placeKeys: places)
        chronological = []
        var entities = (0..<texts.count).map { Array(repeating: [(tokens: Range<Int>, entity: Int)](), count: texts.unitCount($0)) }
        for post in order {
            for (u, unit) in texts.units(post).enumerated() {
                let references = HospitalRecognizer.references(in: unit, directory: directory, excluding: full[post][u])
                for mention in (full[post][u] + references).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                    let entity = directory.resolve(mention)
                    directory.record(mention, entity: entity, post: post)
                    entities[post][u].append((mention.tokens, entity))
                }
                full[post][u] = []
            }
        }
        let finished = directory.hospitals(postIDs: postIDs)
        var names: [Int: String] = [:]
        for (entity, hospital) in finished { names[entity] = hospital.name }
        var postHospitals = (0..<texts.count).map { _ in [String]() }
        let mentions = entities.enumerated().map { post, units in
            var seen: Set<String> = []
            return units.map { unit in
                unit.compactMap { tokens, entity -> Resolved? in
                    guard let name = names[entity] else { return nil }
                    if seen.insert(name).inserted { postHospitals[post].append(name) }
                    return Resolved(tokens: tokens, name: name)
                }
            }
        }
        return Output(list: finished.map(\.hospital), postHospitals: postHospitals, mentions: mentions)
    }
}
