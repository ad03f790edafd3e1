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

    /// Adds one occurrence's evidence: a name is a reporter when any occurrence names it as
    /// one (a `tells X` alone does not outweigh an age or role), and a person when any shows it.
    mutating func add(_ item: PersonEvidence, workplace: Int?) {
        let name = NameRuns.withoutPossessive(item.name)
        guard var current = merged[name] else {
            var first = item
            first.name = name
            merged[name] = first
            seen.append(name)
            if let workplace { workplaces[name] = workplace }
            return
        }
        current.isPerson = current.isPerson || item.isPerson
        if item.isReporter {
            current.isReporterByTellsOnly = current.isReporter ? current.isReporterByTellsOnly && item.isReporterByTellsOnly : item.isReporterByTellsOnly
            current.isReporter = true
        }
        current.age = current.age ?? item.age
        if current.role == nil || (current.roleIsTitle && !item.roleIsTitle && item.role != nil) {
            current.role = item.role
            current.roleIsTitle = item.roleIsTitle
        }
        if workplaces[name] == nil, let workplace { workplaces[name] = workplace }
        merged[name] = current
    }

    /// Adds the evidence of a post's candidates that no hospital mention overlaps.
    /// - Parameters:
    ///   - unitTexts: the texts of the post's text units, from which the names are taken.
    ///   - hospitals: each unit's resolved hospital mentions, in reading order.
    mutating func add(_ candidates: some Collection<PersonCandidate>, unitTexts: [Substring],
                      hospitals: [[(tokens: Range<Int>, entity: Int)]]) {
        var current: Int32 = -1
        var taken = TokenMask(count: 0, ranges: [])
        for candidate in candidates {
            let unit = Int(candidate.unit)
            guard unit < unitTexts.count, unit < hospitals.count else { continue }
            if candidate.unit != current {
                current = candidate.unit
                // Covering every mention is enough: no token past the last can be taken.
                taken = TokenMask(count: hospitals[unit].map(\.tokens.upperBound).max() ?? 0, ranges: hospitals[unit].map(\.tokens))
            }
            guard !taken.overlaps(candidate.run) else { continue }
            // The workplace is the first mention starting where the evidence points.
            let workplace = candidate.workplaceToken.flatMap { token in hospitals[unit].first { $0.tokens.lowerBound == token }?.entity }
            add(candidate.evidence(in: unitTexts[unit]), workplace: workplace)
        }
    }
}
