import Foundation
import Testing
@testable import LiveBlogKit

@Suite struct HeadOfBlogTests {
    let bytes = Array(Fixtures.seedText.utf8)

    @Test func cutsBeforeATimeLineSoTheHeadHoldsWholePosts() throws {
        let cut = try #require(HeadOfBlog.cut(bytes, budget: 5_000))
        #expect(cut >= 5_000)
        let nextLine = String(decoding: bytes[cut...].prefix { $0 != 10 }, as: UTF8.self)
        #expect(TimeOfDay.parseLine(nextLine) != nil)
    }

    @Test func theHeadsPostsAreTheNewestPostsOfTheWhole() throws {
        let cut = try #require(HeadOfBlog.cut(bytes, budget: 5_000))
        let head = LiveBlogParser.parse(bytes: bytes[..<cut])
        let whole = LiveBlogParser.parse(bytes: bytes)
        #expect(!head.posts.isEmpty)
        #expect(head.posts.map(\.id) == Array(whole.posts.prefix(head.posts.count).map(\.id)))
        #expect(head.posts.map(\.paragraphs) == Array(whole.posts.prefix(head.posts.count).map(\.paragraphs)))
    }

    @Test func aSliceIsCutByItsOwnIndices() throws {
        let slice = bytes[100...]
        let cut = try #require(HeadOfBlog.cut(slice, budget: 5_000))
        #expect(cut >= 5_100)
        #expect(TimeOfDay.parseLine(String(decoding: bytes[cut...].prefix { $0 != 10 }, as: UTF8.self)) != nil)
    }

    @Test func smallBlogsAreNotCut() {
        #expect(HeadOfBlog.cut(bytes, budget: bytes.count) == nil)
        #expect(HeadOfBlog.cut(Array("no times at all\n".utf8) + Array(repeating: 65, count: 100), budget: 10) == nil)
    }

    @Test func firstViewIsTheWholeBlogWhenSmallAndTheHeadWhenLarge() throws {
        let small = HeadOfBlog.firstView(of: Data(bytes), budget: bytes.count)
        #expect(!small.isPartial)
        #expect(small.blog == LiveBlogParser.parse(bytes: bytes))
        let large = HeadOfBlog.firstView(of: Data(bytes), budget: 5_000)
        let cut = try #require(HeadOfBlog.cut(bytes, budget: 5_000))
        #expect(large.isPartial)
        #expect(large.blog == LiveBlogParser.parse(bytes: bytes[..<cut]))
    }

    @Test func aBlogWithNoHeadToCutOpensOnItsLayoutWithoutExtraction() {
        // One post whose only paragraph runs past the budget: no time line follows it.
        let text = "Headline\n\n9.00am BST\n" + String(repeating: "Dr Asha Patel said “we are here” at Lewisham hospital. ", count: 400)
        let first = HeadOfBlog.firstView(of: Data(text.utf8), budget: 5_000)
        let whole = LiveBlogParser.parse(text)
        #expect(first.isPartial)
        #expect(first.blog.posts.map(\.paragraphs) == whole.posts.map(\.paragraphs))
        #expect(first.blog.sourceLines == whole.sourceLines)
        #expect(first.blog.hospitals.isEmpty && first.blog.posts[0].quotes.isEmpty)
        #expect(!whole.hospitals.isEmpty && !whole.posts[0].quotes.isEmpty)
    }
}

extension HeadOfBlogTests {
    /// A blog whose posts are stamped with dates alone or with their age is cut at one of
    /// them, so that its newest posts show at once rather than after the whole file is read.
    @Test(arguments: ["12 Nov 2023", "Posted 2h ago"])
    func aBlogStampedWithDatesOrAgesIsCut(stamp: String) throws {
        let text = "Headline\n" + (0..<400).map { "\(stamp)\nPost number \($0) says the ward was busy.\n" }.joined()
        let cut = try #require(HeadOfBlog.cut(Array(text.utf8), budget: 5_000))
        #expect(cut >= 5_000)
        let first = HeadOfBlog.firstView(of: Data(text.utf8), budget: 5_000)
        #expect(first.isPartial)
        #expect(first.blog.posts.count > 10)
        #expect(first.blog.posts.first?.paragraphs == ["Post number 0 says the ward was busy."])
    }

    @Test(arguments: [1, 7, 64, 1_000, 100_000])
    func theFirstViewIsTheSameWhateverTheChunksAndReadsNoMoreThanItNeeds(chunkSize: Int) throws {
        var offset = 0
        var read = 0
        let next = { () -> ArraySlice<UInt8>? in
            guard offset < bytes.count else { return nil }
            defer { offset += chunkSize }
            read = min(bytes.count, offset + chunkSize)
            return bytes[offset..<min(bytes.count, offset + chunkSize)]
        }
        let chunked = HeadOfBlog.firstView(chunks: next, budget: 5_000)
        let whole = HeadOfBlog.firstView(of: Data(bytes), budget: 5_000)
        #expect(chunked.isPartial && chunked.blog == whole.blog)
        let cut = try #require(HeadOfBlog.cut(bytes, budget: 5_000))
        // The head stops reading within a chunk (and one short line) of the cut.
        #expect(read <= max(cut + 48, 5_000) + chunkSize)
    }
}
