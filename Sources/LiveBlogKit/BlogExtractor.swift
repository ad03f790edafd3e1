/// Runs every extraction pass over a parsed blog, oldest post first (so that "first met"
/// means first in the story), in three readings of the posts:
/// 1. the first reading (`FirstReading`, mostly done while the file is still being parsed)
///    takes what each post says on its own: the hospitals it names with their own evidence,
///    and what each name run says of a person;
/// 2. hospital references are resolved against every hospital named (`HospitalPass`), and
///    each post's person evidence is weighed as its hospitals are known;
/// 3. people and reporters are resolved against every name's evidence (`PeoplePass`), with
///    each post's quotes and their speakers, tweets, links and hashtags.
/// Posts are tokenised afresh by each reading (`PostTexts`), so that none holds every post's
/// tokens at once; the per-post work runs on every core and is consumed in story order.
enum BlogExtractor {
    /// - Parameter progress: hears the share of extraction done, from 0 to 1.
    /// - Parameter firstReading: slices of the posts already read (`FirstReading`); the rest
    ///   are read here.
    /// - Parameter postIDs: each post's id, when the caller has them; else they are worked out.
    static func extract(into blog: inout LiveBlog, firstReading: consuming [FirstReading.Slice] = [], postIDs: [String]? = nil,
                        progress: @escaping (Double) -> Void = { _ in }) {
        var found = findings(in: blog, firstReading: firstReading, postIDs: postIDs, progress: progress)
        blog.hospitals = found.hospitals
        blog.people = found.people
        // The writers a header line names (`Tom Ambrose (now) and Helen Livingstone
        // (earlier)`) first: the blog is theirs.
        var reporters = FirstMet<String>()
        let belowKeyEvents = blog.keyEventsWritersLineIndex.map { PostLayout.writersLineNames(blog.keyEvents[$0]) } ?? []
        for name in blog.summary.flatMap(PostLayout.writersLineNames) + belowKeyEvents + found.reporters { reporters.meet(name) }
        blog.reporters = reporters.elements
        // The passes read the posts in place; only now, with them done, are the posts written:
        // each post's findings moved in, through the storage of both lists at once (an element
        // at a time, each list would be checked for sharing at every post).
        blog.posts.withUnsafeMutableBufferPointer { posts in
            found.posts.withUnsafeMutableBufferPointer { packed in
                for index in posts.indices { posts[index].setExtraction(packed: packed[index].take()) }
            }
        }
        blog.diagnostics += unclosedQuoteNotes(blog.posts, among: found.unclosed)
    }

