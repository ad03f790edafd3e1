import Foundation
import Testing
@testable import LiveBlogKit

@Suite struct ExportTests {
    let blog = Fixtures.seed

    @Test func jsonHasTheDocumentedFields() throws {
        let json = ExportDocument(blog: blog).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["headline"] as? String == "Junior doctors stage a second stoppage")
        #expect((object["summary"] as? [String])?.count == 4)
        let posts = try #require(object["posts"] as? [[String: Any]])
        #expect(posts.count == 29)
        for key in ["id", "time", "title", "paragraphs", "hospitals", "quotes", "tweets"] {
            #expect(posts[1].keys.contains(key) || key == "title", "post lacks \(key)")
        }
        let quote = try #require((posts[1]["quotes"] as? [[String: Any]])?.first)
        #expect(Set(quote.keys).isSuperset(of: ["text", "speaker", "fragment"]))
        let hospitals = try #require(object["hospitals"] as? [[String: Any]])
        #expect(Set(hospitals[0].keys).isSuperset(of: ["name", "aliases", "posts"]))
    }

    @Test func jsonRoundTrips() throws {
        let document = ExportDocument(blog: blog)
        let decoded = try JSONDecoder().decode(ExportDocument.self, from: Data(document.json().utf8))
        #expect(decoded == document)
    }

    /// A second time line is exported as written, beside the time it repeats.
    @Test func aSecondTimeLineIsExported() throws {
        let blog = LiveBlogParser.parse("H\n\n5.19am BST\n05:19\nText.\n\n17:10\nPosted at 17:10\nMore text.")
        let document = ExportDocument(blog: blog)
        #expect(document.posts.map(\.secondaryTime) == ["05:19", "Posted at 17:10"])
        #expect(document.json().contains("\"secondaryTime\" : \"05:19\""))
    }

    @Test func hospitalFilterKeepsOnlyItsPosts() {
        let filter = PostFilter(hospital: "King’s College Hospital")
        let kept = filter.apply(to: blog, index: SearchIndex(blog))
        #expect(kept.count == 7)
        #expect(kept.allSatisfy { blog.posts[$0].hospitals.contains("King’s College Hospital") })
    }

    @Test func textFilterIsCaseAndApostropheInsensitiveAndNeedsEveryWord() {
        let index = SearchIndex(blog)
        #expect(PostFilter(text: "cake").apply(to: blog, index: index).map { blog.posts[$0].time } == ["12.53pm BST"])
        #expect(PostFilter(text: "CAKE goodwill").apply(to: blog, index: index).count == 1)
        #expect(PostFilter(text: "cake zebra").apply(to: blog, index: index).isEmpty)
        #expect(PostFilter(text: "king's college").apply(to: blog, index: index) == PostFilter(text: "king’s college").apply(to: blog, index: index))
        #expect(PostFilter(text: "  ").apply(to: blog, index: index).count == blog.posts.count)
    }

    @Test func filtersCombine() {
        let both = PostFilter(hospital: "King’s College Hospital", text: "food bank").apply(to: blog, index: SearchIndex(blog))
        #expect(both.map { blog.posts[$0].time } == ["11.30am BST", "10.49am BST"])
    }

    @Test func textTimelineIsReadable() {
        let text = TextTimeline.render(blog, postIndices: [2], filter: PostFilter(text: "cake"))
        #expect(text.contains("12.53pm BST"))
        #expect(text.contains("— Shruti Patel, trainee paediatric doctor, Lewisham Hospital"))
        #expect(text.contains("1 of 29 posts"))
    }

    @Test func sanitizerShowsControlsAndDropsInvisibles() {
        #expect(DisplayText.sanitize("a\u{1B}]0;title\u{07}b") == "a␛]0;title␇b")
        #expect(DisplayText.sanitize("x\u{9B}31m") == "x�31m")
        #expect(DisplayText.sanitize("ab\u{202E}cd\u{200B}e\u{2066}f") == "abcdef")
        #expect(DisplayText.sanitize("tab\there\r") == "tab here␍")
        #expect(DisplayText.sanitize("plain “text” 日本") == "plain “text” 日本")
    }
}
