/// The blog's people and reporters, gathered from every occurrence of every name, with the
/// lookups that resolve a lone first name or surname (`Patel`, `Dolin`) to a full name.
struct PersonDirectory: Sendable {
    private(set) var people: [String: Person] = [:]
    /// Full names in the order first met (oldest post first).
    private(set) var order: [String] = []
    private(set) var reporters: Set<String> = []
    private var byPart: [String: [String]] = [:]
    /// People whose only known role came from a title before their name.
    private(set) var titleRoles: Set<String> = []

    /// The directory the gathered evidence makes; `hospitalName` names a workplace's entity.
    init(_ gathering: PersonEvidenceGathering, hospitalName: (Int) -> String?) {
        for name in gathering.seen {
            guard let item = gathering.merged[name] else { continue }
            let describedAsSubject = item.age != nil || item.role != nil
            if item.isReporter, !(item.isReporterByTellsOnly && describedAsSubject) {
                reporters.insert(name)
            } else if item.isPerson {
                people[name] = Person(name: name, age: item.age, role: item.role, hospital: gathering.workplaces[name].flatMap(hospitalName))
                if item.roleIsTitle { titleRoles.insert(name) }
                order.append(name)
                for part in name.split(separator: " ") where part.count > 1 {
                    byPart[String(part), default: []].append(name)
                }
            }
        }
    }

    func isKnown(_ name: String) -> Bool { people[name] != nil || reporters.contains(name) }

    /// The full name a one-word reference means: the person with that first name or surname
    /// named most recently in the same post (`recent` maps names to when), else the only
    /// person in the blog with it.
    func resolve(part: String, preferring recent: [String: Int]) -> String? {
        let word = NameRuns.withoutPossessive(part)
        guard let candidates = byPart[word] else { return nil }
        if let local = candidates.filter({ recent[$0] != nil }).max(by: { recent[$0, default: 0] < recent[$1, default: 0] }) {
            return local
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Adds what an occurrence says of a person: an age, a workplace where none was known, and
    /// a role where none was known or the known one came only from a title.
    mutating func describe(_ name: String, age: Int?, role: String?, roleIsTitle: Bool, hospital: String?) {
        guard var person = people[name] else { return }
        person.age = person.age ?? age
        person.hospital = person.hospital ?? hospital
        if let role, person.role == nil || (titleRoles.contains(name) && !roleIsTitle) {
            person.role = role
            if roleIsTitle { titleRoles.insert(name) } else { titleRoles.remove(name) }
        }
        people[name] = person
    }

    /// Whether a person could still learn something from another occurrence.
    func wantsDetail(_ name: String) -> Bool {
        guard let person = people[name] else { return false }
        return person.age == nil || person.role == nil || person.hospital == nil || titleRoles.contains(name)
    }
}
