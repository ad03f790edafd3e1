/// Finds a post's links and hashtags, and the paragraphs that were tweets: text ending in a
/// `pic.twitter.com/…` or `t.co/…` link (split off even when glued to the word before), or
/// above an embed's signature line (`— Name (@handle) date`), which says who posted it, or
/// between the name and handle lines and the stamp of an embed in X's card layout.
enum TweetExtractor {
    struct Result: Equatable {
        var tweets: [Tweet] = []
        var links: [String] = []
        var hashtags: [String] = []
    }

    static func extract(from paragraphs: [TokenizedParagraph]) -> Result {
        var result = Result()
        // A post holds a few links and tags: kept in order first met, with no hash table made
        // for each post (`FirstMet`). Tags are told apart in any case, and listed as first written.
        var links = FirstMet<String>()
        var tagKeys = FirstMet<String>()
        for (index, paragraph) in paragraphs.enumerated() {
            // Most paragraphs hold neither: their tokens are not read.
            guard !paragraph.contents.isDisjoint(with: [.link, .hashtag]) else { continue }
            var paragraphTags: [String] = []
            for (position, token) in paragraph.tokens.enumerated() {
                switch token.kind {
                case .url:
                    links.meet(String(paragraph.text(of: position)))
                case .hashtag:
                    let tag = String(paragraph.text(of: position))
                    paragraphTags.append(tag)
                    if tagKeys.meet(tag.lowercased()).isNew { result.hashtags.append(tag) }
                default:
                    break
                }
            }
            guard let last = paragraph.tokens.indices.last, paragraph.tokens[last].kind == .url else { continue }
            let url = paragraph.text(of: last)
            guard isTweetLink(url) else { continue }
            let text = paragraph.text[paragraph.text.startIndex..<paragraph.index(paragraph.tokens[last].start)].trimmingWhitespace()
            result.tweets.append(Tweet(paragraph: index, text: String(text), url: String(url), hashtags: paragraphTags))
        }
        // A signature line below a tweet (`— Name (@handle) date`) says who posted it; below a
        // paragraph with no link, that paragraph was a tweet of words alone.
        for index in paragraphs.indices.dropFirst() {
            // Told on its first token: most paragraphs open with a word.
            guard paragraphs[index].tokens.first?.isPunctuation("—–-") ?? false,
                  let (author, handle) = Tweet.signature(paragraphs[index].text) else { continue }
            if let tweet = result.tweets.lastIndex(where: { $0.paragraph == index - 1 }) {
                result.tweets[tweet].author = author
                result.tweets[tweet].handle = handle
                result.tweets[tweet].signature = index
            } else if Tweet.signature(paragraphs[index - 1].text) == nil {
                let text = paragraphs[index - 1].text.trimmingWhitespace()
                let tweet = Tweet(paragraph: index - 1, text: String(text), url: "", hashtags: hashtags(of: paragraphs[index - 1]),
                                  author: author, handle: handle, signature: index)
                result.tweets.insert(tweet, at: result.tweets.firstIndex { $0.paragraph > index - 1 } ?? result.tweets.endIndex)
            }
        }
        // `… in a life-threatening emergency.— WMAS (@OFFICIALWMAS) December 21, 2022`: the
        // signature glued to the end of the words it signs, its line break lost.
        for index in paragraphs.indices {
            // Told on its last token first: a signature ends in a year.
            guard let last = paragraphs[index].tokens.last, last.kind == .number, last.length == 4,
                  !result.tweets.contains(where: { $0.paragraph == index || $0.signature == index }),
                  let (text, author, handle) = gluedSignature(in: paragraphs[index].text) else { continue }
            let tweet = Tweet(paragraph: index, text: text, url: "", hashtags: hashtags(of: paragraphs[index]), author: author, handle: handle)
            result.tweets.insert(tweet, at: result.tweets.firstIndex { $0.paragraph > index } ?? result.tweets.endIndex)
        }
        readCards(in: paragraphs, into: &result.tweets)
        result.links = links.elements
        return result
    }

    /// The words before a signature glued to their end (`…emergency.— WMAS (@OFFICIALWMAS)
    /// December 21, 2022`), with who posted them; nil when no dash in the last 200 bytes opens
    /// a signature, or nothing stands before it.
    private static func gluedSignature(in text: Substring) -> (text: String, author: String, handle: String)? {
        let tail = text.utf8.count > 200 ? text[text.utf8.index(text.endIndex, offsetBy: -200)...] : text
        guard tail.contains("(@") else { return nil }
        var dash = tail.endIndex
        while let found = tail[..<dash].lastIndex(where: { $0 == "—" || $0 == "–" }) {
            if let (author, handle) = Tweet.signature(text[found...]) {
                let words = text[..<found].trimmingWhitespace()
                return words.isEmpty ? nil : (String(words), author, handle)
            }
            dash = found
        }
        return nil
    }

    /// Whether a link is a post's on X (Twitter), Bluesky (`bsky.app/profile/…/post/…`),
    /// Threads (`threads.net/@…/post/…`) or Mastodon (`https://mastodon.social/@desk/113…`,
    /// any instance: a handle, then the post's number).
    static func isTweetLink<S: StringProtocol>(_ link: S) -> Bool {
        link.hasPrefix("pic.twitter.com/") || link.contains("://t.co/") || link.contains("twitter.com/") && link.contains("/status/")
            || link.contains("://x.com/") && link.contains("/status/")
            || link.contains("bsky.app/profile/") && link.contains("/post/") || link.contains("threads.net/@") && link.contains("/post/")
            || isMastodonPost(link)
    }

    /// `https://mastodon.social/@desk/113456789`: a host, `/@` and a handle, then digits alone.
    private static func isMastodonPost<S: StringProtocol>(_ link: S) -> Bool {
        guard let at = link.range(of: "/@"), let slash = link[at.upperBound...].firstIndex(of: "/") else { return false }
        let number = link[link.index(after: slash)...]
        return number.count >= 6 && number.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
