import Testing
import TestSupport
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

    @Test func punctuationIsToldFromItsMarksWhateverTheirLength() {
        let paragraph = TokenizedParagraph("“Go.” — he said, … ok")
        let marks = paragraph.tokens.map { ($0.isPunctuation(".!?“\""), $0.isPunctuation("-–—…"), $0.isPunctuation("x")) }
        #expect(marks.map(\.0) == [true, false, true, false, false, false, false, false, false, false])
        #expect(marks.map(\.1) == [false, false, false, false, true, false, false, false, true, false])
        #expect(!marks.contains { $0.2 })
    }

    @Test func tokenizerKeepsWordsWhole() {
        let paragraph = TokenizedParagraph("King’s NHS-trained doctors’ St. Mary's £3,000 5pm")
        let words = paragraph.tokens.indices.map { String(paragraph.text(of: $0)) }
        #expect(words == ["King’s", "NHS-trained", "doctors", "’", "St", ".", "Mary's", "£", "3,000", "5pm"])
    }
}

extension TweetTests {
    /// Paragraphs tokenised into one buffer: one still held keeps its own tokens when the
    /// buffer is used for the next.
    @Test func aReusedBufferLeavesAHeldParagraphAsItWas() {
        var buffer: [Token] = []
        let first = TokenizedParagraph("King’s College Hospital, said Dr Shruti Patel.", reusing: &buffer)
        let second = TokenizedParagraph("“Go.” #Strike https://t.co/x", reusing: &buffer)
        let third = TokenizedParagraph("", reusing: &buffer)
        #expect(first.tokens == TokenizedParagraph("King’s College Hospital, said Dr Shruti Patel.").tokens)
        #expect(second.tokens == TokenizedParagraph("“Go.” #Strike https://t.co/x").tokens)
        #expect(second.contents == [.quoteMark, .hashtag, .link])
        #expect(third.tokens.isEmpty && third.contents.isEmpty)
    }

    /// The tokenizer gathers tokens a block at a time before appending them: a paragraph of
    /// any length keeps every token, in order, around and across the blocks' edges, on either
    /// path, and what a buffer held already is kept.
    @Test(arguments: [1, 63, 64, 65, 127, 128, 129, 300])
    func everyTokenOfALongParagraphIsKept(count: Int) {
        var text = (0..<count).map { "w\($0)," }.joined(separator: " ")
        for fastPath in [true, false] {
            var tokens = [Token(start: 0, end: 1, kind: .word, shape: [], key: 1)]
            _ = text.withUTF8 { Tokenizer.read($0, asciiFastPath: fastPath, into: &tokens) }
            #expect(tokens.count == 1 + 2 * count)
            #expect(tokens.first == Token(start: 0, end: 1, kind: .word, shape: [], key: 1))
            let paragraph = TokenizedParagraph(text)
            for index in 0..<count {
                #expect(paragraph.text(of: 2 * index) == "w\(index)")
                #expect(paragraph.tokens[2 * index] == tokens[1 + 2 * index])
                #expect(paragraph.tokens[2 * index + 1].isMark(","))
            }
        }
    }

    @Test(arguments: 0..<20)
    func asciiFastPathReadsWordsAsTheGeneralReadingDoes(seed: Int) {
        var random = SplitMix(state: UInt64(seed) &+ 99)
        let pieces = ["King's", "NHS-trained", "doctors'", "St.", "Mary’s", "RUH", "PRUH", "ABCDEFG", "a", "I", "x-", "-y", "it's",
                      "out.https://t.co/x", "hhttp://a", "https://b.c", "www.site.com", "pic.twitter.com/z", "#Tag", "5pm", "3,000",
                      "word2", "café", "Zoë", "naïve", "e\u{301}", "日本", "“", "”", " ", "  ", "\t", ",", ".", "'", "-", "’s", "Hunt's",
                      "O'Neill", "h", "p", "w", "Ａ", "\u{00A0}", "\u{2009}",
                      "xhttps://t.co/y", "a-https://b", "HTTP://c", "http", "https:", "://", "//", ":", "Longerthaneight", "ABCDEFGHIJK",
                      "d'", "e-", "A1", "Q", "z9z9z9z9z9", "\u{80}", "é", "al-Shifa", "el-Sisi", "al-", "al-shifa", "el-É", "Al-Ahli",
                      // Beyond ASCII straight after a word's letters: curly joiners, quotes, marks.
                      "it’s", "l’été", "a‘b", "x\u{2011}y", "ab\u{301}", "NHS’", "—", "…", "‑", "„", "‟", "‚", "(", "#", "\u{7F}",
                      "\"", "«", "»", "‘", "‛"]
        // Long texts too: a window of sixty-four bytes is read at once, and tokens cross its edges.
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...(Bool.random(using: &random) ? 30 : 160), using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            var contiguous = text
            let (fast, general) = contiguous.withUTF8 { (Tokenizer.read($0), Tokenizer.read($0, asciiFastPath: false)) }
            #expect(fast.tokens == general.tokens, "\(text)")
            // What a paragraph is said to hold is what its tokens hold, on either path: a rule
            // that passes over a paragraph on its word must miss nothing.
            let held = fast.tokens.reduce(into: Token.Contents()) { $0.formUnion($1.contents) }
            #expect(fast.contents == held, "\(text)")
            #expect(general.contents == held, "\(text)")
        }
    }

    /// An embed's signature line below a tweet says who posted it; below a paragraph with no
    /// link, that paragraph was a tweet of words alone; a line that only opens with a dash is
    /// no signature.
    @Test func aSignatureLineSaysWhoTweeted() {
        let blog = LiveBlogParser.parse("""
            Quake live

            4.10pm GMT
            WHO is deploying emergency medical teams. pic.twitter.com/abc123XYZ
            — World Health Organization (WHO) (@WHO) February 7, 2023
            Our thoughts are with everyone in Turkey and Syria tonight.
            — Jane Doe (@jane_doe_99) February 7, 2023
            — and then the aftershocks came (@ 4pm, reports said).
            """)
        let tweets = blog.posts.first?.tweets ?? []
        #expect(tweets.map(\.author) == ["World Health Organization (WHO)", "Jane Doe"])
        #expect(tweets.map(\.handle) == ["@WHO", "@jane_doe_99"])
        #expect(tweets.map(\.paragraph) == [0, 2])
        #expect(tweets.map(\.signature) == [1, 3])
        #expect(tweets.map(\.url) == ["pic.twitter.com/abc123XYZ", ""])
        #expect(Tweet.signature("— and then the aftershocks came (@ 4pm, reports said).") == nil)
        // Counted from the first paragraph when the post has a title, as the tweet is.
        let titled = LiveBlogParser.parse("H\n\n4.10pm GMT\nWHO deploys teams\nIntro.\nTeams are on their way.\n— WHO (@WHO) February 7, 2023\nMore.")
        #expect(titled.posts.first?.title == "WHO deploys teams")
        #expect(titled.posts.first?.tweets.map(\.paragraph) == [1])
        #expect(titled.posts.first?.tweets.map(\.signature) == [2])
        #expect(Tweet.signature("– Keir Starmer (@Keir_Starmer) 5 July 2024")?.handle == "@Keir_Starmer")
    }
}

