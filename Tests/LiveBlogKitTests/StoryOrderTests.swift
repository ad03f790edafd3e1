import Testing
@testable import LiveBlogKit

/// "First met" means first in the story: from the file's end for a blog written newest first,
/// from its start for one written oldest first, so what a blog says of someone first is theirs.
@Suite struct StoryOrderTests {
    private let earlier = "Dr Jane Roe, a consultant at Lewisham hospital, said the wards were full."
    private let later = "Jane Roe, chair of the BMA council, said: “We will strike again.”"

    @Test func aBlogWrittenOldestFirstIsReadFromItsStart() {
        let blog = LiveBlogParser.parse("Strike – live\n\n9.00am\n\(earlier)\n\n11.00am\n\(later)\n\n1.00pm\nPickets left.\n")
        #expect(blog.isOldestFirst)
        #expect(blog.person(named: "Jane Roe")?.role == "consultant")
        #expect(blog.person(named: "Jane Roe")?.hospital == "Lewisham Hospital")
    }

    @Test func aBlogWrittenNewestFirstIsReadFromItsEnd() {
        let blog = LiveBlogParser.parse("Strike – live\n\n1.00pm\nPickets left.\n\n11.00am\n\(later)\n\n9.00am\n\(earlier)\n")
        #expect(!blog.isOldestFirst)
        #expect(blog.person(named: "Jane Roe")?.role == "consultant")
    }
}
