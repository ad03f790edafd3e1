/// A blog's posts as the text units extraction reads — the title (when there is one) first,
/// then the paragraphs — tokenised on demand. Tokens take several times the memory of their
/// text, so no pass holds every post's tokens at once: each tokenises a post, reads it, and
/// lets the tokens go.
/// It shares the blog's posts array (no copy), so the blog's posts must not change while it
/// lives: extraction gathers its results and writes them back afterwards. A post's
/// paragraphs are slices of its one body string.
struct PostTexts {
    /// The posts, numbered from 0 whatever the slice's own indices.
    private let posts: ArraySlice<Post>

    init(posts: [Post]) {
        self.posts = posts[...]
    }

    /// Posts that are a slice of a larger array, read in place: a copy of each would retain
    /// all it holds.
    init(posts: ArraySlice<Post>) {
        self.posts = posts
    }

    var count: Int { posts.count }

    /// Where post `post` (counted from 0) stands in the slice.
    private func index(_ post: Int) -> Int { posts.startIndex + post }

    func units(_ post: Int) -> [TokenizedParagraph] {
        var units: [TokenizedParagraph] = []
        units.reserveCapacity(unitCount(post))
        forEachUnitText(post) { _, text in units.append(TokenizedParagraph(text)) }
        return units
    }

    /// Calls `visit` with each of the post's text units, title first, as written, and its
    /// number: nothing tokenised, and no list of them made.
    @inline(__always)
    func forEachUnitText(_ post: Int, _ visit: (_ unit: Int, _ text: Substring) -> Void) {
        var unit = 0
        if let title = posts[index(post)].title {
            visit(0, title[...])
            unit = 1
        }
        // Fields read one by one: a copy of the post would retain all it holds.
        PostBody.forEachParagraph(of: posts[index(post)].body, count: posts[index(post)].paragraphCount) { paragraph in
            visit(unit, paragraph)
            unit += 1
        }
    }

    /// The post's text units, title first, as written: nothing tokenised.
    func unitTexts(_ post: Int) -> [Substring] {
        var texts: [Substring] = []
        texts.reserveCapacity(unitCount(post))
        forEachUnitText(post) { _, text in texts.append(text) }
        return texts
    }

    /// The string a text unit is a slice of: the title, or the body that holds every paragraph;
    /// nil past the post's units. Nothing is split.
    func unitString(_ post: Int, unit: Int) -> String? {
        guard unit >= 0, unit < unitCount(post) else { return nil }
        return unit < titleOffset(post) ? posts[index(post)].title : posts[index(post)].body
    }

    /// The post's byline (`By Damien Gayle`), which is no text unit.
    func byline(_ post: Int) -> String? { posts[index(post)].byline }

    /// 1 when unit 0 is the title, else 0: paragraph `p` is unit `p + titleOffset`.
    func titleOffset(_ post: Int) -> Int { posts[index(post)].title == nil ? 0 : 1 }

    func unitCount(_ post: Int) -> Int { Int(posts[index(post)].paragraphCount) + titleOffset(post) }
}
