import Foundation
import Testing
@testable import LiveBlogKit

/// A header's writers line and dateline credit the blog: kept in `summary` where the text has
/// them (nothing read is lost), shown as one credit line under the headline, not as points.
@Suite struct HeaderCreditsTests {
    @Test func theWritersLineAndTheDatelineAreTheCredit() throws {
        let blog = LiveBlogParser.parse("""
            Storm live: rivers burst their banks

            Thousands without power; trains cancelled

            Kate Lyons and Ben Doherty

            Last modified on Mon 3 Feb 2025 19.40 GMT

            Warnings in place until Wednesday

            7.40pm GMT
            That is all for tonight.
            """)
        #expect(blog.summary.count == 4)
        #expect(blog.summaryPoints == ["Thousands without power; trains cancelled", "Warnings in place until Wednesday"])
        #expect(blog.writersLine == "Kate Lyons and Ben Doherty")
        #expect(blog.dateline == "Last modified on Mon 3 Feb 2025 19.40 GMT")
        #expect(blog.credit == "Kate Lyons and Ben Doherty · Last modified on Mon 3 Feb 2025 19.40 GMT")
        #expect(blog.reporters == ["Kate Lyons", "Ben Doherty"])
        let text = TextTimeline.render(blog).split(separator: "\n").map(String.init)
        #expect(Array(text.prefix(5)) == ["Storm live: rivers burst their banks", String(repeating: "=", count: 36),
                                          "Kate Lyons and Ben Doherty · Last modified on Mon 3 Feb 2025 19.40 GMT",
                                          "• Thousands without power; trains cancelled", "• Warnings in place until Wednesday"])
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(ExportDocument(blog: blog))) as? [String: Any]
        #expect(json?["writers"] as? String == "Kate Lyons and Ben Doherty")
        #expect(json?["dateline"] as? String == "Last modified on Mon 3 Feb 2025 19.40 GMT")
        #expect((json?["summary"] as? [String])?.count == 2)
    }

    /// `Kim Willsher in Paris and Claire Phipps`, `Denis Campbell Health policy editor`: where a
    /// writer writes from, and a role that lost its line, are read past to the names.
    @Test(arguments: [("Kim Willsher in Paris and Claire Phipps", ["Kim Willsher", "Claire Phipps"]),
                      ("Joan E Greve in Washington and Maanvi Singh in San Francisco", ["Joan E Greve", "Maanvi Singh"]),
                      ("Denis Campbell Health policy editor", ["Denis Campbell"]),
                      ("Helen Pidd North of England editor", ["Helen Pidd"]),
                      ("Tobi Thomas Health and inequalities correspondent", ["Tobi Thomas"]),
                      ("Denis Campbell and Rachel Hall", ["Denis Campbell", "Rachel Hall"]),
                      ("Gwyn Topham, transport correspondent", ["Gwyn Topham"]),
                      ("Jessica Elgot and Peter Walker, political correspondents", ["Jessica Elgot", "Peter Walker"]),
                      ("Sarah Boseley, health and social care editor", ["Sarah Boseley"]),
                      ("Trains cancelled, editor says", []),
                      ("Joe Biden arrives in Warsaw", []), ("Protests in Paris and Lyon", [])])
    func writersWithWhereTheyWriteFromOrTheirRole(line: String, writers: [String]) {
        #expect(PostLayout.writersLineNames(line) == writers)
    }

    @Test func datelinesInTheirShapes() {
        let datelines = ["Thu 2 Jan 2025 18.05 GMT", "Sat 28 Dec 2024 15.20 GMT", "First published on Tue 4 Jan 2022 17.55 AEDT",
                         "Published Sept. 28, 2022 3:45 p.m. ET", "Updated: March 27, 2020, 8:12 p.m. EDT", "12 June 2017",
                         "Wednesday 10 January 2024 14:30 UTC+1", "Posted on 3rd May 2021 at 9am",
                         // ABC's ages, labelled.
                         "Posted 2h ago, updated 12m ago", "Updated 5 minutes ago",
                         // CBC's and RTÉ's labels.
                         "Posted: Jul 30, 2022 2:15 PM ET | Last Updated: July 30, 2022", "Updated / Tuesday, 3 Jan 2023 17:45",
                         // French, German and Spanish pages'.
                         "Publié le 14 juin 2022 à 07h30", "Mis à jour le 14 juin 2022 à 09h12",
                         "Veröffentlicht am 14. Juni 2022 um 07:30 Uhr", "Publicado el 14 de junio de 2022 a las 07:30"]
        for line in datelines { #expect(HeaderCredits.isDateline(line), "\(line)") }
        let points = ["Flu admissions up 70% in a week", "March 2020 was the worst month", "Polls close at 10pm",
                      "Thu 2 Jan 2025 was the day it broke", "May 5", "Jan 2025 18.05 gmt and more", "",
                      "Posted 2h ago, then the roof fell in", "Le 14 juin, les urgences ferment", "Am 14. Juni streiken die Ärzte"]
        for line in points { #expect(!HeaderCredits.isDateline(line), "\(line)") }
    }

    /// A BBC page's `All times stated are UK` is a note about the page, kept but no point.
    @Test func allTimesStatedAreUK() {
        let blog = LiveBlogParser.parse("""
            Strike live

            Junior doctors walk out

            Live Reporting

            All times stated are UK

            Posted at 16:48
            Dr Aisha Malik says she is exhausted.
            """)
        #expect(blog.summary.count == 3)
        #expect(blog.summaryPoints == ["Junior doctors walk out"])
    }

    @Test func aHeaderWithoutCreditsKeepsItsSummary() {
        #expect(Fixtures.seed.credit == nil)
        #expect(Fixtures.seed.summaryPoints == Fixtures.seed.summary)
    }

    /// `May 26, 2024 14:35 IST` reads as a time, but straight above the first post's own time
    /// it is the header's dateline, not a post with no text; `Posted by …` names the writers.
    @Test func aDatelineAboveTheFirstPostsTime() {
        let blog = LiveBlogParser.parse("""
            Delhi hospital fire LIVE

            Posted by News Desk

            May 26, 2024 14:35 IST

            14:35 (IST)

            The minister visited the site.

            13:50 (IST)

            Five babies were moved.
            """)
        #expect(blog.posts.map(\.time) == ["14:35 (IST)", "13:50 (IST)"])
        #expect(blog.dateline == "May 26, 2024 14:35 IST")
        #expect(blog.writersLine == "Posted by News Desk")
        #expect(blog.sourceLines.count == 7, "nothing read is lost")
        // A first post with text keeps its dated time.
        let dated = LiveBlogParser.parse("H\n\nMay 26, 2024 14:35 IST\nThe minister visited.\n\n13:50 IST\nMoved.")
        #expect(dated.posts.map(\.time) == ["May 26, 2024 14:35 IST", "13:50 IST"])
        #expect(dated.dateline == nil)
        // Below a header's key events it stays where it stands: the summary is above them.
        let belowKeyEvents = LiveBlogParser.parse("H\n\nKey events\n\nA thing\n\nMay 26, 2024 14:35 IST\n\n14:35 (IST)\nText.\n\n13:50 (IST)\nMore.")
        #expect(belowKeyEvents.sourceLines == ["H", "Key events", "A thing", "May 26, 2024 14:35 IST", "14:35 (IST)", "Text.", "13:50 (IST)", "More."])
    }

    /// A page that stamps every post with its date (`Tue 4 Jun 2019 10.05 BST`) heads itself
    /// with a dateline of the same form: where the lines under it are a header's (`First
    /// published on …`, `Key events`), they and the dateline are the header, not a post.
    @Test func aDatedPageHeadsItselfWithADateline() {
        let blog = LiveBlogParser.parse("""
            Junior doctors' strike: walkout begins – live
            Doctors in England begin a 48-hour strike.
            Denis Campbell and Rachel Hall
            Tue 4 Jun 2019 10.05 BST
            First published on Tue 4 Jun 2019 06.30 BST
            Key events
            9.58am Pickets at the Royal Free
            Tue 4 Jun 2019 10.05 BST
            Pickets are out at the Royal Free hospital.
            Tue 4 Jun 2019 09.58 BST
            The strike begins.
            """)
        #expect(blog.posts.map(\.time) == ["Tue 4 Jun 2019 10.05 BST", "Tue 4 Jun 2019 09.58 BST"])
        #expect(blog.posts.map(\.minutesOfDay) == [10 * 60 + 5, 9 * 60 + 58])
        #expect(blog.dateline == "Tue 4 Jun 2019 10.05 BST")
        #expect(blog.writersLine == "Denis Campbell and Rachel Hall")
        #expect(blog.keyEvents == ["Key events", "9.58am Pickets at the Royal Free"])
        #expect(blog.summary.contains("First published on Tue 4 Jun 2019 06.30 BST"))
        #expect(blog.sourceLines.count == 11, "nothing read is lost")
        // Posts stamped so, under a plain header, are posts.
        let plain = LiveBlogParser.parse("H\n\nTue 4 Jun 2019 10.05 BST\nPickets.\n\nTue 4 Jun 2019 09.58 BST\nBegins.")
        #expect(plain.posts.map(\.time) == ["Tue 4 Jun 2019 10.05 BST", "Tue 4 Jun 2019 09.58 BST"])
        #expect(plain.dateline == nil)
    }

    /// A page's stamp with a line of summary under it, above its newest post stamped with the
    /// same time undated (`Sat 21 Oct 2023 19.25 BST`, `FULL TIME: Arsenal 2-2 Chelsea`, then
    /// `19.25 BST`), is the header's dateline and summary, not a post.
    @Test func aPagesStampAboveItsNewestPost() {
        let blog = LiveBlogParser.parse("""
            Arsenal v Chelsea: Premier League – live
            Scott Murray
            Sat 21 Oct 2023 19.25 BST
            FULL TIME: Arsenal 2-2 Chelsea
            19.25 BST
            A point apiece.
            19.18 BST
            GOAL! Arsenal 2-2 Chelsea (Trossard 84)
            Leandro Trossard sweeps home.
            """)
        #expect(blog.posts.map(\.time) == ["19.25 BST", "19.18 BST"])
        #expect(blog.dateline == "Sat 21 Oct 2023 19.25 BST")
        #expect(blog.writersLine == "Scott Murray")
        #expect(blog.summary.contains("FULL TIME: Arsenal 2-2 Chelsea"))
        #expect(blog.sourceLines.count == 9, "nothing read is lost")
        // Under another time, or above a dated post, it keeps its post.
        let later = LiveBlogParser.parse("H\n\nSat 21 Oct 2023 19.25 BST\nFull time.\n\n19.18 BST\nGoal.")
        #expect(later.posts.map(\.time) == ["Sat 21 Oct 2023 19.25 BST", "19.18 BST"])
        let dated = LiveBlogParser.parse("H\n\nSat 21 Oct 2023 19.25 BST\nFull time.\n\nSat 21 Oct 2023 19.25 BST\nGoal.")
        #expect(dated.posts.count == 2)
    }

    /// A writers line may credit a newsroom alone (`By The Associated Press`, a site before a
    /// bar: `TIMESOFINDIA.COM | Jun 3, 2023, 23:59 IST`), which names no reporter; `Last
    /// updated:` may label a dateline.
    @Test func aNewsroomsCredit() {
        let wire = LiveBlogParser.parse("""
            Las Vegas shooting: what we know
            By The Associated Press
            Last updated: 4:55 p.m. PDT, Oct. 2, 2017
            A summary point.
            4:55 p.m.
            Hospitals say dozens remain in critical condition.
            """)
        #expect(wire.writersLine == "By The Associated Press")
        #expect(wire.dateline == "Last updated: 4:55 p.m. PDT, Oct. 2, 2017")
        #expect(wire.summaryPoints == ["A summary point."])
        #expect(wire.reporters.isEmpty)
        let site = LiveBlogParser.parse("Odisha train accident LIVE\nTIMESOFINDIA.COM | Jun 3, 2023, 23:59 IST\n23:45 (IST) Jun 03\nText.")
        #expect(site.writersLine == "TIMESOFINDIA.COM | Jun 3, 2023, 23:59 IST")
        #expect(site.summaryPoints.isEmpty)
        // A summary line with a bar is no credit.
        #expect(!PostLayout.isNewsroomCredit("Doctors strike | Day two"))
        #expect(!PostLayout.isNewsroomCredit("By Monday the strike had ended"))
    }

    /// `Key points`, its points, then `Live reporting by Alix Culbertson`, as Sky heads a page:
    /// the labelled writers line below the list credits the page, where the text has it (no
    /// line moves), and a section label below it (`Live updates`) is no entry; a key event that
    /// is only names stays an entry, and a post's sentence that opens with a label is no credit.
    @Test func aLabelledWritersLineBelowTheKeyPoints() {
        let text = """
            Junior doctors strike: Thousands walk out

            Key points

            Junior doctors in England begin a six-day walkout

            Victoria Atkins and Vivek Trivedi

            Live reporting by Alix Culbertson

            Live updates

            14:32

            Written by hand, the notes were passed around the ward.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.keyEventEntries == ["Junior doctors in England begin a six-day walkout", "Victoria Atkins and Vivek Trivedi"])
        #expect(blog.writersLine == "Live reporting by Alix Culbertson")
        #expect(blog.credit == "Live reporting by Alix Culbertson")
        #expect(blog.reporters == ["Alix Culbertson"])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        #expect(PostLayout.writersLineNames("Reporting by Jane Smith and Tom Brown") == ["Jane Smith", "Tom Brown"])
        #expect(PostLayout.writersLineNames("Written by hand, the notes were passed around the ward.").isEmpty)
    }

    /// `Live updates by A and B` below the summary, as Al Jazeera credits its pages, names
    /// the page's writers; `Live blog by` and `Produced by` are such labels too.
    @Test func liveUpdatesByCreditsThePage() {
        let text = """
            Israel-Gaza war live: Hospitals in northern Gaza 'out of service'

            Israeli forces have surrounded al-Shifa Hospital.

            Live updates by Virginia Pietromarchi and Edna Mohamed

            10:45 GMT

            Al-Shifa hospital running out of fuel

            The hospital's generators have stopped.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.reporters == ["Virginia Pietromarchi", "Edna Mohamed"])
        #expect(blog.credit == "Live updates by Virginia Pietromarchi and Edna Mohamed")
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        #expect(PostLayout.writersLineNames("Live blog by Jane Smith") == ["Jane Smith"])
        #expect(PostLayout.writersLineNames("Produced by Tom Brown and Ann Lee") == ["Tom Brown", "Ann Lee"])
        #expect(PostLayout.writersLineNames("Live updates from the ward").isEmpty)
    }
}
