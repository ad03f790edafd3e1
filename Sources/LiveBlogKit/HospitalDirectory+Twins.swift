/// The names one hospital goes by that no key of it equals: a famous short name and its full
/// name, a one-word name and a longer one it opens (or whose namesake's surname it is), a
/// name's initialled form and its initialism with the keyword (`GTB Hospital`), a name's
/// opening words alone (`Beth Israel` of `Beth Israel Deaconess Medical Center`), and its
/// words clipped (`Mass General`).
extension HospitalDirectory {
    /// The entry of a famous short name and a full name that opens with it, general words
    /// alone after (`Alder Hey` and `Alder Hey Children's Hospital`), whichever came first: one
    /// hospital. Not `Guy’s` and `Guy’s and St Thomas’ NHS Foundation Trust`.
    func famousTwin(of mention: HospitalMention) -> Int? {
        func general<Words: Collection>(_ words: Words) -> Bool where Words.Element == Substring {
            words.allSatisfy { Vocabulary.genericHospitalWords.contains(String($0)) }
        }
        switch mention.kind {
        case .wellKnown:
            let opening = mention.key + " "
            return entries.indices.first { entity in
                entries[entity].keys.contains { $0.hasPrefix(opening) && general($0.dropFirst(opening.count).split(separator: " ")) }
            }
        case .fullName:
            let words = mention.key.split(separator: " ")
            var count = words.count - 1
            while count >= 1, general(words[count...]) {
                let opening = words[..<count].joined(separator: " ")
                if WellKnownHospitals.keys[opening] != nil, let entity = byKey[opening] { return entity }
                count -= 1
            }
            return shortTwin(of: mention.key) ?? longTwin(of: mention.key)
        default:
            return nil
        }
    }

    /// `Okhmatdyt hospital` and `Okhmatdyt National Children's Specialized Hospital`, `Gemelli
    /// hospital` and `Agostino Gemelli University Polyclinic`: a name of one distinctive word
    /// (its keyword dropped) that one longer name alone may be written as is that hospital.
    /// Not the name of a town the blog puts things `in` (`Kyiv hospital` may be any of the
    /// town's).
    private func shortTwin(of key: String) -> Int? {
        guard !key.contains(" "), key.count >= 3, !Vocabulary.genericHospitalWords.contains(key),
              !Vocabulary.nonDistinctiveFirstWords.contains(WordKey(key)), !placeKeys.contains(key) else { return nil }
        // Looked up, not read from every name: a blog may name thousands.
        guard let entity = oneWordOpenings[key], entity >= 0 else { return nil }
        return entity
    }

    /// The words a name may be written as alone (with its keyword): its distinctive opening of
    /// one word (`okhmatdyt`), and the surname of the one it is named after, its second word
    /// after a distinctive first (`gemelli` of `agostino gemelli university polyclinic`, `sheba`
    /// of `chaim sheba medical center`).
    func standaloneWords(of key: String) -> [String] {
        var words: [String] = []
        if let opening = Self.distinctiveOpening(of: key), !opening.contains(" ") { words.append(opening) }
        let parts = key.split(separator: " ", maxSplits: 3)
        if parts.count >= 3, parts[0].count >= 3, parts[1].count >= 4, !placeKeys.contains(String(parts[0])),
           [parts[0], parts[1]].allSatisfy({ !Vocabulary.nonDistinctiveFirstWords.contains(String($0)) }),
           !Vocabulary.genericHospitalWords.contains(String(parts[1])), !Vocabulary.hospitalNameEnds.contains(String(parts[1])) {
            words.append(String(parts[1]))
        }
        return words
    }

    /// `shortTwin` the other way: a longer name (`Soroka Medical Center`) whose distinctive
    /// opening is the one word of a name met before (`Soroka Hospital`).
    private func longTwin(of key: String) -> Int? {
        guard let opening = Self.distinctiveOpening(of: key), !opening.contains(" "), !placeKeys.contains(opening),
              let entity = byKey[opening], entries[entity].keys.allSatisfy({ !$0.contains(" ") }) else { return nil }
        return entity
    }

