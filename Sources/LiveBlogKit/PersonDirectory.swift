/// The blog's people and reporters, gathered from every occurrence of every name, with the
/// lookups that resolve a lone first name or surname (`Patel`, `Dolin`) to a full name.
/// People are numbered in the order first met (oldest post first): the people pass reads a
/// name with one lookup and then works with the number.
struct PersonDirectory: Sendable {
    /// Who a written name is: a person, by number, or a reporter.
    enum Identity: Equatable, Sendable {
        case person(Int)
        case reporter
    }

    /// The people, in the order first met.
    private(set) var people: [Person] = []
    /// Who each full name is, and the people each first name or surname may mean: looked up
    /// by a run's bytes, for every name run of every post.
    private let identities: NameTable<Identity>
    private let byPart: NameTable<[Int]>
    /// Whether each person's only known role came from a title before their name.
    private var roleIsTitle: [Bool] = []
    /// The people each role names (`health secretary`), by the forms `the …` may take of it
    /// (`RolePhrases.forms`): an unnamed speaker described by a role only one person holds is
    /// that person.
    private var byRole: [String: [Int]] = [:]
    /// The one-word names the blog writes inside a sentence (`and Sunak stood up`), whose
    /// capital is their own where a sentence opens with them (`Sunak replied:`), person or not.
    let loneNames: Set<WordKey>

    /// The directory the gathered evidence makes; `hospitalName` names a workplace's entity.
    init(_ gathering: PersonEvidenceGathering, loneNames: Set<WordKey>, hospitalName: (Int) -> String?) {
        self.loneNames = loneNames
        var identities: [String: Identity] = [:]
        var byPart: [String: [Int]] = [:]
        // `Cortez Masto`, `Duncan Smith`: the end of one person's full name is that person.
        let fullNames = Self.fullNames(byEnding: gathering.seen.filter { gathering.merged[$0].map(Self.isPersonNotReporter) ?? false })
        var shortened: [(name: String, full: String)] = []
        for name in gathering.seen {
            guard let item = gathering.merged[name] else { continue }
            if Self.isReporter(item) {
                identities[name] = .reporter
            } else if Self.isPerson(item), let full = fullNames[name] {
                shortened.append((name, full))
            } else if Self.isPerson(item) {
                let number = people.count
                people.append(Person(name: name, age: item.age, role: item.role, hospital: gathering.workplaces[name].flatMap(hospitalName)))
                roleIsTitle.append(item.roleIsTitle)
                identities[name] = .person(number)
                for part in name.split(separator: " ") where part.count > 1 {
                    byPart[String(part), default: []].append(number)
                }
            }
        }
        for (ending, full) in fullNames where identities[ending] == nil {
            if case .person(let number)? = identities[full] { identities[ending] = .person(number) }
        }
        // A shortened name with evidence of its own is no other person: what it says is theirs.
        for (name, full) in shortened {
            guard case .person(let number)? = identities[full], let item = gathering.merged[name] else { continue }
            people[number].age = people[number].age ?? item.age
            if people[number].role == nil, let role = item.role {
                people[number].role = role
                roleIsTitle[number] = item.roleIsTitle
            }
        }
        for (number, person) in people.enumerated() {
            for form in RolePhrases.forms(of: person.role ?? "") { byRole[form, default: []].append(number) }
        }
        self.identities = NameTable(identities.map { ($0.key, $0.value) })
        self.byPart = NameTable(byPart.map { ($0.key, $0.value) })
    }

    /// Whether a name's evidence makes it a reporter's: any sign of one, unless every sign is a
    /// weak one (an interview, a report) and the name has an age or a role, as a subject
    /// described has.
    private static func isReporter(_ item: PersonEvidence) -> Bool {
        item.isReporter && !(item.isReporterOnWeakSignsOnly && (item.age != nil || item.role != nil))
    }

