import Testing
@testable import LiveBlogKit

@Suite struct TweetTests {
    let post = LiveBlogParser.parse(Fixtures.tweets).posts.first

    @Test func gluedLinkIsSplitFromTheHashtag() {
        #expect(post?.tweets.first?.url == "https://t.co/7w3AbCd")
        #expect(post?.tweets.first?.hashtags == ["#CountdownToMars"])
        #expect(post?.tweets.first?.text == "Today is launch day. Watch live to find out.#CountdownToMars")
    }

    @Test func picTwitterLinkEndsATweet() {
        #expect(post?.tweets.map(\.paragraph) == [0, 1])
        #expect(post?.tweets.last?.text == "Crowds gather at the gate")
    }

    @Test func ordinaryLinksAreLinksNotTweets() {
        #expect(post?.links == ["https://t.co/7w3AbCd", "pic.twitter.com/XyZ123", "https://example.com/story"])
        #expect(post?.tweets.count == 2)
    }

    @Test func tokenizerKeepsWordsWhole() {
        let paragraph = TokenizedParagraph("King’s NHS-trained doctors’ St. Mary's £3,000 5pm")
        let words = paragraph.tokens.indices.map { String(paragraph.text(of: $0)) }
        #expect(words == ["King’s", "NHS-trained", "doctors", "’", "St", ".", "Mary's", "£", "3,000", "5pm"])
    }
}
