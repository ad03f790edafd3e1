import Testing
@testable import LiveBlogKit

/// A page whose posts are stamped with 24-hour times written with a stop and no zone
/// (`12.40`), which alone could be numbers: read as time lines only where the page has no
/// others.
@Suite struct BareDottedTimesTests {
    /// With no time lines, two lines or more of `12.40` alone are read again as stamps, each
    /// starting a post at its time; a date above the first stays in the header.
    @Test func bareDottedTimesStampAPageWithNoTimeLines() {
        let text = """
            Junior doctors’ strike: longest walkout in NHS history begins – live
            Wednesday 3 January 2024
            12.40
            Atkins: ‘The BMA walked away’
            The health secretary, Victoria Atkins, said the BMA walked away.
            12.05
            Picket lines across England
            Doctors gathered outside Leeds General Infirmary.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["12.40", "12.05"])
        #expect(blog.posts.map(\.minutesOfDay) == [12 * 60 + 40, 12 * 60 + 5])
        #expect(blog.posts.map(\.title) == ["Atkins: ‘The BMA walked away’", "Picket lines across England"])
        #expect(blog.summary == ["Wednesday 3 January 2024"])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        #expect(blog.hospitals.map(\.name) == ["Leeds General Infirmary"])
    }

    /// Among time lines `12.40` alone is a line like any other, and one alone starts nothing.
    @Test func aBareDottedTimeAmongTimeLinesOrAloneIsText() {
        let timed = LiveBlogParser.parse("H\n\n10.05am\nThe fare rose today, and in pounds it is now:\n12.40\n\n9.30am\nMore.")
        #expect(timed.posts.map(\.time) == ["10.05am", "9.30am"])
        #expect(timed.posts.first?.paragraphs == ["The fare rose today, and in pounds it is now:", "12.40"])
        #expect(LiveBlogParser.parse("H\n12.40\nText.").posts.isEmpty)
        #expect(StructureBuilder.bareDottedTime("9.05") == TimeOfDay(hour: 9, minute: 5))
        #expect(StructureBuilder.bareDottedTime(" 23.59 ") == TimeOfDay(hour: 23, minute: 59))
        #expect(["24.00", "12.60", "12.4", "112.40", "12:40", "12.40pm", "1.2.3", "a.bc"].allSatisfy { StructureBuilder.bareDottedTime($0) == nil })
    }
}
