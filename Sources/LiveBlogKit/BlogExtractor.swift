/// Runs every extraction pass over a parsed blog, oldest post first (so that "first met"
/// means first in the story): hospitals, then people and reporters with the quote spans, then
/// quotes and their speakers, tweets, links and hashtags. Posts are tokenised afresh by each
/// pass (`PostTexts`), so that no pass holds every post's tokens at once; the per-post work
/// runs on every core (`OrderedParallelMap`) and is consumed in story order.
enum BlogExtractor {
    static func extract(into blog: inout LiveBlog) {
        let order = Array(blog.posts.indices.reversed())
        let texts = PostTexts(posts: blog.posts)
        let ids = blog.posts.map(\.id)
        let header = ([blog.headline].compactMap { $0 } + blog.summary).map(TokenizedParagraph.init)

        let hospitals = HospitalPass.run(texts: texts, order: order, postIDs: ids)
        blog.hospitals = hospitals.list
        let people = PeoplePass.run(texts: texts, header: header, order: order, hospitalMentions: hospitals.mentions, postIDs: ids)
        blog.people = people.list
        blog.reporters = people.reporters
        let mentions = people.mentions
        let spans = people.spans
        OrderedParallelMap().forEach(Array(blog.posts.indices), work: { index in
            let units = texts.units(index)
            let titleOffset = texts.titleOffset(index)
            let attributor = QuoteAttributor(paragraphs: Array(units.dropFirst(titleOffset)),
                                             mentions: Array(mentions.units(of: index, count: units.count).dropFirst(titleOffset)))
            let found = TweetExtractor.extract(from: units)
            let tweets = found.tweets.compactMap { tweet in
                var shifted = tweet
                shifted.paragraph -= titleOffset
                return shifted.paragraph >= 0 ? shifted : nil
            }
            return (quotes: attributor.quotes(for: spans[index]), tweets: tweets, links: found.links, hashtags: found.hashtags)
        }, consume: { index, found in
            blog.posts[index].setExtraction(Post.Extraction(
                quotes: found.quotes, people: people.postPeople[index], reporters: people.postReporters[index],
                hospitals: hospitals.postHospitals[index], tweets: found.tweets, links: found.links, hashtags: found.hashtags))
        })
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
