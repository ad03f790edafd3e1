/// The readable plain-text timeline: what `export --format text` prints and what the reader
/// prints when standard output is not a terminal. Every string passes `DisplayText`.
public enum TextTimeline {
    public static func render(_ blog: LiveBlog, postIndices: [Int]? = nil, filter: PostFilter? = nil) -> String {
        var out: [String] = []
        let people = blog.peopleByName
        func line(_ text: String = "") { out.append(DisplayText.sanitize(text)) }
        if let headline = blog.headline {
            line(headline)
            line(String(repeating: "=", count: min(max(headline.count, 3), 78)))
        }
        if let credit = blog.credit { line(credit) }
        for summary in blog.summaryPoints { line("• " + summary) }
        // The key events list and the pinned post, as the reader's header shows them.
        if let heading = blog.keyEvents.first {
            line()
            line(heading)
            for entry in blog.keyEventEntries { line("• " + entry) }
        }
        if let pinned = blog.pinned {
            line()
            line(pinned.label)
            for paragraph in pinned.paragraphs + (pinned.post?.paragraphs ?? []) { line(paragraph) }
        }
        let indices = postIndices ?? Array(blog.posts.indices)
        if let filter, filter.isActive {
            line()
            var parts: [String] = []
            if let hospital = filter.hospital { parts.append("hospital: " + hospital) }
            if let person = filter.person { parts.append("person: " + person) }
            if !filter.text.isEmpty { parts.append("text: \"" + filter.text + "\"") }
            line("Filter: " + parts.joined(separator: ", ") + " — \(indices.count) of \(blog.posts.count) posts")
        }
        let days = DayNames(blog.posts)
        var lastDay: Int?
        for index in indices {
            let post = blog.posts[index]
            line()
            // A blog that runs over days is parted by them, as the reader's timeline is.
            if days.spanMoreThanOneDay, post.dayOffset != lastDay {
                line("── " + days.name(ofDay: post.dayOffset) + " ──")
                line()
                lastDay = post.dayOffset
            }
            var heading = post.time
            if post.isKeyEvent { heading += "  [key event]" }
            if let title = post.title { heading += "  " + title }
            line(heading)
            if !post.hospitals.isEmpty { line("Hospitals: " + post.hospitals.joined(separator: ", ")) }
            if let byline = post.byline { line(post.bylineRole.map { byline + ", " + $0 } ?? byline) }
            if post.isEmpty { line("(no text: a photo or video that did not survive as text)") }
            for paragraph in post.paragraphs {
                line()
                line(paragraph)
            }
            let quotes = post.listedQuotes
            if !quotes.isEmpty {
                line()
                line("Quotes:")
                for quote in quotes {
                    line("  " + quote.listed(joiningParagraphsWith: " / "))
                    line("      — " + speakerLine(quote, people: people))
                }
            }
            if let updated = post.updated { line(updated) }
        }
        if !blog.footer.isEmpty {
            line()
            for footer in blog.footer { line(footer) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `Shruti Patel, trainee paediatric doctor, Lewisham Hospital`, or how an unnamed speaker
    /// was described, or `unattributed`; a joint statement's signers by name alone (`Jane
    /// Smith, Tom Brown and Amy Lee`).
    public static func speakerLine(_ quote: Quote, people: [String: Person]) -> String {
        if let name = quote.speaker, !quote.coSpeakers.isEmpty {
            let names = [name] + quote.coSpeakers
            return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
        if let name = quote.speaker { return people[name]?.description ?? name }
        return quote.attribution ?? "unattributed"
    }
}
