import Dispatch

/// The first reading of a blog's posts: what each post says on its own — the hospitals it
/// names with their own evidence, the places and initialisms it uses, and what each of its
/// name runs says of a person. It needs no other post, so it runs on the other core while the
/// rest of the file is still being parsed: posts are handed over a slice at a time as soon as
/// their text is final, and read in the background.
///
/// Results are kept flat per slice (one array of every post's findings and where each post's
/// findings start), not an array per post, so that a blog of many posts costs no allocation per post.
/// A slice waiting to be read holds its posts as a slice of the parser's batch, not a copy.
struct FirstReading {
    /// Posts per background task.
    static let sliceSize = 256

    private var slices: [Slice] = []
    private let group = DispatchGroup()
    /// Posts built before the blog's first that the structure set aside (the pinned post).
    private var setAside = 0
    /// The blog's posts' ids, which the structure works out as it numbers repeats: handed to
    /// extraction with the slices, so that no post's opening text is hashed twice.
    var postIDs: [String]?

    /// Starts reading `posts`, whose first has index `first` in the blog's posts as the
    /// structure parser numbers them (file order).
    mutating func read(_ posts: ArraySlice<Post>, first: Int) {
        var start = posts.startIndex
        while start < posts.endIndex {
            let end = min(start + Self.sliceSize, posts.endIndex)
            let slice = Slice(first: first + (start - posts.startIndex), count: end - start)
            let chunk = posts[start..<end]
            slices.append(slice)
            group.enter()
            DispatchQueue.global().async { [group] in
                slice.read(chunk)
                group.leave()
            }
            start = end
        }
    }

    /// Notes that the first `count` posts built are not among the blog's posts.
    mutating func setAside(_ count: Int) {
        setAside = count
    }

    /// Every slice read, in order, once the background reading is done, numbered as the
    /// blog's posts are. The slices are handed over: the reading keeps none.
    mutating func finish() -> [Slice] {
        group.wait()
        for slice in slices { slice.first -= setAside }
        defer { slices = [] }
        return slices.sorted { $0.first < $1.first }
    }

    /// Reads the posts that no slice covers, on every core, and returns all slices in order.
    static func completing(_ slices: [Slice], in posts: [Post]) -> [Slice] {
        var missing: [Range<Int>] = []
        var next = 0
        for slice in slices {
            if slice.first > next { missing.append(next..<slice.first) }
            next = max(next, slice.first + slice.count)
        }
        if next < posts.count { missing.append(next..<posts.count) }
        let pieces = missing.flatMap { range in
            stride(from: range.lowerBound, to: range.upperBound, by: sliceSize).map { $0..<min($0 + sliceSize, range.upperBound) }
        }
        let added = pieces.map { Slice(first: $0.lowerBound, count: $0.count) }
        DispatchQueue.concurrentPerform(iterations: added.count) { index in
            added[index].read(posts[pieces[index]])
        }
        return (slices + added).sorted { $0.first < $1.first }
    }

    /// A full-name mention and the text unit it stands in. A struct, not a tuple: an array of
    /// tuples holding strings is copied and freed through the runtime's generic tuple code.
    struct FoundMention: Sendable {
        var unit: Int32
        var mention: HospitalMention
    }

