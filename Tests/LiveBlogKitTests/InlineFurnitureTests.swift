import Testing
@testable import LiveBlogKit

/// Page furniture a copy of a web page holds between a post's paragraphs: kept with the
/// paragraph it stands before, in the lines the post was read from, and never read as text.
@Suite struct InlineFurnitureTests {
    static let text = """
        NHS strikes live: consultants join junior doctors on picket lines

        16.40 BST

        Consultants on the picket line

        Dr Vishal Sharma, chair of the BMA consultants committee, said: “We do not take this

        Skip past newsletter promotion

        Sign up to First Edition

        Our morning email breaks down the key stories of the day

        after newsletter promotion

        “lightly. We are here for our patients.”

        Advertisement

        16.05 BST

        Advertisement

        Steve Barclay said the strike was “unprecedented”.

        Continue reading...
        """

    /// A newsletter's box and an advertisement's label are no paragraphs: the quote they
    /// interrupt reads on across them, and the lines come back in order.
    @Test func aNewsletterBoxAndAnAdvertisementAreThePages() {
        let blog = LiveBlogParser.parse(Self.text)
        let post = blog.posts[0]
        #expect(post.paragraphs.count == 2)
        #expect(post.inlineFurniture.map(\.beforeParagraph) == [1, 2])
        #expect(post.inlineFurniture.first?.lines.count == 4)
        #expect(post.inlineFurniture.last?.lines == ["Advertisement"])
        #expect(post.quotes.count == 1)
        #expect(post.quotes.first?.speaker == "Vishal Sharma")
        #expect(blog.posts[1].inlineFurniture == [InlineFurniture(beforeParagraph: 0, lines: ["Advertisement"])])
        #expect(blog.footer == ["Continue reading..."])
        #expect(blog.sourceLines == LosslessTests.nonBlankLines(Self.text))
    }

    /// A box's opening line never closed within a dozen lines stands alone: what follows it
    /// is the post's text. A paragraph that only mentions an advertisement is text.
    @Test func anUnclosedBoxIsItsOpeningLineAlone() {
        let lines = ["Skip past newsletter promotion"] + (1...12).map { "Paragraph \($0)." } + ["after newsletter promotion"]
        let text = "Live\n\n9.00am\n" + lines.joined(separator: "\n") + "\nThe advertisement ran for a week."
        let post = LiveBlogParser.parse(text).posts[0]
        #expect(post.inlineFurniture.map(\.lines) == [["Skip past newsletter promotion"], ["after newsletter promotion"]])
        #expect(post.paragraphs.count == 13)
        #expect(LiveBlogParser.parse(text).sourceLines == LosslessTests.nonBlankLines(text))
    }
}
