/// The writers line of a blog's header (`By Ana Ruiz, Tom Bell and Li Wei`, `Haroon Siddique,
/// Matthew Weaver and Ben Quinn`, `Gwyn Topham, transport correspondent`): who wrote it.
extension PostLayout {
    /// The names a header line of the blog's writers gives: `By A and B`, `Edited by A and B`,
    /// `A (now) and B (earlier)` as the Guardian heads its live blogs, or names alone (`Andrew
    /// Sparrow`; `Haroon Siddique, Matthew Weaver and Ben Quinn`: a header's other lines are
    /// sentences); none for another line.
    static func writersLineNames(_ line: String) -> [String] {
        let trimmed = line.trimmingWhitespace()
        // `Edited by Anindita Sanyal | Updated: November 14, 2023`: the writers before a bar.
        if let bar = trimmed.range(of: " | ") { return writersLineNames(String(trimmed[..<bar.lowerBound])) }
        if let credit = byLabelled(trimmed) { return writersLineNames(credit) }
        if trimmed.hasPrefix("By ") {
            // `By The Associated Press` credits a newsroom (`isNewsroomCredit`), no writer.
            if isNewsroom(String(trimmed.dropFirst(3))) { return [] }
            // `By A, B and C` lists writers; `By A, health editor` describes one.
            let listed = bareNames(String(trimmed.dropFirst(3)))
            if !listed.isEmpty { return listed }
            let written = isByline(trimmed[...]) ? bylineNames(trimmed) : []
            // Each a person's name: a header's `By Monday, …` names no one.
            return written.allSatisfy { isWritersName($0[...]) } ? written : []
        }
        return isDesk(trimmed.split(separator: " ")) ? [] : bareNames(trimmed)
    }

    /// `Haroon Siddique, Matthew Weaver and Ben Quinn`, `A (now) and B (earlier)`: the names
    /// when the text is a list of people's bare names and nothing else; none otherwise.
    static func bareNames(_ text: String) -> [String] {
        guard text.utf8.count <= 200 else { return [] }
        var names = text
        // Foundation's replacing costs more than the rest of the line's reading: only a line
        // with a bracket can hold a shift.
        if names.utf8.contains(UInt8(ascii: "(")) {
            for shift in ["(now)", "(earlier)", "(later)"] { names = names.replacingOccurrences(of: shift, with: "") }
        }
        // `Tobi Thomas Health and inequalities correspondent`: a role may hold an `and` itself.
        if let name = nameBeforeRole(names.trimmingWhitespace()) { return [name] }
        // `Gwyn Topham, transport correspondent`: the writers before their role; `A, B and
        // C, CNN`: before their newsroom.
        if let comma = names.lastIndex(of: ",") {
            let after = names[names.index(after: comma)...].trimmingWhitespace()
            if isWritersRole(after[...]) || isNewsroom(after) { return bareNames(String(names[..<comma])) }
        }
        let written = names.split(separator: ",").flatMap { $0.components(separatedBy: " and ") }
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        // Each a person's bare name, maybe with where they write from, and the last maybe with
        // their role: a summary line is a sentence.
        var found: [String] = []
        for (index, item) in written.enumerated() {
            guard let name = isBareName(item) ? item : nameBeforePlace(item) ?? (index == written.count - 1 ? nameBeforeRole(item) : nil)
            else { return [] }
            found.append(name)
        }
        return found
    }

    /// The names a dash signs a post with at its foot (`— Patricia Mazzei`, `– Jack Healy and
    /// Rick Rojas`), as the New York Times does; nil for any other line. Told on its first
    /// bytes: most lines asked are paragraphs.
    static func signOffNames(_ line: Substring) -> [String]? {
        let utf8 = line.utf8
        // `—` or `–`: E2 80 94 or E2 80 93.
        guard utf8.count >= 5, utf8.count <= 200, utf8.first == 0xE2, let second = utf8.dropFirst().first, second == 0x80,
              let third = utf8.dropFirst(2).first, third == 0x94 || third == 0x93 else { return nil }
        let names = bareNames(line.dropFirst().trimmingWhitespace())
        return names.isEmpty ? nil : names
    }

