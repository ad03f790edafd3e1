import Testing
import LiveBlogKit
@testable import ReaderUI

/// The timeline's time column: seven cells, the time as the blog writes it where its first
/// word is the time, else as the time reads.
@Suite struct TimelineTimeTests {
    @Test(arguments: [
        ("12.53pm BST", "12.53pm"),
        ("19.30 GMT", "19.30"),
        ("18:00", "18:00"),
        ("05:19", "05:19"),
        ("3:45 p.m. ET", "3:45pm"),
        ("11:02 a.m. EDT", "11:02am"),
        ("9 a.m.", "9am"),
        ("12 p.m.", "12pm"),
        ("12:30 a.m. ET", "12:30am"),
        ("2:10 PM EDT, Sept. 28, 2022", "2:10pm"),
        ("Sept. 28, 2022, 11:05 a.m. ET", "11:05am"),
        ("May 1, 18:00", "18:00"),
        ("Tue 4 Jun 2019 10.05 BST", "10:05"),
        ("4 June 10:05", "10:05"),
        ("2019-06-04T10:05:00Z", "10:05"),
        ("04/06/2019 9:05", "09:05"),
        ("10:05:32", "10:05"),
        ("13h05", "13h05"),
        ("9am BST", "9am"),
        ("Posted 35 mins ago", "35m ago"),
    ])
    func shortTimes(line: String, shown: String) {
        let post = LiveBlogParser.parse("Headline\n\n" + line + "\nText.").posts.first
        #expect(post?.time == line)
        #expect(post.map(TimelineView.shortTime) == shown)
        #expect(shown.count <= TimelineView.timeWidth)
    }

    /// A blog whose posts are stamped with dates alone shows each day short.
    @Test(arguments: [
        ("12 Nov 2023", "12 Nov"),
        ("Sunday 12 November", "12 Nov"),
        ("November 12, 2023", "12 Nov"),
        ("2023-11-12", "12 Nov"),
        ("12/11/2023", "12 Nov"),
    ])
    func dates(line: String, shown: String) {
        let posts = LiveBlogParser.parse("Headline\n\n" + line + "\nText.\n\n" + line + "\nMore.").posts
        #expect(posts.map(\.time) == [line, line])
        #expect(posts.map(TimelineView.shortTime) == [shown, shown])
    }

    /// A minute-by-minute report's minutes show as football writes them, in the column's seven
    /// cells.
    @Test(arguments: [("43 min", "43'"), ("45+2 min", "45+2'"), ("67’", "67'"), ("120+10 mins", "120+10'")])
    func matchMinutes(line: String, shown: String) {
        let posts = LiveBlogParser.parse("Headline\n\n" + line + "\nText.\n\n" + line + "\nMore.").posts
        #expect(posts.map(\.time) == [line, line])
        #expect(posts.map(TimelineView.shortTime) == [shown, shown])
        #expect(shown.count <= TimelineView.timeWidth)
    }
}

