import Testing
@testable import LiveBlogKit

/// A minute-by-minute sports report, stamped with the match's minutes instead of times of day.
@Suite struct MatchMinuteTests {
    /// With no time lines, each minute (`43 min`, `45+2 min`, `67'`) starts a post whose time of
    /// day is unknown, shown short in the timeline; a minute inside a sentence starts none.
    @Test func minutesStartThePostsOfAReportWithNoTimes() {
        let text = """
            Denmark v Finland: Euro 2020 – live

            90 min
            Full time: Denmark 0-1 Finland. Eriksen was taken to Rigshospitalet.

            45+2 min
            Half-time.

            43 min
            Eriksen has collapsed. "He is awake and talking," the Danish FA said.
            It is 43 min since kick-off.

            1'
            Kick-off in Copenhagen.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["90 min", "45+2 min", "43 min", "1'"])
        #expect(blog.posts.allSatisfy { $0.timeOfDay == nil })
        #expect(blog.posts[2].paragraphs.count == 2)
        #expect(blog.hospitals.map(\.name) == ["Rigshospitalet"])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        #expect(["90 min", "45+2 min", "67'", "67’", "12 mins", "3 minutes"].map(MatchMinute.shortForm)
                == ["90'", "45+2'", "67'", "67'", "12'", "3'"])
        #expect(["90", "min", "90 min ago", "1000 min", "45+ min", "It is 43 min"].allSatisfy { MatchMinute.shortForm($0) == nil })
    }

    /// The match's stages alone on a line (`FULL-TIME`, `Half time!`, `Kick-off`) stamp posts
    /// as its minutes do, shown short (`FT`, `HT`, `KO`) and ordered with them; a stage in a
    /// sentence (`Half-time.`, `Kick-off in Copenhagen.`) stamps none. A patient's state at a
    /// hospital (`awake and stable at Rigshospitalet`) does not make it their workplace.
    @Test func theMatchsStagesStampPosts() {
        let text = """
            Denmark v Finland – as it happened

            FULL-TIME
            Finland win. Christian Eriksen is awake and stable at Rigshospitalet.

            90+4 min
            Pohjanpalo's header proved decisive.

            Half time!
            Half-time.

            43 min
            Eriksen has collapsed.

            Kick-off
            Kick-off in Copenhagen.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["FULL-TIME", "90+4 min", "Half time!", "43 min", "Kick-off"])
        #expect(blog.posts.map { MatchMinute.shortForm($0.time) } == ["FT", "90+4'", "HT", "43'", "KO"])
        #expect(!blog.isOldestFirst)
        #expect(blog.people.first { $0.name == "Christian Eriksen" }?.hospital == nil)
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
    }

    /// A report written from kick-off down runs oldest first, told by its minutes (`45+2'`
    /// comes after `45'`); one written from the final whistle up, newest first.
    @Test func theMinutesTellWhichWayAReportRuns() {
        let fromKickOff = LiveBlogParser.parse("""
            Arsenal v Spurs – as it happened

            1 min
            Kick-off at the Emirates.

            45 min
            A minute added.

            45+1 min
            Half-time: 0-0.

            67'
            A player is taken to hospital after a clash of heads.

            90 min
            Full time.
            """)
        #expect(fromKickOff.isOldestFirst)
        #expect(fromKickOff.diagnostics.isEmpty)
        let fromTheWhistle = LiveBlogParser.parse("""
            Arsenal v Spurs – live

            90 min
            Full time.

            67'
            A player is taken to hospital.

            45+1 min
            Half-time: 0-0.

            1 min
            Kick-off at the Emirates.
            """)
        #expect(!fromTheWhistle.isOldestFirst)
        #expect(["45 min", "45+1 min", "46'", "90+12 min"].map(MatchMinute.elapsed) == [4500, 4501, 4600, 9012])
    }

    /// A minute and the post's title on one line (`78 min GOAL! …`, `90+2' – Red card`)
    /// start a post titled so, its line kept as written; a minute before a sentence does not.
    @Test func aMinuteBeforeATitleOnItsLine() {
        let text = """
            Manchester City 3-1 Arsenal – as it happened

            90+4 min

            Haaland has a chance for a hat-trick but Raya saves.

            78 min GOAL! Manchester City 3-1 Arsenal (Haaland)

            Haaland again! The cross is met at the far post.

            62' – Red card for Rice

            He is off after a second booking.

            23 min GOAL! Manchester City 2-1 Arsenal (Saka)

            Saka curls one in from the edge of the area.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["90+4 min", "78 min", "62'", "23 min"])
        #expect(blog.posts.map(\.title) == [nil, "GOAL! Manchester City 3-1 Arsenal (Haaland)", "Red card for Rice",
                                            "GOAL! Manchester City 2-1 Arsenal (Saka)"])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        #expect(MatchMinute.titled("78 min: Haaland has a chance for a hat-trick, but Raya saves it with his feet.") == nil)
        #expect(MatchMinute.titled("1990 World Cup winner dies") == nil)
    }
}