    /// Whether a name's evidence makes it a person's: some occurrence shows one, none shows a
    /// body's or a place's name, and it does not stand where a place's does when every sign is
    /// weak (`in Cedar Key` outweighs `Cedar Key will be back`).
    private static func isPerson(_ item: PersonEvidence) -> Bool {
        item.isPerson && !item.isBody && !(item.isPersonOnWeakSignsOnly && item.isNamedAsAPlace)
    }

    /// Whether a name's evidence makes it a person's, and not a reporter's.
    private static func isPersonNotReporter(_ item: PersonEvidence) -> Bool {
        isPerson(item) && !isReporter(item)
    }

    /// The full name each ending of two words or more of a person's name of three or more
    /// stands for (`Cortez Masto` → `Catherine Cortez Masto`), when only one name ends so.
    private static func fullNames(byEnding names: [String]) -> [String: String] {
        var owners: [String: String?] = [:]
        for name in names {
            let words = name.split(separator: " ")
            guard words.count >= 3 else { continue }
            for count in 2..<words.count {
                let ending = words.suffix(count).joined(separator: " ")
                // An ending two people's names share is neither's.
                owners[ending] = owners[ending] == nil ? name : String?.none
            }
        }
        return owners.compactMapValues { $0 }
    }

    /// Who the name run `run` of `unit` is, with their name as the directory holds it: the
    /// full name written there (without a possessive), or for a one-word run the person it
    /// means (`resolve(part:recency:)`). The run is read in place: most runs name no one, and
    /// need no string. Inlined: the closure then borrows the directory its caller holds,
    /// where a call copied the whole directory at every run.
    @inline(__always)
    func identity(of run: Range<Int>, in unit: TokenizedParagraph, recency: (Int) -> Int?) -> (name: String, identity: Identity)? {
        let found = unit.withBytes(of: run) { bytes -> (name: String, identity: Identity)? in
            let name = NameRuns.strippingPossessive(bytes)
            if let known = identities.entry(named: name) { return (known.name, known.value) }
            guard run.count == 1, let person = resolve(part: name, recency: recency) else { return nil }
            return (people[person].name, .person(person))
        }
        guard let found, case .person(let number) = found.identity else { return found }
        // `Mr. Biden said` is not `Jill Biden, the first lady`: asked only of one word.
        if run.count == 1, HonorificSex.contradicts(people[number].role, honorificBefore: run, in: unit) { return nil }
        // A shortened name (`Cortez Masto`) is its person's, under their full name.
        if found.name.utf8.count != people[number].name.utf8.count { return (people[number].name, found.identity) }
        return found
    }

