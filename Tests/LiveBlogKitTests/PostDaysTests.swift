import Testing
import TestSupport
@testable import LiveBlogKit

/// The days a blog's posts are on, where the page heads them with a date.
@Suite struct PostDaysTests {
    /// A page that runs over days heads each with a date alone above its newest post's time
    /// line: the date is that post's heading, not the last paragraph of the post above, and the
    /// posts below it are on that day; the date that ends the header heads the first day.
    @Test func datesHeadingTheDaysOfABlog() {
        let text = SampleBlogs.headedDays
        let blog = LiveBlogParser.parse(text)
        #expect(blog.summary.isEmpty)
        #expect(blog.posts.map(\.dayHeading) == ["Thursday 16 November", nil, "Wednesday 15 November", nil, "Tuesday 14 November"])
        #expect(blog.posts.map(\.paragraphs) == [["Troops remained inside the hospital."], ["Contact with staff was lost."],
                                                 ["Video was released."], ["Doctors received dozens of wounded."],
                                                 ["A hospital ran out of fuel."]])
        // 18:05 on the 15th is after 22:10 on the 14th: no post out of order, and three days.
        #expect(blog.posts.map(\.dayOffset) == [2, 2, 1, 1, 0])
        #expect(blog.diagnostics.isEmpty)
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        #expect(blog.posts.first?.sourceLines == ["Thursday 16 November", "09:12", "Troops remained inside the hospital."])
    }

    /// Under one heading, a post earlier than the one below it is out of order (not the next
    /// day); headings that cross a year's end count on into January; a date alone that is a
    /// post's only line, or its first, stays its paragraph.
    @Test func headedDaysAcrossAYearsEndAndDatesThatHeadNothing() {
        let blog = LiveBlogParser.parse("""
            New year live

            1 January

            00:20
            Fireworks.

            23:50
            Out of place.

            31 December

            23:10
            Crowds gather.
            """)
        #expect(blog.posts.map(\.dayOffset) == [1, 1, 0])
        #expect(blog.diagnostics.map(\.message) == ["00:20 stands above the later 23:50"])
        let dated = LiveBlogParser.parse("H\n\n10:05\n12 Nov 2023\n\n09:00\n11 Nov 2023\nMore.")
        #expect(dated.posts.map(\.dayHeading) == [nil, nil])
        #expect(dated.posts.map(\.sourceLines) == [["10:05", "12 Nov 2023"], ["09:00", "11 Nov 2023", "More."]])
        #expect(dated.summary.isEmpty)
    }

    /// Time lines that carry their dates (`Wed 15 Nov 2023 18.05 GMT`) put each post on its
    /// own day and tell which way the blog runs, even where the steps between times mislead
    /// (18:05 on the 15th above 22:10 on the 14th is a step back a day, not one forward); time
    /// lines with no date are read by the steps alone, as before.
    @Test func timeLinesThatCarryTheirDates() {
        let blog = LiveBlogParser.parse("""
            Gaza live

            Thu 16 Nov 2023 09.12 GMT
            Troops remained inside the hospital.

            Wed 15 Nov 2023 18.05 GMT
            Doctors received dozens of wounded.

            Tue 14 Nov 2023 22.10 GMT
            A hospital ran out of fuel.
            """)
        #expect(blog.posts.map(\.dayOffset) == [2, 1, 0])
        #expect(!blog.isOldestFirst)
        #expect(blog.diagnostics.isEmpty)
        let undated = LiveBlogParser.parse("H\n\n09.12 GMT\nA.\n\n18.05 GMT\nB.\n\n22.10 GMT\nC.")
        #expect(undated.isOldestFirst)
        #expect(undated.posts.map(\.dayOffset) == [0, 0, 0])
        #expect(TimeOfDay.dateOfTimeLine("Wed 15 Nov 2023 18.05 GMT").map { [$0.day, $0.month] } == [15, 11])
        #expect(TimeOfDay.dateOfTimeLine("18.05 GMT") == nil)
    }
}

