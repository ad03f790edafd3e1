/// The model as an indented tree, one node a line, in swift-markdown's debug-dump style:
/// what the seed snapshot test compares and `export --format tree` prints.
public enum TreeDump {
    public static func render(_ blog: LiveBlog) -> String {
        var lines: [String] = []
        func add(_ depth: Int, _ text: String) {
            lines.append(String(repeating: "│ ", count: depth) + "├─ " + DisplayText.sanitize(text))
        }
        lines.append("LiveBlog")
        if let headline = blog.headline { add(0, "Headline \"\(headline)\"") }
        for line in blog.summary { add(0, "Summary \"\(line)\"") }
        for line in blog.keyEvents { add(0, "KeyEvents \"\(line)\"") }
        if let pinned = blog.pinned { add(0, "Pinned \"\(pinned.label)\" paragraphs: \(pinned.paragraphs.count) post: \(pinned.post?.id ?? "none")") }
        for post in blog.posts {
            var heading = "Post \(post.id) time: \"\(post.time)\" day: \(post.dayOffset)"
            if post.isKeyEvent { heading += " key-event" }
            add(0, heading)
            if let dayHeading = post.dayHeading { add(1, "DayHeading \"\(dayHeading)\"") }
            if let title = post.title { add(1, "Title \"\(title)\"") }
            if let byline = post.byline { add(1, "Byline \"\(byline)\"") }
            if let role = post.bylineRole { add(1, "BylineRole \"\(role)\"") }
            for paragraph in post.paragraphs { add(1, "Paragraph \"\(abbreviate(paragraph))\"") }
            for block in post.inlineFurniture {
                let place = block.beforeParagraph == 0 ? "above the paragraphs" : "after paragraph \(block.beforeParagraph)"
                add(1, "InlineFurniture \(place) \"\(abbreviate(block.lines.joined(separator: " | ")))\"")
            }
            for quote in post.quotes {
                var node = quote.isFragment ? "Fragment" : "Quote"
                if let speaker = quote.speaker { node += " speaker: \(speaker)" }
                if let attribution = quote.attribution { node += " attribution: \"\(attribution)\"" }
                if !quote.isClosed { node += " cut-off" }
                add(1, node + " \"\(abbreviate(quote.text.split(separator: "\n").joined(separator: " / ")))\"")
            }
            if !post.hospitals.isEmpty { add(1, "Hospitals " + post.hospitals.joined(separator: "; ")) }
            if !post.people.isEmpty { add(1, "People " + post.people.joined(separator: "; ")) }
            if !post.reporters.isEmpty { add(1, "Reporters " + post.reporters.joined(separator: "; ")) }
            for tweet in post.tweets { add(1, "Tweet \(tweet.url) \(tweet.hashtags.joined(separator: " "))") }
            if !post.furniture.isEmpty { add(1, "Furniture \"\(post.furniture.joined(separator: " | "))\"") }
            if let updated = post.updated { add(1, "Updated \"\(updated)\"") }
        }
        for line in blog.footer { add(0, "Footer \"\(line)\"") }
        for hospital in blog.hospitals {
            add(0, "Hospital \"\(hospital.name)\" location: \(hospital.location ?? "-") posts: \(hospital.posts.count)")
            add(1, "aliases: " + (hospital.aliases + hospital.initialisms).joined(separator: "; "))
        }
        for person in blog.people { add(0, "Person \(person.description) posts: \(person.posts.count)") }
        for reporter in blog.reporters { add(0, "Reporter \(reporter)") }
        for diagnostic in blog.diagnostics { add(0, "Diagnostic \(diagnostic.kind.rawValue): \(diagnostic.message)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first 60 characters, and the last 10 after `…` when longer.
    private static func abbreviate(_ text: String) -> String {
        guard text.count > 76 else { return text }
        return String(text.prefix(60)) + "…" + String(text.suffix(12))
    }
}
