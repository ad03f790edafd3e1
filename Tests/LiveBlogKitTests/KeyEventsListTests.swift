import Testing
import TestSupport
@testable import LiveBlogKit

/// A `Key events` list whose entries are stamped with their age (`1h ago`, then a title), as
/// the Guardian prints it above the posts: the entries are the list's, not posts.
@Suite struct KeyEventsListTests {
    /// Under the page's dateline, the list's entries stay in the header, in order; the first
    /// post is the first stamped with a clock time, with its day's heading.
    @Test func entriesStampedWithTheirAgeAreTheList() {
        let text = SampleBlogs.keyEventsWithAges
        let blog = LiveBlogParser.parse(text)
        #expect(blog.keyEvents == ["Key events", "1h ago", "Police say inquiry will widen", "2h ago", "Hospital bosses ‘failed to act’"])
        #expect(blog.keyEventEntries == ["1h ago · Police say inquiry will widen", "2h ago · Hospital bosses ‘failed to act’"])
        #expect(blog.posts.map(\.time) == ["2.15pm BST", "1.52pm BST"])
        #expect(blog.posts.first?.dayHeading == "Mon 21 Aug 2023")
        #expect(blog.posts.first?.hospitals == ["Countess of Chester Hospital"])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
    }

    /// The text export prints the list under the summary, each stamp beside its title, as the
    /// reader's header does.
    @Test func theTextExportPrintsTheList() {
        let lines = TextTimeline.render(LiveBlogParser.parse(SampleBlogs.keyEventsWithAges)).split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(of: "Key events") else {
            Issue.record("no key events heading in the text export")
            return
        }
        #expect(lines[heading - 1] == "")
        #expect(Array(lines[heading + 1...heading + 3]) == ["• 1h ago · Police say inquiry will widen", "• 2h ago · Hospital bosses ‘failed to act’", ""])
        #expect(lines[heading + 4].hasPrefix("── ") || lines[heading + 4].hasPrefix("2.15pm"))
    }

    /// A stamp with more than a title below it is a post, and so is all that follows it; a
    /// page of posts of one line each, with no other post after them, keeps them as posts.
    @Test func aStampWithTextBelowItsTitleIsAPost() {
        let text = "H\nKey events\n1h ago\nPickets\n2h ago\nStrike begins\nDoctors walked out at 8am.\n3h ago\nEarly start\n4.00pm\nT\nText."
        let blog = LiveBlogParser.parse(text)
        #expect(blog.keyEvents == ["Key events", "1h ago", "Pickets"])
        #expect(blog.posts.map(\.time) == ["2h ago", "3h ago", "4.00pm"])
        #expect(blog.posts.first?.paragraphs == ["Doctors walked out at 8am."])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        let alone = LiveBlogParser.parse("H\nKey events\n1h ago\nPickets\n2h ago\nStrike begins")
        #expect(alone.posts.map(\.time) == ["1h ago", "2h ago"])
        #expect(alone.keyEvents == ["Key events"])
    }

    /// Posts stamped with their age under a summary, with no key events list, stay posts.
    @Test func withoutAListStampsStartPosts() {
        let blog = LiveBlogParser.parse("H\nSummary line\n1h ago\nPickets\n4.00pm\nT\nText.")
        #expect(blog.posts.map(\.time) == ["1h ago", "4.00pm"])
    }

    /// Entries written with their time on the title's line stay as written; a stamp with no
    /// title after it stands alone.
    @Test func entriesOnOneLineStayAsWritten() {
        let blog = LiveBlogParser.parse("H\nKey events\n10.05am Pickets\n1h ago\nStrike begins\n\n10.05am\nText.")
        #expect(blog.keyEventEntries == ["10.05am Pickets", "1h ago · Strike begins"])
        #expect(LiveBlog(keyEvents: ["Key events", "Pickets", "2h ago"]).keyEventEntries == ["Pickets", "2h ago"])
    }
}