    /// `Kim Willsher in Paris`: a writer's bare name and the one to three capitalised words of
    /// the place they write from; nil for other text.
    static func nameBeforePlace(_ item: String) -> String? {
        // Read in words, not searched for with Foundation, whose search bridges every line it is asked of.
        let words = item.split(separator: " ", omittingEmptySubsequences: false)
        guard let cut = words.firstIndex(of: "in"), cut >= 1 else { return nil }
        let name = words[..<cut].joined(separator: " ")
        let place = words[(cut + 1)...].filter { !$0.isEmpty }
        guard (1...3).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true }), isBareName(name) else { return nil }
        return name
    }

    /// A writer's bare name alone on its line, maybe with where they write from (`Eleanor Ainge
    /// Roy in Christchurch`), as a page signs a post above or below its title.
    static func isSigningName(_ line: Substring) -> Bool {
        // A name and a place are short: most lines asked are paragraphs, told on their length.
        isBareName(line) || holdsIn(line) && nameBeforePlace(String(line.trimmedOfWhitespace())) != nil
    }

    /// Whether a short line's first two words open with capitals, as a name's do, and ` in `
    /// stands in it: told on its bytes, as most lines asked are no name.
    private static func holdsIn(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count <= longestSigningName, let first = bytes.first, first &- 0x41 < 26 || first >= 0x80,
                  let space = bytes.firstIndex(of: 0x20), space + 1 < bytes.count,
                  bytes[space + 1] &- 0x41 < 26 || bytes[space + 1] >= 0x80 else { return false }
            // ` in ` as four bytes, the last read lowest.
            var window: UInt32 = 0
            for byte in bytes {
                window = window << 8 | UInt32(byte)
                if window == 0x2069_6E20 { return true }
            }
            return false
        } ?? line.contains(" in ")
    }

    /// The most bytes a writer's name and where they write from run to.
    private static let longestSigningName = 80

    /// `Denis Campbell Health policy editor`, `Helen Pidd North of England editor`: a header
    /// that lost the line between a writer's name and role. The shortest bare name of two or
    /// three words before a newsroom's role (`isWritersRole`); nil for other text.
    private static func nameBeforeRole(_ item: String) -> String? {
        let words = item.split(separator: " ")
        for count in 2...3 where words.count > count {
            // The role opens with a capital (`Health …`), not with `and` (`A B and C D editors`).
            guard words[count].first?.isUppercase == true else { continue }
            let name = words.prefix(count).joined(separator: " ")
            if isBareName(name), isWritersRole(words.dropFirst(count).joined(separator: " ")[...]) { return name }
        }
        return nil
    }

    /// A writers line that credits a newsroom, not people: `By The Associated Press`, or the
    /// newsroom before a bar (`TIMESOFINDIA.COM | Jun 3, 2023, 23:59 IST`).
    static func isNewsroomCredit(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        if let credit = byLabelled(trimmed) { return isNewsroomCredit(credit) }
        if let bar = trimmed.range(of: " | ") {
            let credit = trimmed[..<bar.lowerBound]
            return isNewsroom(String(credit.hasPrefix("By ") ? credit.dropFirst(3) : credit)) || isWebAddress(credit)
        }
        // `WLBT Staff` alone on its line, as local stations sign their pages.
        return trimmed.hasPrefix("By ") ? isNewsroom(String(trimmed.dropFirst(3))) : isDesk(trimmed.split(separator: " "))
    }

    /// Whether a line credits writers under a label (`By A`, `Live reporting by A`), not by
    /// their bare names, which a list's entry may also be.
    static func isLabelledWritersLine(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return (trimmed.hasPrefix("By ") || byLabelled(trimmed) != nil) && !writersLineNames(trimmed).isEmpty
    }

    /// `Edited by A`, `Posted by News Desk` as `By A`, `By News Desk`; nil for another line.
    private static func byLabelled(_ trimmed: String) -> String? {
        // Told on the first letters before anything is lowercased: most lines open otherwise.
        guard let first = trimmed.first, "EPLRWC".contains(first) else { return nil }
        let lower = trimmed.prefix(24).lowercased()
        for label in creditLabels where lower.hasPrefix(label) { return "By " + trimmed.dropFirst(label.count) }
        return nil
    }

    /// Labels a writers line may open with in place of `By`, in lower case (`Live reporting by
    /// Alix Culbertson`, as Sky heads a page; `Edited by Owain Clarke`, the BBC).
    private static let creditLabels = ["edited by ", "posted by ", "live reporting by ", "reporting by ", "written by ",
                                       "compiled by ", "live coverage by ", "curated by ", "live updates by ",
                                       "live blog by ", "produced by "]

    /// `TIMESOFINDIA.COM`, `ndtv.com`: a site's name and its domain, one word.
    private static func isWebAddress(_ word: Substring) -> Bool {
        guard let dot = word.lastIndex(of: "."), !word.contains(" ") else { return false }
        let site = word[..<dot], domain = word[word.index(after: dot)...]
        return site.count >= 2 && (2...3).contains(domain.count) && domain.allSatisfy(\.isLetter) && site.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// Wire services a writers line may end with.
    private static let wires: Set<String> = ["Reuters", "Associated Press", "The Associated Press", "Agence France-Presse", "Bloomberg",
                                             "Press Association", "PA Media"]

    /// A newsroom a writers line ends with, after the names: an initialism (`CNN`, `AP`), maybe
    /// with `News` (`ABC News`), or a wire service (`Reuters`); or a newsroom's desk, which signs
    /// for no one by name (`HT News Desk`, `Express Web Desk`, `CNN Staff`, `NDTV News Bureau`).
    static func isNewsroom(_ text: String) -> Bool {
        if wires.contains(text) { return true }
        let words = text.split(separator: " ")
        if isDesk(words) { return true }
        guard let first = words.first, opensWithInitialism(first) else { return false }
        return words.dropFirst().allSatisfy { $0 == "News" || $0 == "Newsroom" } && words.count <= 2
    }

    /// `HT News Desk`, `Express Web Desk`, `WLBT Staff`, `NDTV News Bureau`: a newsroom's desk,
    /// which signs for no one by name.
    private static func isDesk(_ words: [Substring]) -> Bool {
        guard (2...5).contains(words.count), let first = words.first, let last = words.last,
              words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        if last == "Desk" || last == "Bureau" { return true }
        // `Staff` and `Team` are surnames too (`Jane Staff`): a desk only after a newsroom's word.
        return (last == "Staff" || last == "Team") && (opensWithInitialism(first) || words.dropLast().contains(where: deskWords.contains))
    }

    /// `CNN`, `WLBT`: two to six capitals.
    private static func opensWithInitialism(_ word: Substring) -> Bool {
        (2...6).contains(word.utf8.count) && word.utf8.allSatisfy { $0 &- 0x41 < 26 }
    }

    /// Words of a newsroom's desk before `Staff` or `Team` (`Web Staff`, `News Team`).
    private static let deskWords: Set<Substring> = ["News", "Newsroom", "Web", "Digital", "Online", "Editorial"]
}