extension TweetTests {
    /// An embed whose signature lost its line break, glued to the end of the words it signs,
    /// is a tweet of those words, with who posted it; a sentence that ends in a year is not.
    @Test func aSignatureGluedToTheWordsItSigns() {
        let blog = LiveBlogParser.parse("""
            Live

            16.20 GMT
            We have declared a critical incident. Please only call 999 in an emergency.— WMAS (@OFFICIALWMAS) December 21, 2022
            The trust has been under pressure since 2022
            """)
        let tweets = blog.posts.first?.tweets ?? []
        #expect(tweets.map(\.text) == ["We have declared a critical incident. Please only call 999 in an emergency."])
        #expect(tweets.first?.handle == "@OFFICIALWMAS")
        #expect(tweets.first?.author == "WMAS")
        #expect(tweets.first?.paragraph == 0)
    }
}

extension TweetTests {
    /// An embed in X's card layout: the name, the handle, maybe `·` and `Follow`, the words, and
    /// the stamp. The words are the tweet's (two paragraphs of them too); the other lines are
    /// its heading and signature. A handle alone with no stamp below is no card.
    @Test func anEmbedInXsCardLayout() {
        let blog = LiveBlogParser.parse("""
            Fires live

            9.58pm AEDT
            The commissioner says conditions will ease overnight.
            NSW RFS
            @NSWRFS
            ·
            Follow
            Emergency Warning: Blue Mountains fire.
            Seek shelter as the fire arrives. #nswfires pic.twitter.com/Ab12Cd
            7:42 PM · Dec 10, 2024 · 1.2M Views
            The fire is still burning.
            Chris Minns
            @ChrisMinnsMP
            Thank you to every firefighter on the line tonight.
            """)
        let tweets = blog.posts.first?.tweets ?? []
        #expect(tweets.map(\.author) == ["NSW RFS"])
        #expect(tweets.map(\.handle) == ["@NSWRFS"])
        #expect(tweets.map(\.text) == ["Emergency Warning: Blue Mountains fire.\nSeek shelter as the fire arrives. #nswfires"])
        #expect(tweets.map(\.url) == ["pic.twitter.com/Ab12Cd"])
        #expect(tweets.map(\.hashtags) == [["#nswfires"]])
        #expect(tweets.map(\.paragraph) == [5])
        #expect(tweets.map(\.paragraphCount) == [2])
        #expect(tweets.map(\.heading) == [1..<5])
        #expect(tweets.map(\.signature) == [7])
        #expect(TweetExtractor.isStamp("7:42 PM · Dec 10, 2024"))
        #expect(TweetExtractor.isStamp("19:42 · 10 Dec 2024"))
        #expect(!TweetExtractor.isStamp("Dec 10, 2024 · 7:42 PM · Sydney"))
    }

    /// Posts of Bluesky, Mastodon and Threads are embedded as tweets are: a signature whose
    /// handle holds a domain (`@mayor.bsky.social`, `@desk@mastodon.social`) and a date with
    /// its time, or a post's link at the paragraph's end. A link mid-sentence is no post.
    @Test func postsOfOtherNetworksAreReadAsTweets() {
        let post = LiveBlogParser.parse("""
            Election night live

            10:45pm
            Tonight the people of this city chose hope over fear.

            — Brandon Johnson (@mayorbrandonjohnson.bsky.social) November 6, 2024 at 10:41 PM

            Polls are closed. #election2024

            — Election Desk (@desk@mastodon.social) November 6, 2024

            Too close to call here. https://www.threads.net/@reporter/post/C1a2b3

            Counting goes on. https://bsky.app/profile/desk.bsky.social/post/3kabc

            Results soon. https://mastodon.social/@desk/113456789012

            See https://x.com/ElectionsIL/status/1854001 for the figures.

            — A dash (@) is no handle, nor (@.bsky.) one
            """).posts.first
        #expect(post?.tweets.map(\.handle) == ["@mayorbrandonjohnson.bsky.social", "@desk@mastodon.social", nil, nil, nil])
        #expect(post?.tweets.map(\.author) == ["Brandon Johnson", "Election Desk", nil, nil, nil])
        #expect(post?.tweets.dropFirst(2).map(\.text) == ["Too close to call here.", "Counting goes on.", "Results soon."])
    }
}
