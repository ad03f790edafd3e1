/// Which posts to show: those of one hospital, those whose text holds every word of a search,
/// or both. The reader's filter bar and `export --hospital/--search` are this one type.
public struct PostFilter: Equatable, Sendable {
    /// Canonical name of the hospital whose posts to keep.
    public var hospital: String?
    /// Words that must all appear in a post, in any case, apostrophes ignored.
    public var text: String

    public init(hospital: String? = nil, text: String = "") {
        self.hospital = hospital
        self.text = text
    }

    public var isActive: Bool { hospital != nil || !searchWords.isEmpty }

    /// The search as folded words.
    public var searchWords: [[UInt8]] {
        TextFolding.fold(text).split(separator: UInt8(ascii: " ")).map(Array.init)
    }

    /// Indices of the posts the filter keeps, in blog order.
    public func apply(to blog: LiveBlog, index: SearchIndex) -> [Int] {
        let words = searchWords
        // A hospital's posts are listed in the index: visit only those.
        let candidates = hospital.map { index.posts(of: $0) } ?? Array(blog.posts.indices)
        guard !words.isEmpty else { return candidates }
        return candidates.filter { index.contains(all: words, post: $0) }
    }
}

/// Every post's text folded once (lowercase, one apostrophe, one space), so that each
/// keystroke of a search only scans bytes.
public struct SearchIndex: Sendable {
    private let texts: [[UInt8]]
    /// Each hospital's post indices, in blog order.
    private let hospitalPosts: [String: [Int]]

    public init(_ blog: LiveBlog) {
        texts = blog.posts.map { post in
            TextFolding.fold(([post.time, post.title ?? "", post.byline ?? ""] + post.paragraphs).joined(separator: " "))
        }
        var hospitalPosts: [String: [Int]] = [:]
        for (position, post) in blog.posts.enumerated() {
            for hospital in post.hospitals { hospitalPosts[hospital, default: []].append(position) }
        }
        self.hospitalPosts = hospitalPosts
    }

    /// The indices of the posts that mention a hospital (by canonical name), in blog order.
    public func posts(of hospital: String) -> [Int] {
        hospitalPosts[hospital] ?? []
    }

    func contains(all words: [[UInt8]], post: Int) -> Bool {
        guard post < texts.count else { return false }
        return words.allSatisfy { TextFolding.contains(texts[post], $0) }
    }
}

/// The one way search text and post text are folded for comparison.
enum TextFolding {
    static func fold(_ text: String) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar.isWhitespaceFast {
                if !lastWasSpace { folded.append(32) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if scalar == "’" || scalar == "‘" || scalar == "`" {
                folded.append(UInt8(ascii: "'"))
            } else if scalar.isASCII {
                let byte = UInt8(scalar.value)
                folded.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else {
                folded.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        if folded.last == 32 { folded.removeLast() }
        return folded
    }

    /// Whether `needle` occurs in `haystack`: a first-byte scan, linear in practice.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first {
                        var offset = 1
                        while offset < pin.count, hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