    /// The person a one-word reference means: the one with that first name or surname named
    /// most recently in the same post (`recency` says when a person was last named there, if
    /// they were), else the only person in the blog with it. `part` is the word's UTF-8,
    /// without a possessive (`NameRuns.strippingPossessive`).
    func resolve(part: UnsafeBufferPointer<UInt8>, recency: (Int) -> Int?) -> Int? {
        guard let candidates = byPart.entry(named: part)?.value else { return nil }
        var latest: (person: Int, when: Int)?
        for person in candidates {
            if let when = recency(person), when > latest?.when ?? Int.min { latest = (person, when) }
        }
        if let latest { return latest.person }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Adds what an occurrence says of a person: an age, a workplace where none was known, and
    /// a role where none was known or the known one came only from a title.
    mutating func describe(_ number: Int, age: Int?, role: String?, roleIsTitle isTitle: Bool, hospital: String?) {
        people[number].age = people[number].age ?? age
        people[number].hospital = people[number].hospital ?? hospital
        if let role, people[number].role == nil || (roleIsTitle[number] && !isTitle) {
            people[number].role = role
            roleIsTitle[number] = isTitle
        }
    }

    /// The person a speaker described as `the health secretary` is: of those the post names,
    /// the only one with that role, else the only one in the blog — but not one whose role is
    /// that office of something (`president of Huntington Hospital`) when the post names someone
    /// else, who may be `the president`; with no one in either, the only one the post names
    /// whose role ends with it (`the minister`, after `Health minister Karin Smyth`).
    func person(describedAs description: String, among named: [Int]) -> Int? {
        guard !byRole.isEmpty, Self.opensWithThe(description) else { return nil }
        let office = description.dropFirst(4).lowercased()
        guard let holders = byRole[office] else {
            // An office written in small letters, a title its last word (not `the Royal College
            // of Emergency Medicine`, a body's name that a role may end with).
            guard !description.dropFirst(4).contains(where: \.isUppercase), let last = office.split(separator: " ").last,
                  Vocabulary.personTitles.contains(WordKey(last)) else { return nil }
            let here = Set(named.filter { people[$0].role.map { Self.role($0, endsWithOffice: office) } ?? false })
            return here.count == 1 ? here.first : nil
        }
        let here = holders.filter(named.contains)
        if here.count == 1 { return here[0] }
        guard here.isEmpty, holders.count == 1 else { return nil }
        return named.isEmpty || !isOffice(office, ofSomethingHeldBy: holders[0]) ? holders[0] : nil
    }

    /// Whether `person`'s role is `office` of something (`president of Huntington Hospital`),
    /// which `the president` alone names only where no one else may be meant.
    private func isOffice(_ office: String, ofSomethingHeldBy person: Int) -> Bool {
        let role = people[person].role?.lowercased() ?? ""
        return [" of ", " for ", " at "].contains { role.contains(office + $0) }
    }

    /// Whether a role ends with an office (`health minister` with `minister`) and is that
    /// office, not one beside it (`shadow health secretary`, `former minister`).
    private static func role(_ role: String, endsWithOffice office: String) -> Bool {
        let words = role.lowercased().split(separator: " ")
        let officeWords = office.split(separator: " ")
        guard words.count > officeWords.count, words.suffix(officeWords.count).elementsEqual(officeWords) else { return false }
        return !words.dropLast(officeWords.count).contains { otherOffices.contains(WordKey($0)) }
    }

    /// Words that make a role another office than the one it ends with.
    private static let otherOffices = WordSet(RolePhrases.whenHeldWords + ["ex", "shadow", "deputy", "assistant", "vice", "opposition"])

    /// Whether `description` is an office (`the prime minister`, `the health secretary`) that
    /// no one the blog names is known to hold (but of something, `president of Huntington
    /// Hospital`), and that `person` may: their role, if the blog gives one, is that office
    /// (`Chris Whitty`, England's chief medical officer, is no prime minister).
    func isUnheldOffice(_ description: String, mayBeHeldBy person: Int) -> Bool {
        guard Self.opensWithThe(description), let last = description.split(separator: " ").last,
              Self.offices.contains(WordKey(last.lowercased())) else { return false }
        let office = description.dropFirst(4).lowercased()
        guard byRole[office]?.allSatisfy({ isOffice(office, ofSomethingHeldBy: $0) }) ?? true else { return false }
        return people[person].role.map { $0.lowercased() == office || Self.role($0, endsWithOffice: office) } ?? true
    }

    /// Whether a speaker's description opens with `the` (`the prime minister`), as an office
    /// the blog's people may hold does. Told on its first byte first: most do not.
    static func opensWithThe(_ description: String) -> Bool {
        guard let first = description.utf8.first, first | 0x20 == UInt8(ascii: "t") else { return false }
        return description.utf8.starts(with: "the ".utf8) || description.utf8.starts(with: "The ".utf8)
    }

    /// The last words of offices a title's speaker may be called by (`the prime minister`).
    private static let offices: WordSet = ["president", "governor", "senator", "mayor", "chancellor", "minister", "secretary",
                                           "premier", "commissioner", "ambassador", "taoiseach", "king", "queen"]

    /// Whether a person could still learn something from another occurrence.
    func wantsDetail(_ number: Int) -> Bool {
        people[number].age == nil || people[number].role == nil || people[number].hospital == nil || roleIsTitle[number]
    }
}