    /// The initialism a name written `surface` is made of with its keyword alone (`GTB` of `GTB
    /// Hospital`): the twin of the name its letters stand for (`Guru Teg Bahadur Hospital`).
    static func loneInitialism(of surface: String) -> String? {
        let words = surface.split(separator: " ")
        guard words.count == 2, let keyword = words.last, Vocabulary.hospitalKeywords.contains(keyword.lowercased()), let letters = words.first,
              (2...6).contains(letters.count), letters.unicodeScalars.allSatisfy({ $0.value &- 0x41 < 26 }) else { return nil }
        return String(letters)
    }

    /// A name's forms with its opening words (two or more, `of`, `and`, `the` passed over) cut
    /// to their initials, the rest as written: `uc medical center` for `university of cincinnati
    /// medical center`. A name that opens with such initials (`UC Medical Center`) is the
    /// hospital of the name it stands for, whichever came first: looked up, not compared with
    /// every name (a blog may name thousands).
    static func initialledForms(of key: String) -> [String] {
        let words = key.split(separator: " ")
        guard words.count >= 3 else { return [] }
        var forms: [String] = []
        // The initials grow a word at a time, and past five letters no cut is made: a name of
        // thousands of words (a hostile line's) is not cut at each.
        var initials = ""
        for cut in 1..<words.count {
            let word = words[cut - 1]
            if !["of", "and", "the"].contains(word), let first = word.first { initials.append(first) }
            guard initials.count <= 5 else { break }
            guard cut >= 2, initials.count >= 2 else { continue }
            forms.append(([initials[...]] + words[cut...]).joined(separator: " "))
        }
        return forms
    }

    /// `a surgeon at Beth Israel` for `Beth Israel Deaconess Medical Center`: a name of two
    /// words or more that opens one name the directory was built with, the name's distinctive
    /// opening being its alone, is that hospital. Not a place the blog puts things `in` (`in
    /// Los Angeles`, with `Los Angeles General Medical Center` named).
    func openingTwin(of key: String) -> Int? {
        let words = key.split(separator: " ")
        guard words.count >= 2, let distinctive = words.firstIndex(where: { !Vocabulary.nonDistinctiveFirstWords.contains(String($0)) }),
              distinctive + 1 < words.count, let entity = byOpening[words[...distinctive].joined(separator: " ")],
              !placeKeys.contains(key) else { return nil }
        let opening = key + " "
        return entries[entity].keys.contains { $0.hasPrefix(opening) } ? entity : nil
    }

    /// `a surgeon at Mass General` for `Massachusetts General Hospital`, `the Royal Vic` for
    /// `Royal Victoria Hospital`: a name of two words or more, each the same word as the
    /// longer name's in its place or its clipped start (three letters or more), is that
    /// hospital, if it is one hospital's alone.
    mutating func clippedTwin(of key: String) -> Int? {
        guard let form = Self.clippedForm(of: key) else { return nil }
        if clippedForms == nil {
            var forms: [String: Int] = [:]
            for (entity, entry) in entries.enumerated() {
                for name in entry.keys {
                    guard let form = Self.clippedForm(of: name) else { continue }
                    Self.file(form, for: entity, in: &forms)
                }
            }
            clippedForms = forms
        }
        guard let entity = clippedForms?[form], entity >= 0 else { return nil }
        let words = key.split(separator: " ")
        let clips = { (name: String) -> Bool in
            let full = name.split(separator: " ")
            return full.count == words.count && zip(words, full).allSatisfy { $0 == $1 || $0.count >= 3 && $1.hasPrefix($0) }
                && zip(words, full).contains { $0 != $1 }
        }
        return entries[entity].keys.contains(where: clips) ? entity : nil
    }

    /// Files `key` as a way of writing hospital `entity` in a table of the ways that stand for
    /// one hospital alone: -1 once it stands for two.
    static func file(_ key: String, for entity: Int, in table: inout [String: Int]) {
        table[key] = table[key].map { $0 == entity ? entity : -1 } ?? entity
    }

