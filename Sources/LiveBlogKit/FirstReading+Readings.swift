import Dispatch

extension FirstReading {
    /// Every post's first reading, in the slices it was read in (covering the blog's posts
    /// from the first to the last, in order), looked up in place: nothing is copied out.
    struct Readings: Sendable {
        private let slices: [Slice]
        /// Whether the blog was written oldest post first: its story runs down the file, not up.
        private let oldestFirst: Bool

        init(_ slices: [Slice], oldestFirst: Bool = false) {
            self.slices = slices
            self.oldestFirst = oldestFirst
        }

        var initialisms: Set<String> { slices.reduce(into: []) { $0.formUnion($1.initialisms) } }
        /// The initialisms defined in brackets after a full name, oldest post first.
        var initialismDefinitions: [InitialismDefinition] {
            oldestFirst ? slices.flatMap(\.definitions) : slices.reversed().flatMap { $0.definitions.reversed() }
        }
        var places: Set<String> { slices.reduce(into: []) { $0.formUnion($1.places) } }
        /// The one-word names the blog's paragraphs write inside a sentence.
        var loneNames: Set<WordKey> { slices.reduce(into: []) { $0.formUnion($1.loneNames) } }
        /// The lone capitalised words the blog's posts show to be people's surnames (`Starmer
        /// says`, `Hamlin’s uncle`).
        var surnamesOfPeople: Set<WordKey> { slices.reduce(into: []) { $0.formUnion($1.surnamesOfPeople) } }

        /// The first mention of each written full name (by key), oldest post first: merged
        /// from each slice's own, so that only a slice's first of each name is looked at here.
        /// A slice keeps its first as the newest-first file reads the story; for a blog written
        /// oldest first every slice's mentions are read again, in file order (once, on one core).
        var firstMentions: [HospitalMention] {
            guard oldestFirst else { return HospitalMention.firstOfEachKey(slices.reversed().lazy.flatMap(\.firstMentions)) }
            return HospitalMention.firstOfEachKey(slices.lazy.flatMap { slice in
                (0..<slice.count).lazy.flatMap { slice.found(ofPost: $0).lazy.map(\.mention) }
            })
        }

        /// The full-name mentions of a post, each with its text unit, unit after unit (in
        /// reading order within one), read in place.
        func found(post: Int) -> ArraySlice<FoundMention> {
            guard let (slice, offset) = slice(holding: post) else { return [] }
            return slice.found(ofPost: offset)
        }

        /// The words of every name run that stands where a workplace is named.
        var workplaceWords: WordSet {
            WordSet(keys: slices.flatMap(\.workplaceWords))
        }

        /// Lets go of the name runs that do not pass `keep`, in every slice, on every core.
        func keepReferenceRuns(where keep: @escaping @Sendable (ReferenceRun) -> Bool) {
            DispatchQueue.concurrentPerform(iterations: slices.count) { index in
                slices[index].keepReferenceRuns(where: keep)
            }
        }

        /// A post's name runs that may refer to a hospital named elsewhere.
        func referenceRuns(ofPost post: Int) -> ArraySlice<ReferenceRun> {
            guard let (slice, offset) = slice(holding: post) else { return [] }
            return slice.referenceRuns(ofPost: offset)
        }

        /// A post's person evidence.
        func candidates(ofPost post: Int) -> ArraySlice<PersonCandidate> {
            guard let (slice, offset) = slice(holding: post) else { return [] }
            return slice.candidates(ofPost: offset)
        }

        /// The slice holding a post, and the post's place in it.
        private func slice(holding post: Int) -> (Slice, Int)? {
            // The last slice whose first post is not after it.
            let index = slices.firstIndex(notBelow: post + 1) { $0.first } - 1
            guard index >= 0, post - slices[index].first < slices[index].count else { return nil }
            return (slices[index], post - slices[index].first)
        }
    }
}