    /// Everything the passes find, each post's findings packed as the post will hold them.
    private static func findings(in blog: LiveBlog, firstReading: consuming [FirstReading.Slice], postIDs: [String]?,
                                 progress: @escaping (Double) -> Void)
        -> (hospitals: [Hospital], people: [Person], reporters: [String], posts: [Box<Post.Extraction>?], unclosed: [Int]) {
        // Story order: a blog written newest first is read from its end; one written oldest
        // first (`isOldestFirst`), from its start.
        let order = blog.isOldestFirst ? Array(blog.posts.indices) : Array(blog.posts.indices.reversed())
        let texts = PostTexts(posts: blog.posts)
        let ids = postIDs.flatMap { $0.count == blog.posts.count ? $0 : nil }
            ?? ParallelMap.map(count: blog.posts.count) { [posts = blog.posts] in posts[$0].id }
        let header = ([blog.headline].compactMap { $0 } + blog.summary).map(TokenizedParagraph.init)
        // Shares of the time (session 5, 100 MB): the rest of the first reading under 5%,
        // hospital references 35%, people 60%.
        var readings = FirstReading.Readings(FirstReading.completing(firstReading, in: blog.posts), oldestFirst: blog.isOldestFirst)
        firstReading = []
        progress(0.05)
        // People's evidence is weighed as each post's hospitals are resolved: the header's
        // (which names no hospitals) first, then every post's candidates no hospital overlaps.
        var evidence = PersonEvidenceGathering()
        let headerStrings = header.map { String($0.text) }
        var headerCandidates = PeoplePass.candidates(in: header)
        // `Keir Starmer faces Kemi Badenoch`, then `Starmer says:` in a post: a full name the
        // summary gives is a person's when its surname speaks (or has a relative) anywhere in
        // the blog.
        let surnames = readings.surnamesOfPeople
        for index in headerCandidates.indices where !headerCandidates[index].isPerson {
            let unit = header[Int(headerCandidates[index].unit)]
            if PeoplePass.mayBeNamedBySurname(headerCandidates[index], in: unit),
               surnames.contains(unit.keyWithoutPossessive(of: headerCandidates[index].run.upperBound - 1)) {
                headerCandidates[index].markPerson()
            }
        }
        evidence.add(headerCandidates.compactMap { candidate in
                         PersonEvidenceGathering.Occurrence(candidate) { headerStrings.indices.contains($0) ? headerStrings[$0] : nil }
                     },
                     hospitals: [])
        // `Keir Starmer faces Kemi Badenoch` in the summary: their names' words are names
        // wherever a sentence opens with them (`Starmer says:`).
        let headerNameWords = headerCandidates.reduce(into: Set<WordKey>()) { words, candidate in
            for token in header[Int(candidate.unit)].tokens[candidate.run] where token.isTitleCase { words.insert(token.lower) }
        }
        let headerRuns = header.map { NameRuns.runs(in: $0.tokens) }
        let headerHospitals = zip(header, headerRuns).flatMap { HospitalRecognizer.fullNames(in: $0, runs: $1) }
        let headerPlaces = zip(header, headerRuns).flatMap { HospitalRecognizer.placeKeys(in: $0, runs: $1) }
        let resolution = HospitalPass.resolve(texts: texts, readings: readings, order: order,
                                              headerNames: headerHospitals, headerPlaces: headerPlaces,
                                              progress: { progress(0.05 + 0.35 * $0) },
                                              prepare: { [readings] post in
            // Each name's evidence is made on every core; only the weighing is in story order.
            // The candidates are read in place: a copy of each would retain its role.
            let candidates = readings.candidates(ofPost: post)
            var occurrences: [PersonEvidenceGathering.Occurrence] = []
            occurrences.reserveCapacity(candidates.count)
            for index in candidates.indices {
                if let occurrence = PersonEvidenceGathering.Occurrence(candidates[index], unitString: { texts.unitString(post, unit: $0) }) {
                    occurrences.append(occurrence)
                }
            }
            return occurrences
        }, resolved: { _, occurrences, mentions in
            evidence.add(occurrences, hospitals: mentions)
        })
        // The first reading is let go, and its pages handed back, on another thread while the
        // people pass begins; a quarter into the pass, long before its peak (which comes as
        // the posts' findings pile up), that is made sure of. On a busy machine memory freed
        // after that thread's trim, by threads that ran late, stayed resident: the peak was
        // 2.54× the input instead of 2.30×.
        let loneNames = readings.loneNames.union(headerNameWords)
        let firstReadingFreed = FreedMemory.releaseInBackground(lettingGoOf: readings)
        var firstReadingSettled = false
        readings = FirstReading.Readings([])
        let hospitals = HospitalPass.finish(resolution, postIDs: ids)
        let directory = PersonDirectory(evidence, loneNames: loneNames, hospitalName: { hospitals.names[$0] })
        evidence = PersonEvidenceGathering()
        var posts = [Box<Post.Extraction>?](repeating: nil, count: blog.posts.count)
        // The posts with a quote that never closes, noted as they are delivered: no pass over
        // every post is needed to find the few.
        var unclosed: [Int] = []
        let people = PeoplePass.run(texts: texts, directory: directory, order: order,
                                    hospitalMentions: hospitals.mentions, postIDs: ids,
                                    progress: { share in
            progress(0.4 + 0.6 * share)
            if share >= 0.25, !firstReadingSettled {
                firstReadingFreed.settle()
                firstReadingSettled = true
            }
        }) { index, found in
            if found.quotes.contains(where: { !$0.isClosed }) { unclosed.append(index) }
            posts[index] = Post.packed(Post.Extraction(
                quotes: found.quotes, people: found.people, reporters: found.reporters, hospitals: found.hospitals,
                tweets: found.tweets, links: found.links, hashtags: found.hashtags))
        }
        return (hospitals.list, people.list, people.reporters, posts, unclosed)
    }

    /// A note for each quote that never closes, in the posts at `indices` (in any order),
    /// post by post in the blog's order.
    private static func unclosedQuoteNotes(_ posts: [Post], among indices: [Int]) -> [Diagnostic] {
        var log = DiagnosticLog(kind: .unclosedQuote)
        // Posts read in place: a copy of each would retain all it holds.
        posts.withUnsafeBufferPointer { posts in
            for index in indices.sorted() {
                for quote in posts[index].quotes where !quote.isClosed {
                    log.note(line: nil, "post \(posts[index].id) (\(posts[index].time)): a quote opened in paragraph \(quote.paragraphs.lowerBound + 1) never closes")
                }
            }
        }
        return log.all
    }
}
