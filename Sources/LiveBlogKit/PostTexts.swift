/// A blog's posts as the text units extraction reads — the title (when there is one) first,
/// then the paragraphs — tokenised on demand. Tokens take several times the memory of their
/// text, so no pass holds every post's tokens at once: each tokenises a post, reads it, and
/// lets the tokens go.
/// It holds the texts, not the posts, so that writing results back into the blog's posts
/// does not copy the whole array; a post's paragraphs are slices of its one body string.
struct PostTexts {
    private let texts: [(title: String?, body: String, paragraphs: Int32)]

    init(posts: [Post]) {
        texts = posts.map { ($0.title, $0.body, $0.paragraphCount) }
    }

    var count: Int { texts.count }

    func units(_ post: Int) -> [TokenizedParagraph] {
        let source = texts[post]
        var units: [TokenizedParagraph] = []
        units.reserveCapacity(Int(source.paragraphs) + 1)
        if let title = source.title { units.append(TokenizedParagraph(title[...])) }
        for paragraph in Post.paragraphs(of: source.body, count: source.paragraphs) {
            units.append(TokenizedParagraph(paragraph))
        }
        return units
    }

    /// 1 when unit 0 is the title, else 0: paragraph `p` is unit `p + titleOffset`.
    func titleOffset(_ post: Int) -> Int { texts[post].title == nil ? 0 : 1 }

    func unitCount(_ post: Int) -> Int { Int(texts[post].paragraphs) + titleOffset(post) }
}
