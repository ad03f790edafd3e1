/// Every occurrence's evidence of the blog's names, merged name by name as it comes, in
/// story order: what the person directory is made from. It is gathered while hospital
/// references are resolved, post by post, so the workplace an occurrence points to is held as
/// the hospital's entity until the hospitals have their names.
struct PersonEvidenceGathering {
    /// Each name's evidence merged so far, under its name without a possessive.
    private(set) var merged: [String: PersonEvidence] = [:]
    /// The first workplace each name's evidence points to.
    private(set) var workplaces: [String: Int] = [:]
    /// Names in the order first met.
    private(set) var seen: [String] = []

    /// One name run's evidence with its name as merged (without a possessive), made on any
    /// core; what `add(_:hospitals:)` weighs once the post's hospitals are resolved.
    struct Occurrence: Sendable {
        let unit: Int
        let run: Range<Int>
        let evidence: PersonEvidence

        /// The occurrence of a post's candidate, its name taken from the string its unit is a
        /// slice of (`unitString`); nil for a candidate of no unit.
        init?(_ candidate: borrowing PersonCandidate, unitString: (Int) -> String?) {
            guard let string = unitString(Int(candidate.unit)) else { return nil }
            unit = Int(candidate.unit)
            run = candidate.run
            evidence = candidate.evidence(in: string)
        }
    }

    /// Adds one occurrence's evidence, its name already without its possessive: a name is a
    /// reporter when any occurrence names it as one (a `tells X` alone does not outweigh an
    /// age or role), and a person when any shows it.
    private mutating func merge(_ item: PersonEvidence, workplace: Int?) {
        let name = item.name
        guard let index = merged.index(forKey: name) else {
            merged[name] = item
            seen.append(name)
            if let workplace { workplaces[name] = workplace }
            return
        }
        // Merged in place: one lookup of the name.
        merged.values[index].merge(item)
        if let workplace, workplaces[name] == nil { workplaces[name] = workplace }
    }

    /// Adds the evidence of a post's occurrences that no hospital mention overlaps.
    /// - Parameter hospitals: the resolved hospital mentions of each unit that has any, in
    ///   unit order, each unit's in reading order.
    mutating func add(_ occurrences: [Occurrence], hospitals: [HospitalPass.UnitMentions]) {
        var current = -1
        var mentions: [(tokens: Range<Int>, entity: Int)] = []
        var taken = TokenMask(count: 0, ranges: [])
        for occurrence in occurrences {
            let unit = occurrence.unit
            if unit != current {
                current = unit
                mentions = Self.mentions(ofUnit: unit, in: hospitals)
                // Covering every mention is enough: no token past the furthest can be taken.
                let end = mentions.reduce(0) { max($0, $1.tokens.upperBound) }
                taken = TokenMask(count: end, mentions, tokens: \.tokens)
            }
            guard !taken.overlaps(occurrence.run) else { continue }
            // The workplace is the first mention starting where the evidence points (a unit's
            // mentions stand in reading order).
            let workplace = occurrence.evidence.workplaceToken.flatMap { token in mentions.first(withKey: token) { $0.tokens.lowerBound }?.entity }
            merge(occurrence.evidence, workplace: workplace)
        }
    }

    /// A unit's mentions among those of the units that have any (in unit order).
    private static func mentions(ofUnit unit: Int, in hospitals: [HospitalPass.UnitMentions]) -> [(tokens: Range<Int>, entity: Int)] {
        hospitals.first(withKey: unit) { $0.unit }?.mentions ?? []
    }
}

extension PersonEvidence {
    /// Merges a later occurrence's evidence of the same name into this one.
    fileprivate mutating func merge(_ item: PersonEvidence) {
        if item.isPerson {
            isPersonOnWeakSignsOnly = isPerson ? isPersonOnWeakSignsOnly && item.isPersonOnWeakSignsOnly : item.isPersonOnWeakSignsOnly
            isPerson = true
        }
        isBody = isBody || item.isBody
        isNamedAsAPlace = isNamedAsAPlace || item.isNamedAsAPlace
        if item.isReporter { markReporter(weakly: item.isReporterOnWeakSignsOnly) }
        age = age ?? item.age
        if role == nil || (roleIsTitle && !item.roleIsTitle && item.role != nil) {
            role = item.role
            roleIsTitle = item.roleIsTitle
        }
    }
}