    /// A run of consecutive posts and what the first reading found in them. Written by one
    /// task, read once the reading's group has been waited on. Its lists are looked up for
    /// every post of every pass, and are never written while read: they go unchecked for
    /// overlapping access, which a class's properties otherwise are at every access.
    final class Slice: @unchecked Sendable {
        /// The index of its first post.
        @exclusivity(unchecked) fileprivate(set) var first: Int
        let count: Int
        /// Full-name mentions of every post, each with its text unit, post after post;
        /// `foundStarts[p]` is where post `p`'s start (one more entry marks the end).
        @exclusivity(unchecked) private(set) var found: [FoundMention] = []
        @exclusivity(unchecked) private(set) var foundStarts: [Int32] = []
        /// Person evidence of every post, post after post, likewise.
        @exclusivity(unchecked) private(set) var candidates: [PersonCandidate] = []
        @exclusivity(unchecked) private(set) var candidateStarts: [Int32] = []
        /// The name runs of every post that may refer to a hospital named elsewhere, likewise;
        /// once the hospital pass begins, only those it reads again.
        @exclusivity(unchecked) private(set) var referenceRuns: [ReferenceRun] = []
        @exclusivity(unchecked) private(set) var referenceRunStarts: [Int32] = []
        /// The first of its mentions of each full name (by key), oldest post first.
        private(set) var firstMentions: [HospitalMention] = []
        /// The words of its name runs that stand where a workplace is named, each once.
        private(set) var workplaceWords: [WordKey] = []
        /// The initialisms and the places (`in X`) its posts use.
        private(set) var initialisms: Set<String> = []
        /// Initialisms its posts define in brackets after a full name, post after post.
        private(set) var definitions: [InitialismDefinition] = []
        private(set) var places: Set<String> = []
        /// The one-word names its posts' paragraphs write inside a sentence, each once.
        private(set) var loneNames: [WordKey] = []
        /// The lone capitalised words its posts show to be people's surnames (`Starmer says`,
        /// `Hamlin’s uncle`), each once.
        private(set) var surnamesOfPeople: [WordKey] = []

        init(first: Int, count: Int) {
            self.first = first
            self.count = count
        }

