/// Runs every extraction pass over a parsed blog, oldest post first (so that "first met"
/// means first in the story): hospitals, then people and reporters with each post's quotes
/// and their speakers, tweets, links and hashtags. Posts are tokenised afresh by each pass
/// (`PostTexts`), so that no pass holds every post's tokens at once; the per-post work runs
/// on every core (`OrderedParallelMap`) and is consumed in story order.
enum BlogExtractor {
    static func extract(into blog: inout LiveBlog) {
        let order = Array(blog.posts.indices.reversed())
        let texts = PostTexts(posts: blog.posts)
        let ids = blog.posts.map(\.id)
        let header = ([blog.headline].compactMap { $0 } + blog.summary).map(TokenizedParagraph.init)

        let hospitals = HospitalPass.run(texts: texts, order: order, postIDs: ids)
        blog.hospitals = hospitals.list
        let people = PeoplePass.run(texts: texts, header: header, order: order, hospitalMentions: hospitals.mentions, postIDs: ids) { index, found in
            blog.posts[index].setExtraction(Post.Extraction(
                quotes: found.quotes, people: found.people, reporters: found.reporters, hospitals: hospitals.postHospitals[index],
                tweets: found.tweets, links: found.links, hashtags: found.hashtags))
        }
        blog.people = people.list
        blog.reporters = people.reporters
        blog.diagnostics += unclosedQuoteNotes(blog.posts)
    }

    private static func unclosedQuoteNotes(_ posts: [Post]) -> [Diagnostic] {
        var log = DiagnosticLog(kind: .unclosedQuote)
        for post in posts {
            for quote in post.quotes where !quote.isClosed {
                log.note(line: nil, "post \(post.id) (\(post.time)): a quote opened in paragraph \(quote.paragraphs.lowerBound + 1) never closes")
            }
        }
        return log.all
    }
}
