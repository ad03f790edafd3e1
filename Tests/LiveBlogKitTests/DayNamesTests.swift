import Testing
@testable import LiveBlogKit

/// What the reader calls each day a blog runs over.
@Suite struct DayNamesTests {
    /// The page's heading names its day; a page whose time lines carry dates names each day by
    /// its date; a blog that only crosses midnight numbers its days from the oldest.
    @Test func headingsDatesAndNumbers() {
        let headed = LiveBlogParser.parse("""
            Floods live

            Friday 8 March

            09:00
            Rivers are still rising.

            Thursday 7 March

            21:15
            The first flood warnings were issued.
            """)
        let headedNames = DayNames(headed.posts)
        #expect(headedNames.spanMoreThanOneDay)
        #expect([1, 0].map(headedNames.name(ofDay:)) == ["Friday 8 March", "Thursday 7 March"])
        // The plain-text timeline is parted by them too.
        let text = TextTimeline.render(headed)
        #expect(text.contains("\n── Friday 8 March ──\n\n09:00\n"), "\(text)")
        #expect(text.contains("\n── Thursday 7 March ──\n\n21:15\n"), "\(text)")

        let dated = LiveBlogParser.parse("""
            Storm live

            Sat 9 Mar 2024 01.10 GMT
            Power is back in most homes.

            Fri 8 Mar 2024 22.40 GMT
            Gusts of 90mph were recorded.

            Fri 8 Mar 2024 20.05 GMT
            The storm reached the coast.
            """)
        let datedNames = DayNames(dated.posts)
        #expect(dated.posts.map(\.dayOffset) == [1, 0, 0])
        #expect([1, 0].map(datedNames.name(ofDay:)) == ["9 Mar", "8 Mar"])

        let overnight = LiveBlogParser.parse("""
            Election night live

            01:30
            The first result is in.

            23:45
            Polls have closed.

            22:00
            Counting begins.
            """)
        let overnightNames = DayNames(overnight.posts)
        #expect(overnight.posts.map(\.dayOffset) == [1, 0, 0])
        #expect([1, 0].map(overnightNames.name(ofDay:)) == ["Day 2", "Day 1"])
    }

    @Test func aBlogOfOneDayIsNotParted() {
        let blog = LiveBlogParser.parse("""
            Strike live

            12.10pm
            Pickets have formed.

            9.05am
            The strike has begun.
            """)
        #expect(!DayNames(blog.posts).spanMoreThanOneDay)
        #expect(!TextTimeline.render(blog).contains("──"))
        #expect(!DayNames([]).spanMoreThanOneDay)
    }
}
