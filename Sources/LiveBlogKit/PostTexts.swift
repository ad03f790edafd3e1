/// A blog's posts as the text units extraction reads — the title (when there is one) first,
/// then the paragraphs — tokenised on demand. Tokens take several times the memory of their
/// text, so no pass holds every post's tokens at once: each tokenises a post, reads it, and
/// lets the tokens go.
/// It holds the texts, not the posts, so that writing results back into the blog's posts
/// does not copy the whole array.
struct PostTexts {
    private let texts: [(title: String?, paragraphs: [String])]

    init(posts: [Post]) {
        texts = posts.map { ($0.title, $0.paragraphs) }
    }

    var count: Int { texts.count }

    func units(_ post: Int) -> [TokenizedParagraph] {
        let source = texts[post]
        return (source.title.map { [TokenizedParagraph($0)] } ?? []) + source.paragraphs.map(TokenizedParagraph.init)
    }

    /// 1 when unit 0 is the title, else 0: paragraph `p` is unit `p + titleOffset`.
    func titleOffset(_ post: Int) -> Int { texts[post].title == nil ? 0 : 1 }

    func unitCount(_ post: Int) -> Int { texts[post].paragraphs.count + titleOffset(post) }
}
