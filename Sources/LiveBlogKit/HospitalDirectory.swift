/// The blog's hospitals while they are being gathered: one entry per real hospital, found by
/// its normal-form name, initialism or distinctive opening words (`Kings`, `Royal Liverpool`),
/// collecting every mention.
struct HospitalDirectory: Sendable {
    /// One way a hospital was written, and how often.
    struct Spelling {
        /// The strongest way it was recognised.
        var kind: HospitalMention.Kind
        var key: String
        var count: Int
        /// When it was first met (oldest post first).
        var first: Int

        /// Counts one more mention so written, recognised as `kind`.
        mutating func add(_ kind: HospitalMention.Kind) {
            count += 1
            self.kind = min(self.kind, kind)
        }
    }

    /// One hospital being gathered: counts, not every mention, so memory follows the number of
    /// distinct spellings rather than the length of the blog.
    struct Entry {
        /// Normal-form names that lead here.
        private(set) var keys: Set<String>
        /// The most words any of `keys` has: asked of every reference that matches one.
        private(set) var wordCount = 0
        var spellings: [String: Spelling] = [:]
        var locations: [String: Int] = [:]
        /// Keys that describe it by its town (`asheville hospital`): never its name shown.
        var townKeys: Set<String> = []
        /// Indices of the posts that mention it.
        var posts: [Int] = []

        init(keys: Set<String>) {
            self.keys = []
            for key in keys { insert(key) }
        }

        mutating func insert(_ key: String) {
            keys.insert(key)
            wordCount = max(wordCount, key.split(separator: " ").count)
        }
    }

    private(set) var entries: [Entry] = []
    private var sequence = 0
    private(set) var byKey: [String: Int] = [:]
    private var byInitialism: [String: Int] = [:]
    private(set) var byOpening: [String: Int] = [:]
    /// The hospital whose names a word may stand for alone (`standaloneWords`, for
    /// `shortTwin`), kept as names are registered; -1 where it is several's.
    private(set) var oneWordOpenings: [String: Int] = [:]
    /// The `WordKey` of the first word of every name, initialism and opening the directory
    /// was built with.
    private var knownWords: WordSet = []
    /// Places the blog puts things `in`: not hospitals when met as workplaces.
    let placeKeys: Set<String>
    /// Keys added while mentions are resolved, and a bit for each one's `WordKey`, so that
    /// asking whether a word was added rarely hashes a string.
    private var addedKeys: Set<String> = []
    private var addedBits: UInt64 = 0
    /// The names' `clippedForm`s, to the hospital each is of (-1 where several's): made when a
    /// name the directory lacks is first met, as few are.
    var clippedForms: [String: Int]?

