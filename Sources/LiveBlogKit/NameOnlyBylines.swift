/// Posts headed by a writer's name alone, as the Guardian heads a post by another writer than
/// the blog's own: `PostLayout`, which reads one post at a time, takes such a line for the
/// post's title. With every post read, a name line that the header names as a writer (`Tom
/// Ambrose (now) and Helen Livingstone (earlier)`), or that heads two posts or more, or that
/// stands straight above a sentence on a page that signs other posts with a name and a role
/// on lines of their own (`Ian Austen`, then `Reporting from Toronto`), is the post's byline
/// instead: blogs do not title two posts with one person's bare name, nor title some posts
/// with names and sign others. (A name above a line that is no sentence, `Boris Johnson`
/// above `Prime minister`, may be whom the post is about; one on the time line, `3.40pm Jane
/// Smith`, is written as a title, and the line keeps its shape.)
enum NameOnlyBylines {
    /// Moves such titles to the bylines of their posts (before ids are given, which are made of
    /// a post's title when it has one).
    static func apply(to posts: inout [Post], headerLines: [String]) {
        var headings: [String: Int] = [:]
        for post in posts {
            if let title = titleThatMayBeAByline(post), PostLayout.isBareName(title) { headings[title, default: 0] += 1 }
        }
        guard !headings.isEmpty else { return }
        let writers = Set(headerLines.flatMap(PostLayout.writersLineNames))
        let signsWithNames = posts.contains { $0.bylineRole != nil }
        let bylines = Set(headings.filter { $0.value >= 2 || writers.contains($0.key.trimmingWhitespace()) }.keys)
        guard !bylines.isEmpty || signsWithNames else { return }
        for index in posts.indices {
            guard let title = titleThatMayBeAByline(posts[index]),
                  bylines.contains(title) || signsWithNames && PostLayout.isBareName(title) && opensWithASentence(posts[index]) else { continue }
            posts[index].title = nil
            posts[index].byline = title
        }
    }

    /// The post's title when it may be its writer's name instead: the post has no byline, and
    /// the title stands on a line of its own, not on the time line.
    private static func titleThatMayBeAByline(_ post: Post) -> String? {
        guard post.byline == nil, !post.titleSharesTimeLine else { return nil }
        return post.title
    }

    /// Whether the post's first paragraph ends as a sentence does.
    private static func opensWithASentence(_ post: Post) -> Bool {
        post.paragraphSlices.first.map(PostLayout.endsAsSentence) ?? false
    }
}