    /// A name's words cut to their first three letters (`mas gen` of `massachusetts general`
    /// and of `mass general`), for a name of two words or more; nil for one word.
    private static func clippedForm(of key: String) -> String? {
        let words = key.split(separator: " ")
        guard words.count >= 2 else { return nil }
        return words.map { $0.prefix(3) }.joined(separator: " ")
    }

    /// `University Medical Center` and `University Medical Center of Southern Nevada`,
    /// `University Hospital` and `University Hospital of Wales`: the short names of the
    /// blog's names of a place (`X of Y`, X two words or more ending in a keyword), each to the
    /// one name it stands for, or to "" where it opens several (`Royal Infirmary of Edinburgh`
    /// and `Royal Infirmary of Glasgow`: the short name may be either).
    static func namesOfPlaces(in names: [HospitalMention]) -> [String: String] {
        var longNames: [String: String] = [:]
        for name in names {
            guard let short = shortForm(ofPlaceName: name.key), longNames[short] != name.key else { continue }
            longNames[short] = longNames[short] == nil ? name.key : ""
        }
        return longNames
    }

    /// The key of a name of a place cut before its `of` (`university medical` for `university
    /// medical center of southern nevada`), or nil for any other key.
    private static func shortForm(ofPlaceName key: String) -> String? {
        // Most keys hold no ` of `: told on their bytes before any string is cut.
        guard key.utf8.count >= 12, let of = key.firstRange(of: " of ") else { return nil }
        let words = key[..<of.lowerBound].split(separator: " ")
        guard words.count >= 2, let last = words.last, Vocabulary.hospitalNameEnds.contains(WordKey(last)),
              key[of.upperBound...].contains(where: \.isLetter) else { return nil }
        return HospitalName.normalize(key[..<of.lowerBound])
    }

    /// The hospital met so far that a name of a place and its short name (`namesOfPlaces`) both
    /// are, whichever came first.
    func placeTwin(of key: String, among longNames: [String: String]) -> Int? {
        if let long = longNames[key], !long.isEmpty { return byKey[long] }
        guard let short = Self.shortForm(ofPlaceName: key), longNames[short] == key else { return nil }
        return byKey[short]
    }

    /// Whether a name is a town the blog puts things `in` and a lowercase keyword (`Asheville
    /// hospital`): a description of the town's hospital, as much as a name of one.
    static func isTownsHospital(_ mention: HospitalMention, placeKeys: Set<String>) -> Bool {
        let words = mention.surface.split(separator: " ")
        guard words.count == 2, let keyword = words.last, keyword.first?.isLowercase == true,
              Vocabulary.hospitalKeywords.contains(WordKey(keyword)) else { return false }
        return placeKeys.contains(town(of: mention))
    }

    /// The first word of a name's key: the town of `isTownsHospital`.
    static func town(of mention: HospitalMention) -> String {
        String(mention.key.prefix { $0 != " " })
    }

    /// The hospitals named so far that stand in each of `towns` (their names open with the
    /// town's, or the blog places them there: `Mission Hospital in Asheville`), and those the
    /// blog places nowhere (`Okhmatdyt National Children's Specialized Hospital`, which may be in
    /// any of them).
    func hospitalsByTown(in names: [HospitalMention], towns: Set<String>) -> (byTown: [String: Set<Int>], unplaced: Set<Int>) {
        var byTown: [String: Set<Int>] = [:]
        guard !towns.isEmpty else { return (byTown, []) }
        var named = Set<Int>()
        var placed = Set<Int>()
        for name in names {
            guard let entity = byKey[name.key] else { continue }
            named.insert(entity)
            let opening = Self.town(of: name)
            if placeKeys.contains(opening) { placed.insert(entity) }
            if towns.contains(opening) { byTown[opening, default: []].insert(entity) }
            guard let location = name.location.map(HospitalName.normalize) else { continue }
            placed.insert(entity)
            if location != opening, towns.contains(location) { byTown[location, default: []].insert(entity) }
        }
        return (byTown, named.subtracting(placed))
    }
}
