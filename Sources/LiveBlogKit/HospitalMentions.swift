/// Every post's resolved hospital mentions, read a post at a time on any core: each unit's
/// mentions with the names of the hospitals they were resolved to, and the hospitals a post
/// names. The names are put to the mentions as a post is read rather than for every post at
/// once between the passes, when only one core would be at work.
struct HospitalMentions: Sendable {
    /// Each unit's mentions and the entities they were resolved to, in reading order.
    private let entities: UnitTable<(tokens: Range<Int>, entity: Int)>
    /// Each entity's canonical name; nil for an entity that names no hospital.
    private let names: [String?]

    init(entities: UnitTable<(tokens: Range<Int>, entity: Int)>, names: [Int: String]) {
        self.entities = entities
        var byEntity = [String?](repeating: nil, count: (names.keys.max() ?? -1) + 1)
        for (entity, name) in names { byEntity[entity] = name }
        self.names = byEntity
    }

    /// The mentions of a post's text unit, in reading order, each with its hospital's name.
    func resolved(post: Int, unit: Int) -> [HospitalPass.Resolved] {
        resolved(entities[post, unit])
    }

    /// The hospitals a post names, in the order first named.
    func hospitals(ofPost post: Int) -> [String] {
        // A post names a few hospitals: kept in order first named, with no set made.
        var named = FirstMet<String>()
        entities.forEachUnit(ofPost: post) { _, unitEntities in
            for (_, entity) in unitEntities {
                if let name = name(of: entity) { named.meet(name) }
            }
        }
        return named.elements
    }

    private func resolved(_ unitEntities: ArraySlice<(tokens: Range<Int>, entity: Int)>) -> [HospitalPass.Resolved] {
        unitEntities.compactMap { tokens, entity in name(of: entity).map { HospitalPass.Resolved(tokens: tokens, name: $0) } }
    }

    private func name(of entity: Int) -> String? {
        entity >= 0 && entity < names.count ? names[entity] : nil
    }
}
