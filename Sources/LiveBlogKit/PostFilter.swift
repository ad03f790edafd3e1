/// Which posts to show: those of one hospital, those that name one person, those whose text
/// holds every word of a search, or any of these at once. The reader's filter bar and `export
/// --hospital/--person/--search` are this one type.
public struct PostFilter: Equatable, Sendable {
    /// Canonical name of the hospital whose posts to keep.
    public var hospital: String?
    /// Full name (as the blog's people list has it) of the person whose posts to keep.
    public var person: String?
    /// Words that must all appear in a post, in any case, apostrophes ignored.
    public var text: String

    public init(hospital: String? = nil, person: String? = nil, text: String = "") {
        self.hospital = hospital
        self.person = person
        self.text = text
    }

    public var isActive: Bool { hospital != nil || person != nil || !searchWords.isEmpty }

    /// The search as folded words.
    var searchWords: [[UInt8]] {
        TextFolding.fold(text).split(separator: UInt8(ascii: " ")).map(Array.init)
    }

    /// Whether every post this filter keeps, `other` keeps too: the same hospital and person, and a search
    /// that extends `other`'s (a word grown longer or a word added — as a search is typed). Its
    /// posts can then be found among `other`'s. Compared scalar by scalar: two spellings of a
    /// character that compare equal fold to different bytes.
    public func narrows(_ other: PostFilter) -> Bool {
        hospital == other.hospital && person == other.person && text.unicodeScalars.starts(with: other.text.unicodeScalars)
    }

    /// Indices of the posts the filter keeps, in blog order.
    /// - Parameter among: posts known to hold all the filter keeps (what a filter it `narrows`
    ///   kept), in blog order; only they are read.
    public func apply(to blog: LiveBlog, index: SearchIndex, among: [Int]? = nil) -> [Int] {
        let words = searchWords
        // A hospital's posts and a person's are listed in the index: visit only those.
        let candidates = among ?? index.posts(ofHospital: hospital, person: person) ?? Array(blog.posts.indices)
        guard !words.isEmpty else { return candidates }
        // Posts are read in place: copying one retains every string and array it holds.
        return blog.posts.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            let posts = SharedPosts(base: base, count: buffer.count)
            return Self.parallelFilter(candidates) {
                // Each worker reads its own copy of the words: threads retaining one shared
                // array contend for its reference count on every post.
                let needles = words.map { FoldedNeedle($0.map { $0 }) }
                return { post in
                    post < posts.count && needles.allSatisfy { word in Post.anySearchableField(of: posts.base + post) { word.occurs(in: $0) } }
                }
            }
        }
    }

    /// The items a test accepts, in order, judged on every core in contiguous chunks; each
    /// chunk makes its own test.
    private static func parallelFilter(_ items: [Int], _ makeTest: @Sendable () -> (Int) -> Bool) -> [Int] {
        let chunkSize = 4096
        let chunks = (items.count + chunkSize - 1) / chunkSize
        guard chunks > 1 else { return items.filter(makeTest()) }
        return ParallelMap.map(count: chunks, chunkSize: 1) { chunk in
            items[chunk * chunkSize..<min(items.count, (chunk + 1) * chunkSize)].filter(makeTest())
        }.flatMap { $0 }
    }
}

extension Post {
    /// Whether `test` holds for any text a search looks in: time, title, byline and the role
    /// under it, paragraphs.
    /// It reads the post through its address: a copy of a post retains every field.
    static func anySearchableField(of post: UnsafePointer<Post>, _ test: (String) -> Bool) -> Bool {
        // The paragraphs' one string first, where most matches are: a search word holds no
        // line break, so it cannot match across two paragraphs.
        if test(post.pointee.body) { return true }
        if let title = post.pointee.title, test(title) { return true }
        if let byline = post.pointee.byline, test(byline) { return true }
        if let role = post.pointee.bylineRole, test(role) { return true }
        return test(post.pointee.time)
    }
}

/// Each hospital's posts and each person's, listed once per blog so that those filters visit
/// only them. Text search needs no index: it scans the posts' own text, folding as it goes, so
/// a blog is not held twice in memory.
public struct SearchIndex: Sendable {
    /// Each hospital's post indices, in blog order.
    private let hospitalPosts: [String: [Int]]
    /// Each person's post indices, in blog order.
    private let personPosts: [String: [Int]]

    public init(_ blog: LiveBlog) {
        var hospitalPosts: [String: [Int]] = [:]
        var personPosts: [String: [Int]] = [:]
        for (position, post) in blog.posts.enumerated() {
            for hospital in post.hospitals { hospitalPosts[hospital, default: []].append(position) }
            for person in post.people { personPosts[person, default: []].append(position) }
        }
        self.hospitalPosts = hospitalPosts
        self.personPosts = personPosts
    }

    /// The indices of the posts that mention a hospital (by canonical name), in blog order.
    public func posts(of hospital: String) -> [Int] {
        hospitalPosts[hospital] ?? []
    }

    /// The indices of the posts that name a person (by full name), in blog order.
    public func posts(naming person: String) -> [Int] {
        personPosts[person] ?? []
    }

    /// The posts of a hospital that name a person, or of either alone, in blog order; nil when
    /// neither is asked for.
    func posts(ofHospital hospital: String?, person: String?) -> [Int]? {
        switch (hospital.map(posts(of:)), person.map(posts(naming:))) {
        case let (hospitalPosts?, personPosts?):
            let naming = Set(personPosts)
            return hospitalPosts.filter(naming.contains)
        case let (hospitalPosts?, nil): return hospitalPosts
        case let (nil, personPosts?): return personPosts
        case (nil, nil): return nil
        }
    }
}
