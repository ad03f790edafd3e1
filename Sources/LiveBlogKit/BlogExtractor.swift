/// Runs every extraction pass over a parsed blog, oldest post first (so that "first met"
/// means first in the story): hospitals, then people and reporters, then quotes and their
/// speakers, then tweets, links and hashtags.
enum BlogExtractor {
    static func extract(into blog: inout LiveBlog) {
        let order = Array(blog.posts.indices.reversed())
        // Every post's text units: its title (when it has one) first, then its paragraphs.
        let units: [[TokenizedParagraph]] = blog.posts.map { post in
            (post.title.map { [TokenizedParagraph($0)] } ?? []) + post.paragraphs.map(TokenizedParagraph.init)
        }
        let titleOffset = blog.posts.map { $0.title == nil ? 0 : 1 }
        let header = ([blog.headline].compactMap { $0 } + blog.summary).map(TokenizedParagraph.init)

        let hospitals = HospitalPass.run(units: units, order: order, postIDs: blog.posts.map(\.id))
        blog.hospitals = hospitals.list
        for index in blog.posts.indices { blog.posts[index].hospitals = hospitals.postHospitals[index] }

        let spans = units.indices.map { index in
            QuoteScanner.spans(in: Array(units[index].dropFirst(titleOffset[index])))
        }
        let people = PeoplePass.run(units: units, header: header, order: order, hospitalMentions: hospitals.mentions,
                                    spans: spans, titleOffset: titleOffset, postIDs: blog.posts.map(\.id))
        blog.people = people.list
        blog.reporters = people.reporters
        for index in blog.posts.indices {
            blog.posts[index].people = people.postPeople[index]
            blog.posts[index].reporters = people.postReporters[index]
            let paragraphs = Array(units[index].dropFirst(titleOffset[index]))
            let attributor = QuoteAttributor(paragraphs: paragraphs, mentions: Array(people.mentions[index].dropFirst(titleOffset[index])))
            blog.posts[index].quotes = attributor.quotes(for: spans[index])
            let found = TweetExtractor.extract(from: units[index])
            blog.posts[index].tweets = found.tweets.map { tweet in
                var shifted = tweet
                shifted.paragraph -= titleOffset[index]
                return shifted
            }.filter { $0.paragraph >= 0 }
            blog.posts[index].links = found.links
            blog.posts[index].hashtags = found.hashtags
        }
        blog.diagnostics += unclosedQuoteNotes(blog.posts)
    }

    private static func unclosedQuoteNotes(_ posts: [Post]) -> [Diagnostic] {
        posts.flatMap { post in
            post.quotes.filter { !$0.isClosed }.map { quote in
                Diagnostic(kind: .unclosedQuote, line: nil,
                           message: "post \(post.id) (\(post.time)): a quote opened in paragraph \(quote.paragraphs.lowerBound + 1) never closes")
            }
        }
    }
}
