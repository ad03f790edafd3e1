/// The hospital pass over a whole blog: names with their own evidence first, across every
/// post, so that references anywhere (`RUH`, `Kings`) can lean on names defined anywhere.
/// The first half is read in the blog's first reading (`HospitalNames`); `run` does the rest.
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

    /// - Parameter names: the first reading's names of every post, gathered oldest first; its
    ///   table of full names is let go once used.
    /// - Parameter order: post indices, oldest first.
    /// - Parameter progress: hears the share of the pass done, from 0 to 1.
    static func run(texts: PostTexts, names: inout HospitalNames, order: [Int], postIDs: [String],
                    progress: @escaping (Double) -> Void = { _ in }) -> Output {
        var directory = HospitalDirectory(fullNames: names.takeChronological(), initialismsUsed: names.initialisms, placeKeys: names.places)
        var entities = UnitTable<(tokens: Range<Int>, entity: Int)>(texts)
        do {
            let full = names.full
            names.releaseFullNames()
            let known = directory
            var parallel = OrderedParallelMap()
            parallel.progress = { progress(Double($0) / Double(max(1, order.count))) }
            parallel.forEach(order, work: { post in
                let units = texts.units(post)
                return (units: units, candidates: units.indices.map { u in
                    HospitalRecognizer.referenceCandidates(in: units[u], known: known, excluding: full[post, u])
                })
            }, consume: { post, read in
                for (u, unit) in read.units.enumerated() {
                    let references = read.candidates[u].compactMap { HospitalRecognizer.reference($0, in: unit, directory: directory) }
                    var resolved: [(tokens: Range<Int>, entity: Int)] = []
                    for mention in (full[post, u] + references).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                        let entity = directory.resolve(mention)
                        directory.record(mention, entity: entity, post: post)
                        resolved.append((mention.tokens, entity))
                    }
                    entities.set(resolved, post: post, unit: u)
                }
            })
        }  // the full names are let go before the output tables are built
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
        return Output(list: finished.map(\.hospital), postHospitals: postHospitals, mentions: mentions)
    }
}

/// The hospital names of every post's first reading, gathered oldest post first: the
/// full-name mentions of every text unit, each written name once at its first mention (what
/// the directory is built from), and the initialisms and places the blog uses.
struct HospitalNames {
    private(set) var full: UnitTable<HospitalMention>
    private(set) var chronological: [HospitalMention] = []
    private(set) var initialisms: Set<String> = []
    private(set) var places: Set<String> = []
    private var collected: Set<String> = []

    init(_ texts: PostTexts) {
        full = UnitTable(texts)
    }

    /// Lets the full-name table go once references are resolved.
    mutating func releaseFullNames() {
        full = UnitTable(PostTexts(posts: []))
    }

    /// The first mention of each written name, oldest first, handed over once.
    mutating func takeChronological() -> [HospitalMention] {
        defer { chronological = [] }
        return chronological
    }

    /// Takes one post's units; posts come oldest first.
    mutating func add(_ units: [HospitalPass.UnitNames], post: Int) {
        for (u, unit) in units.enumerated() {
            full.set(unit.found, post: post, unit: u)
            chronological += unit.found.filter { collected.insert($0.key).inserted }
            places.formUnion(unit.places)
            initialisms.formUnion(unit.initialisms)
        }
    }
}