    /// Builds entries from full-name mentions in chronological order (the first of each name
    /// is enough), merging names that are
    /// the same hospital: equal normal forms, or near variants (`Royal United` / `Royal
    /// University`) that share an initialism the blog itself uses.
    /// `definitions` are initialisms the blog defines in brackets after a full name: each
    /// stands for that name's hospital, unless an earlier one of the same letters does.
    init(fullNames: [HospitalMention], initialismsUsed: Set<String>, placeKeys: Set<String>, definitions: [InitialismDefinition] = []) {
        self.placeKeys = placeKeys
        // `GTB Hospital`, an initialism and the word: the hospital the initialism stands for,
        // once every name and definition is known (`Guru Teg Bahadur (GTB) Hospital`).
        var initialismNames: [(mention: HospitalMention, initialism: String)] = []
        // `initialledForms` of the names met, to the hospital each stands for.
        var initialled: [String: Int] = [:]
        // `Asheville hospital`, a town the blog puts things in and a lowercase keyword: the one
        // hospital the blog names in that town, once every name is known, if every other is
        // placed elsewhere.
        var townsHospitals: [HospitalMention] = []
        let namesOfPlaces = Self.namesOfPlaces(in: fullNames)
        for mention in fullNames where byKey[mention.key] == nil {
            if let initialism = Self.loneInitialism(of: mention.surface) {
                initialismNames.append((mention, initialism))
                continue
            }
            if Self.isTownsHospital(mention, placeKeys: placeKeys) {
                townsHospitals.append(mention)
                continue
            }
            // Each written name is worked out once: every key it answers to is registered below.
            let keys = HospitalName.keys(for: mention.surface)
            let initialisms = Self.initialisms(of: mention)
            let entity: Int
            let forms = Self.initialledForms(of: mention.key)
            let known = keys.compactMap { [byKey] key in byKey[key] }.first ?? famousTwin(of: mention)
                ?? initialled[mention.key] ?? forms.lazy.compactMap { [byKey] in byKey[$0] }.first
                ?? placeTwin(of: mention.key, among: namesOfPlaces)
            if let known {
                entity = known
            } else if let twin = initialisms.filter(initialismsUsed.contains).compactMap({ byInitialism[$0] }).first,
                      entries[twin].keys.contains(where: { HospitalName.areNearVariants($0, mention.key) }) {
                entity = twin
            } else {
                entity = entries.count
                entries.append(Entry(keys: []))
            }
            for key in keys where byKey[key] == nil { register(key, for: entity) }
            for form in forms where initialled[form] == nil { initialled[form] = entity }
            for initialism in initialisms where byInitialism[initialism] == nil { byInitialism[initialism] = entity }
        }
        for definition in definitions where byInitialism[definition.initialism] == nil {
            if let entity = byKey[definition.key] { byInitialism[definition.initialism] = entity }
        }
        for (mention, initialism) in initialismNames where byKey[mention.key] == nil {
            // `GTB Hospital` for `Guru Teg Bahadur Hospital`, whose initials (`GTBH`) take in
            // the keyword the initialism is written with.
            let keywordInitial = mention.surface.split(separator: " ").last?.first.map { String($0).uppercased() } ?? ""
            let entity = byInitialism[initialism] ?? byInitialism[initialism + keywordInitial] ?? entries.count
            if entity == entries.count { entries.append(Entry(keys: [])) }
            for key in HospitalName.keys(for: mention.surface) where byKey[key] == nil { register(key, for: entity) }
        }
        let (towns, unplaced) = hospitalsByTown(in: fullNames, towns: Set(townsHospitals.map(Self.town)))
        for mention in townsHospitals where byKey[mention.key] == nil {
            let inTown = towns[Self.town(of: mention)] ?? []
            let entity = inTown.count == 1 && unplaced.isSubset(of: inTown) ? inTown.first ?? entries.count : entries.count
            if entity == entries.count { entries.append(Entry(keys: [])) } else { entries[entity].townKeys.insert(mention.key) }
            for key in HospitalName.keys(for: mention.surface) where byKey[key] == nil { register(key, for: entity) }
        }
        var openingCounts: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for opening in Set(entry.keys.compactMap { Self.distinctiveOpening(of: $0) }) {
                openingCounts[opening, default: 0] += 1
                byOpening[opening] = index
            }
        }
        for (word, count) in openingCounts where count > 1 || byKey[word] != nil { byOpening[word] = nil }
        // Keys are normal forms already, and an initialism's normal form is itself lowercased.
        knownWords = WordSet(keys: [byKey.keys, byInitialism.keys, byOpening.keys].joined().map { WordKey($0.prefix { $0 != " " }) })
    }

    /// Files `key` as a name of the hospital `entity`.
    private mutating func register(_ key: String, for entity: Int) {
        byKey[key] = entity
        entries[entity].insert(key)
        for word in standaloneWords(of: key) {
            Self.file(word, for: entity, in: &oneWordOpenings)
        }
    }

    /// False when no reference the run could make is to a hospital of the directory as it
    /// was built (true says only that one may be): its first word starts none of the
    /// directory's names, initialisms and openings, and it is no workplace.
    func mayMatch(_ run: ReferenceRun) -> Bool {
        run.mayBeWorkplace || knownWords.contains(run.word)
    }

    /// The initials of the name with its keyword, and of the name cut at its keyword when a
    /// `for …` follows: `Great Ormond Street Hospital for Children` → `GOSHC`, `GOSH`.
    private static func initialisms(of mention: HospitalMention) -> [String] {
        let words = mention.surface.split(separator: " ")
        guard let keyword = words.firstIndex(where: { Vocabulary.hospitalNameEnds.contains($0.lowercased()) }) else {
            return [HospitalName.initialism(of: mention.surface + " Hospital")]
        }
        let full = HospitalName.initialism(of: mention.surface)
        let cut = HospitalName.initialism(of: words[...keyword].joined(separator: " "))
        return cut == full ? [full] : [full, cut]
    }

    /// `kings` for `kings college`, `royal liverpool` for `royal liverpool university`: a longer
    /// name's opening words, up to the first that is not one many names start with (`royal`,
    /// `st`, `queen`…), when they are not the whole name.
    static func distinctiveOpening(of key: String) -> String? {
        let words = key.split(separator: " ")
        guard let distinctive = words.firstIndex(where: { !Vocabulary.nonDistinctiveFirstWords.contains(String($0)) }),
              distinctive + 1 < words.count, words[distinctive].count >= 3 else { return nil }
        return words[...distinctive].joined(separator: " ")
    }

    func entity(forKey key: String) -> Int? { byKey[key] }

    /// Whether resolving mentions added `key` (whose `WordKey` is `word`) since the directory was built.
    func wasAdded(_ key: String, word: WordKey) -> Bool {
        mayHaveAdded(word) && addedKeys.contains(key)
    }

    /// False when no key with `WordKey` `word` was added since the directory was built (true
    /// says only that one may have been).
    func mayHaveAdded(_ word: WordKey) -> Bool {
        addedBits & Self.bit(word) != 0
    }

    private static func bit(_ word: WordKey) -> UInt64 { 1 << (word.value & 63) }
    func entity(forInitialism initialism: String) -> Int? { byInitialism[initialism] }
    func entity(forOpening opening: String) -> Int? { byOpening[opening] }

    func wordCount(of entity: Int) -> Int {
        entries[entity].wordCount
    }

    /// Which entry a mention belongs to, adding an entry for a new workplace name.
    mutating func resolve(_ mention: HospitalMention) -> Int {
        switch mention.kind {
        case .initialism:
            return byInitialism[mention.key] ?? add(mention.key)
        case .shortName:
            return byKey[mention.key] ?? byOpening[mention.key] ?? openingTwin(of: mention.key) ?? clippedTwin(of: mention.key)
                ?? add(mention.key)
        case .workplace:
            return byKey[mention.key] ?? openingTwin(of: mention.key) ?? clippedTwin(of: mention.key) ?? add(mention.key)
        case .fullName, .wellKnown:
            return byKey[mention.key] ?? add(mention.key)
        }
    }

    private mutating func add(_ key: String) -> Int {
        addedKeys.insert(key)
        addedBits |= Self.bit(WordKey(key))
        byKey[key] = entries.count
        entries.append(Entry(keys: [key]))
        return entries.count - 1
    }

    mutating func record(_ mention: HospitalMention, entity: Int, post: Int) {
        recordSpelling(mention, entity: entity)
        if entries[entity].posts.last != post { entries[entity].posts.append(post) }
    }

    /// Records how a mention spells its hospital, and where it says it is, in no post (the
    /// blog's header): a hospital only the header names is listed for no post.
    mutating func recordSpelling(_ mention: HospitalMention, entity: Int) {
        sequence += 1
        let first = sequence
        // Updated in place: one lookup of the spelling, not one to read it and one to write it.
        entries[entity].spellings[mention.surface, default: Spelling(kind: mention.kind, key: mention.key, count: 0, first: first)]
            .add(mention.kind)
        if let location = mention.location { entries[entity].locations[location, default: 0] += 1 }
    }

    /// The canonical display name: of the spellings written with the keyword (or, failing
    /// that, any full spelling), the most used name; among its spellings the one with
    /// apostrophes (dropping them is the usual slip); ties go to a name written with its
    /// keyword's capital, as a proper name is (`Tampa General Hospital`, not a title's `Tampa
    /// hospital`), then to the first written.
    static func canonicalName(of entry: Entry) -> String {
        let all = entry.spellings.filter { !entry.townKeys.contains($0.value.key) }.map { (surface: $0.key, spelling: $0.value) }
            .sorted { $0.spelling.first < $1.spelling.first }
        let named = all.filter { $0.spelling.kind <= .workplace }
        let candidates = named.isEmpty ? all : named
        let withKeyword = candidates.filter { candidate in
            candidate.surface.lowercased().split(separator: " ").contains { Vocabulary.hospitalNameEnds.contains(String($0)) }
        }
        // `GTB Hospital`, however often the blog writes it, is shown by the name it stands for.
        let spelledOut = withKeyword.filter { loneInitialism(of: $0.surface) == nil }
        let pool = !spelledOut.isEmpty ? spelledOut : withKeyword.isEmpty ? candidates : withKeyword
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var capitalised: Set<String> = []
        for candidate in pool {
            counts[candidate.spelling.key, default: 0] += candidate.spelling.count
            firstSeen[candidate.spelling.key] = min(firstSeen[candidate.spelling.key] ?? .max, candidate.spelling.first)
            if candidate.surface.split(separator: " ").contains(where: { $0.first?.isUppercase == true && Vocabulary.hospitalNameEnds.contains(WordKey($0)) }) {
                capitalised.insert(candidate.spelling.key)
            }
        }
        guard let best = counts.keys.max(by: { lhs, rhs in
            if counts[lhs, default: 0] != counts[rhs, default: 0] { return counts[lhs, default: 0] < counts[rhs, default: 0] }
            if capitalised.contains(lhs) != capitalised.contains(rhs) { return capitalised.contains(rhs) }
            return firstSeen[lhs, default: 0] > firstSeen[rhs, default: 0]
        }) else { return entry.keys.sorted().first ?? "" }
        let spellings = pool.filter { $0.spelling.key == best }.map(\.surface)
        let spelling = spellings.first { $0.contains("’") } ?? spellings.first { $0.contains("'") } ?? spellings.first ?? best
        return HospitalName.display(spelling)
    }

    /// The finished hospitals, most-mentioned first; `postIDs` maps post indices to ids.
    func hospitals(postIDs: [String]) -> [(entity: Int, hospital: Hospital)] {
        var result: [(Int, Hospital)] = []
        for (index, entry) in entries.enumerated() where !entry.posts.isEmpty {
            let ordered = entry.spellings.sorted { $0.value.first < $1.value.first }
            let aliases = ordered.filter { $0.value.kind != .initialism }.map(\.key)
            let initialisms = ordered.filter { $0.value.kind == .initialism }.map(\.key)
            let location = entry.locations.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            let posts = entry.posts.sorted().map { postIDs[$0] }
            result.append((index, Hospital(name: Self.canonicalName(of: entry), location: location, aliases: aliases, initialisms: initialisms, posts: posts)))
        }
        return result.sorted { $0.1.posts.count != $1.1.posts.count ? $0.1.posts.count > $1.1.posts.count : $0.1.name < $1.1.name }
    }
}
