/// Embeds in the layout X has printed since 2023, as copied from a page: who posted on a line
/// of its own, their `@handle` on the next (maybe `·` and `Follow` after it), the words, then a
/// stamp line, `7:42 PM · Dec 10, 2024`, with no dash or link to tell the words apart.
extension TweetExtractor {
    /// Reads every card among `paragraphs` into `tweets`: a tweet the words already made (they
    /// ended in a `pic.twitter.com` link) gains who posted it and is widened to the card's words.
    static func readCards(in paragraphs: [TokenizedParagraph], into tweets: inout [Tweet]) {
        var index = 1
        while index < paragraphs.count {
            // Told on its tokens first: a handle's line is `@` and a word, nearly no other is.
            guard paragraphs[index].tokens.count == 2, paragraphs[index].tokens[0].isMark("@"), let handle = handle(paragraphs[index].text),
                  let card = card(in: paragraphs, handleAt: index) else {
                index += 1
                continue
            }
            let author = paragraphs[index - 1].text.trimmingWhitespace()
            let words = card.words.map { paragraphs[$0].text.trimmingWhitespace() }.joined(separator: "\n")
            // Tweets the card's lines made already: replaced by the card's one.
            let isInCard = { (tweet: Tweet) in card.words.contains(tweet.paragraph) || tweet.signature == card.stamp }
            let inside = tweets.indices.filter { isInCard(tweets[$0]) }
            var tweet = Tweet(paragraph: card.words.lowerBound, text: words, url: "",
                              hashtags: card.words.flatMap { hashtags(of: paragraphs[$0]) })
            if let linked = inside.last(where: { !tweets[$0].url.isEmpty }) {
                tweet.url = tweets[linked].url
                // The link that ends the words is the tweet's url, not its words.
                if let link = words.range(of: tweet.url, options: .backwards), link.upperBound == words.endIndex {
                    tweet.text = String(words[..<link.lowerBound].trimmingWhitespace())
                }
            }
            tweet.author = String(author)
            tweet.handle = handle
            tweet.signature = card.stamp
            tweet.heading = (index - 1)..<card.words.lowerBound
            tweet.paragraphCount = card.words.count
            tweets.removeAll(where: isInCard)
            tweets.insert(tweet, at: tweets.firstIndex { $0.paragraph > card.words.lowerBound } ?? tweets.endIndex)
            index = card.stamp + 1
        }
    }

    /// Where a card's words and stamp lie, below the handle's line at `handleAt`; nil when the
    /// line above the handle is no name, or no stamp follows within a few lines.
    private static func card(in paragraphs: [TokenizedParagraph], handleAt index: Int) -> (words: Range<Int>, stamp: Int)? {
        let name = paragraphs[index - 1].text.trimmingWhitespace()
        guard !name.isEmpty, name.utf8.count <= longestName, !name.hasSuffix("."), handle(name) == nil else { return nil }
        var start = index + 1
        // `·` and `Follow`: the card's buttons beside the handle.
        while start < paragraphs.count, ["·", "Follow"].contains(paragraphs[start].text.trimmingWhitespace()) { start += 1 }
        guard start < paragraphs.count else { return nil }
        for stamp in (start + 1)..<min(paragraphs.count, start + 1 + mostWordParagraphs) where isStamp(paragraphs[stamp].text) {
            return (start..<stamp, stamp)
        }
        return nil
    }

    /// The longest name, in bytes, a card's first line may hold.
    private static let longestName = 60
    /// The most paragraphs a card's words may run to.
    private static let mostWordParagraphs = 6

    /// `@NSWRFS`: a line that is a handle alone, or nil.
    private static func handle(_ line: some StringProtocol) -> String? {
        let handle = line.trimmingWhitespace()
        guard handle.first == "@", (2...16).contains(handle.utf8.count),
              handle.utf8.dropFirst().allSatisfy({ $0 == 0x5F || AsciiLanes.isDigit($0) || AsciiLanes.isLetter($0) }) else { return nil }
        return String(handle)
    }

    /// `7:42 PM · Dec 10, 2024` (maybe `· 1.2M Views` after it): a card's stamp, a time and a
    /// date joined by a middle dot.
    static func isStamp(_ line: some StringProtocol) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        let parts = line.split(separator: "·").map { $0.trimmingWhitespace() }
        return parts.count >= 2 && TimeOfDay.parseLine(parts[0]) != nil && TimeOfDay.isDateLine(parts[1])
    }

    /// The hashtags a paragraph holds, as written.
    static func hashtags(of paragraph: TokenizedParagraph) -> [String] {
        paragraph.tokens.indices.filter { paragraph.tokens[$0].kind == .hashtag }.map { String(paragraph.text(of: $0)) }
    }
}
