/// The hospital pass over a whole blog: names with their own evidence first, across every
/// post, so that references anywhere (`RUH`, `Kings`) can lean on names defined anywhere.
enum HospitalPass {
    /// A mention with the canonical name of the hospital it was resolved to.
    struct Resolved: Equatable {
        var mention: HospitalMention
        var name: String
    }

    struct Output {
        var list: [Hospital]
        /// Canonical names per post, in reading order.
        var postHospitals: [[String]]
        /// Resolved mentions per post, per text unit.
        var mentions: [[[Resolved]]]
    }

    /// - Parameters:
    ///   - units: per post, its title and paragraphs, tokenised.
    ///   - order: post indices oldest first.
    static func run(units: [[TokenizedParagraph]], order: [Int], postIDs: [String]) -> Output {
        var full = units.map { $0.map { _ in [HospitalMention]() } }
        var chronological: [HospitalMention] = []
        var initialisms: Set<String> = []
        var places: Set<String> = []
        for post in order {
            for (u, unit) in units[post].enumerated() {
                full[post][u] = HospitalRecognizer.fullNames(in: unit)
                chronological += full[post][u]
                places.formUnion(HospitalRecognizer.placeKeys(in: unit))
                for token in unit.tokens where token.isInitialism { initialisms.insert(String(token.text)) }
            }
        }
        var directory = HospitalDirectory(fullNames: chronological, initialismsUsed: initialisms, placeKeys: places)
        var entities = units.map { $0.map { _ in [(HospitalMention, Int)]() } }
        for post in order {
            for (u, unit) in units[post].enumerated() {
                let references = HospitalRecognizer.references(in: unit, directory: directory, excluding: full[post][u])
                for mention in (full[post][u] + references).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                    let entity = directory.resolve(mention)
                    directory.record(mention, entity: entity, post: post)
                    entities[post][u].append((mention, entity))
                }
            }
        }
        let finished = directory.hospitals(postIDs: postIDs)
        var names: [Int: String] = [:]
        for (entity, hospital) in finished { names[entity] = hospital.name }
        var mentions = units.map { $0.map { _ in [Resolved]() } }
        var postHospitals = units.map { _ in [String]() }
        for post in units.indices {
            var seen: Set<String> = []
            for u in units[post].indices {
                for (mention, entity) in entities[post][u] {
                    guard let name = names[entity] else { continue }
                    mentions[post][u].append(Resolved(mention: mention, name: name))
                    if seen.insert(name).inserted { postHospitals[post].append(name) }
                }
            }
        }
        return Output(list: finished.map(\.hospital), postHospitals: postHospitals, mentions: mentions)
    }
}