        fileprivate func read(_ posts: ArraySlice<Post>) {
            let texts = PostTexts(posts: posts)
            // Gathered in locals and stored once: every access to a class's property is checked
            // for exclusivity, and a unit would make five.
            var found: [FoundMention] = []
            var foundStarts: [Int32] = []
            var candidates: [PersonCandidate] = []
            var candidateStarts: [Int32] = []
            var referenceRuns: [ReferenceRun] = []
            var referenceRunStarts: [Int32] = []
            var initialisms: Set<String> = []
            var definitions: [InitialismDefinition] = []
            var places: Set<String> = []
            foundStarts.reserveCapacity(posts.count + 1)
            candidateStarts.reserveCapacity(posts.count + 1)
            referenceRunStarts.reserveCapacity(posts.count + 1)
            // One buffer for every unit's tokens, and one for each list of its runs: each unit
            // is read through before the next.
            var tokens: [Token] = []
            var runs: [Range<Int>] = []
            var split: [Range<Int>] = []
            // The slice's lone capitalised words that speak (`Lombardo said`) or have a relative
            // (`Hamlin’s uncle`), and the last word of each of its candidates not yet known as a
            // person's (with its place in the slice's candidates): a full name whose surname is
            // such a word, in that post or in another near it (`Paula Vennells broke down`, then
            // `Vennells said:`), is a person's.
            var surnamesOfPeople: [WordKey] = []
            var lastWords: [(candidate: Int, word: WordKey)] = []
            var loneNames: [WordKey] = []
            for post in 0..<texts.count {
                let titleOffset = texts.titleOffset(post)
                foundStarts.append(Int32(found.count))
                candidateStarts.append(Int32(candidates.count))
                referenceRunStarts.append(Int32(referenceRuns.count))
                texts.forEachUnitText(post) { u, text in
                    let unit = TokenizedParagraph(text, reusing: &tokens)
                    // The name runs, found once for the four readings of them.
                    runs.removeAll(keepingCapacity: true)
                    NameRuns.appendRuns(in: unit.tokens, to: &runs)
                    let names = HospitalPass.UnitNames(unit, runs: runs)
                    // Most units name no hospital, initialism or place: nothing is merged for them.
                    if !names.found.isEmpty { found += names.found.map { FoundMention(unit: Int32(u), mention: $0) } }
                    if !names.initialisms.isEmpty { initialisms.formUnion(names.initialisms) }
                    // Initialisms defined in brackets after a name (`… Birmingham (QEHB)`): read
                    // only where a name and an initialism both stand.
                    if !names.found.isEmpty, !names.initialisms.isEmpty {
                        definitions += InitialismDefinition.following(names.found, in: unit)
                    }
                    if !names.places.isEmpty { places.formUnion(names.places) }
                    HospitalRecognizer.appendReferenceRuns(in: unit, runs: runs, unit: u, excluding: names.found, to: &referenceRuns)
                    let firstNew = candidates.count
                    PeoplePass.addCandidates(in: unit, unit: u, nameRuns: runs, to: &candidates, scratch: &split)
                    for index in firstNew..<candidates.count where !candidates[index].isPerson
                    && PeoplePass.mayBeNamedBySurname(candidates[index], in: unit) {
                        // `Carlo Ancelotti’s side`, then `Ancelotti told`: the surname without its possessive.
                        lastWords.append((index, unit.keyWithoutPossessive(of: candidates[index].run.upperBound - 1)))
                    }
                    PeoplePass.appendSurnamesOfPeople(in: unit, nameRuns: runs, to: &surnamesOfPeople)
                    // A title may capitalise every word (`Hospital Officials Say …`): paragraphs only.
                    if u >= titleOffset { PeoplePass.appendLoneNames(in: unit, nameRuns: runs, to: &loneNames) }
                }
            }
            let surnames = Set(surnamesOfPeople)
            for (candidate, word) in lastWords where surnames.contains(word) { candidates[candidate].markPerson() }
            self.surnamesOfPeople = Array(surnames)
            foundStarts.append(Int32(found.count))
            candidateStarts.append(Int32(candidates.count))
            referenceRunStarts.append(Int32(referenceRuns.count))
            // Kept until the blog is read: held at their exact size, without the room to grow.
            self.found = Array(found[...])
            self.foundStarts = foundStarts
            self.candidates = Array(candidates[...])
            self.candidateStarts = candidateStarts
            self.referenceRuns = Array(referenceRuns[...])
            self.referenceRunStarts = referenceRunStarts
            self.initialisms = initialisms
            self.definitions = definitions
            self.places = places
            self.loneNames = Array(Set(loneNames))
            // Worked out here, on the reading's core: the blog's first mentions and workplace
            // words are merged from these between the passes, when one core is at work.
            self.firstMentions = HospitalMention.firstOfEachKey((0..<count).reversed().lazy.flatMap { self.found(ofPost: $0).lazy.map(\.mention) })
            var workplaceWords: Set<WordKey> = []
            for run in referenceRuns where run.mayBeWorkplace { workplaceWords.insert(run.word) }
            self.workplaceWords = Array(workplaceWords)
        }

        /// The full-name mentions of the slice's `post`th post.
        func found(ofPost post: Int) -> ArraySlice<FoundMention> {
            found[Int(foundStarts[post])..<Int(foundStarts[post + 1])]
        }

        /// Lets go of the name runs that do not pass `keep`.
        func keepReferenceRuns(where keep: (ReferenceRun) -> Bool) {
            var kept: [ReferenceRun] = []
            for post in 0..<count {
                let start = Int32(kept.count)
                for run in referenceRuns(ofPost: post) where keep(run) { kept.append(run) }
                referenceRunStarts[post] = start
            }
            referenceRunStarts[count] = Int32(kept.count)
            referenceRuns = kept
        }

        /// The name runs of the slice's `post`th post that may refer to a hospital named elsewhere.
        func referenceRuns(ofPost post: Int) -> ArraySlice<ReferenceRun> {
            referenceRuns[Int(referenceRunStarts[post])..<Int(referenceRunStarts[post + 1])]
        }

        /// The person evidence of the slice's `post`th post.
        func candidates(ofPost post: Int) -> ArraySlice<PersonCandidate> {
            candidates[Int(candidateStarts[post])..<Int(candidateStarts[post + 1])]
        }
    }
}
