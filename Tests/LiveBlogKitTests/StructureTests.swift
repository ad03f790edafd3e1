import Testing
@testable import LiveBlogKit
import TestSupport

@Suite struct StructureTests {
    let blog = LiveBlogParser.parse(Fixtures.electionNight)

    @Test func header() {
        #expect(blog.headline == "Election night: results as they happen")
        #expect(blog.summary == ["Polls have closed across the country"])
        #expect(blog.keyEvents == ["Key events", "Turnout up in the north", "Exit poll published"])
    }

    @Test func footerFurnitureIsNotAPost() {
        #expect(blog.footer == ["Continue reading...", "Show more"])
        #expect(blog.posts.last?.paragraphs == ["Ten minutes to go."])
    }

    @Test func everyTimeFormAndTheTwoLineForm() {
        #expect(blog.posts.map(\.time) == ["1.15am GMT", "00:45", "23:50", "22.05\u{00A0}GMT", "22.05 GMT", "9.58pm GMT"])
        #expect(blog.posts.last?.secondaryTime == "21:58")
    }

    /// `Posted at 17:10` under `17:10` repeats the time: it is the post's second time line, and
    /// the heading below it is its title; under another time it is a line like any other
    /// (here, a heading).
    @Test func aPostedAtLineRepeatingTheTimeIsItsSecondTimeLine() {
        let blog = LiveBlogParser.parse("H\n\n17:10\nPosted at 17:10\nWater companies urge customers to save water\nDemand hit a record.\n\n16:02\nPosted at 15:00\nText.")
        #expect(blog.posts.first?.secondaryTime == "Posted at 17:10")
        #expect(blog.posts.first?.title == "Water companies urge customers to save water")
        #expect(blog.posts.first?.paragraphs == ["Demand hit a record."])
        #expect(blog.posts.last?.secondaryTime == nil)
        #expect(blog.posts.last?.title == "Posted at 15:00")
    }

    /// `Posted at 16:45` with no time line above it is the post's time line, as older BBC live
    /// pages head every post; the header's section labels (`Summary`, `Live Reporting`) are
    /// kept and are no summary points.
    @Test func aPostedAtLineAloneIsTheTimeLine() {
        let blog = LiveBlogParser.parse("""
            NHS strike: Nurses walk out across England

            Summary
            Nurses in England are staging their biggest strike
            Live Reporting
            Edited by Alex Kleiderman and Nick Triggle

            Posted at 16:45
            Picket line at St Thomas' Hospital
            Nurses have been waving placards.

            Posted at 16:12
            Posted at the gate, a notice listed the wards.
            """)
        #expect(blog.posts.map(\.time) == ["Posted at 16:45", "Posted at 16:12"])
        #expect(blog.posts.first?.title == "Picket line at St Thomas' Hospital")
        #expect(blog.posts.last?.paragraphs == ["Posted at the gate, a notice listed the wards."])
        #expect(blog.summary.count == 4)
        #expect(blog.summaryPoints == ["Nurses in England are staging their biggest strike"])
        #expect(blog.writersLine == "Edited by Alex Kleiderman and Nick Triggle")
    }

    /// `Posted 2h ago`, as pages print their newest posts' times, starts a post whose time of
    /// day is unknown; under a time line it is that post's second. Prose is no such line.
    @Test func aPostedAgoLineStartsAPost() {
        let blog = LiveBlogParser.parse("""
            H

            Posted 2h ago
            First.

            35 mins ago
            Second.
            2 hours ago, the ward was closed.

            4.52pm AEST
            Posted just now
            Third.

            Just now
            Fourth.
            Just nowhere to go.
            """)
        #expect(blog.posts.map(\.time) == ["Posted 2h ago", "35 mins ago", "4.52pm AEST", "Just now"])
        #expect(blog.posts.map(\.minutesOfDay) == [nil, nil, 16 * 60 + 52, nil])
        #expect(blog.posts[3].paragraphs == ["Fourth.", "Just nowhere to go."])
        #expect(blog.posts[1].paragraphs == ["Second.", "2 hours ago, the ward was closed."])
        #expect(blog.posts[2].secondaryTime == "Posted just now")
        #expect(["2h ago", "Posted 2 hours ago", "Posted just now", "1 day ago"].map(RelativeTime.shortForm) == ["2h ago", "2h ago", "now", "1d ago"])
        #expect(["2 people ago", "Posted 2h", "ago", "1234 hours ago", "2 hours ago today"].allSatisfy { RelativeTime.shortForm($0) == nil })
    }

    /// A page with no time lines that stamps its posts with dates alone (`12 Nov 2023`, as Al
    /// Jazeera's live pages do) is read again, each date starting a post; a blog with time
    /// lines keeps such a line where it stands, and one date alone starts nothing.
    @Test func postsStampedWithDatesAlone() {
        let text = """
            Israel-Gaza war live: Hospitals 'out of service'
            By Zaheena Rasheed and Federica Marsi
            Published On 12 Nov 2023
            12 Nov 2023
            Here’s what we know
            Al-Shifa has been surrounded.
            11 Nov 2023
            Babies die as incubators fail
            Two premature babies had died.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["12 Nov 2023", "11 Nov 2023"])
        #expect(blog.posts.map(\.title) == ["Here’s what we know", "Babies die as incubators fail"])
        #expect(blog.posts.allSatisfy { $0.minutesOfDay == nil })
        #expect(blog.dateline == "Published On 12 Nov 2023")
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        #expect(blog.diagnostics.isEmpty)
        let timed = LiveBlogParser.parse("H\n\n10:05\n12 Nov 2023\nText.\n\n09:00\n11 Nov 2023\nMore.")
        #expect(timed.posts.map(\.sourceLines) == [["10:05", "12 Nov 2023", "Text."], ["09:00", "11 Nov 2023", "More."]])
        let once = LiveBlogParser.parse("H\n12 Nov 2023\nText.")
        #expect(once.posts.isEmpty)
        #expect(["12 Nov 2023", "Sunday 12 November", "November 12, 2023", "2023-11-12"].allSatisfy(TimeOfDay.isDateLine))
        #expect(!["Sunday", "Nov 2023 was cold", "12 people", "12:05", "Sunday 12"].contains(where: TimeOfDay.isDateLine))
    }

    /// A page with no time lines that heads each post with its time and title on one line
    /// (`10.05am Pickets at St Thomas'`) is read again with each such line starting a post, the
    /// time its time line and the words after it its title; in a blog with time lines such a
    /// line is a post's own (a key event, a paragraph).
    @Test func postsHeadedWithATimeAndATitle() {
        let text = "Strike live\nDoctors walk out.\n10.05am Pickets at St Thomas'\nDr Ann Lee said: \"We are here.\"\n9.30am – Strike begins\nIt began at 8am."
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["10.05am", "9.30am"])
        #expect(blog.posts.map(\.title) == ["Pickets at St Thomas'", "Strike begins"])
        #expect(blog.posts.allSatisfy { $0.titleSharesTimeLine })
        #expect(blog.posts.map(\.paragraphs) == [["Dr Ann Lee said: \"We are here.\""], ["It began at 8am."]])
        #expect(blog.posts.map(\.minutesOfDay) == [10 * 60 + 5, 9 * 60 + 30])
        #expect(blog.posts.first?.quotes.first?.speaker == "Ann Lee")
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
        let timed = LiveBlogParser.parse("H\nKey events\n10.05am Pickets\n9.30am Strike begins\n\n10.05am\nText.")
        #expect(timed.posts.map(\.time) == ["10.05am"])
        #expect(timed.keyEvents == ["Key events", "10.05am Pickets", "9.30am Strike begins"])
        let storm = TimeOfDay.timedTitle("10:05 a.m. ET Storm hits")
        #expect(storm?.time == TimeOfDay(hour: 10, minute: 5, zone: "ET"))
        #expect([storm?.timeText, storm?.joiner, storm?.title] == ["10:05 a.m. ET", " ", "Storm hits"])
        #expect(TimeOfDay.timedTitle("4.50pm: Union says strike 'will escalate'")?.joiner == ": ")
        #expect(TimeOfDay.timedTitle("10:05") == nil && TimeOfDay.timedTitle("10 people died") == nil)
        #expect(TimeOfDay.timedTitle("10:05 –") == nil)
    }

    /// `Live` above a BBC page's headline is a label: the headline is the line below it, and
    /// the label is kept where the text has it. A header of labels alone keeps its first as
    /// the headline.
    @Test func aLiveLabelAboveTheHeadline() {
        let text = "Live\nSouthport stabbing: Three children killed\nSummary\nA boy has been arrested\n\nPosted at 19:45 29 Jul\nText."
        let blog = LiveBlogParser.parse(text)
        #expect(blog.headline == "Southport stabbing: Three children killed")
        #expect(blog.summaryPoints == ["A boy has been arrested"])
        #expect(blog.sourceLines == ["Live", "Southport stabbing: Three children killed", "Summary", "A boy has been arrested",
                                     "Posted at 19:45 29 Jul", "Text."])
        #expect(blog.posts.first?.minutesOfDay == 19 * 60 + 45)
        let labels = LiveBlogParser.parse("Live\n\n19:45\nText.")
        #expect(labels.headline == "Live")
        #expect(labels.sourceLines == ["Live", "19:45", "Text."])
    }

    /// A byline may end in a description after a comma (`By Denis Campbell, health policy
    /// editor`); a sentence that opens with `By` and a capital is no byline.
    @Test func aBylineWithADescription() {
        let blog = LiveBlogParser.parse("H\n\n3.20pm BST\nBy Denis Campbell, health policy editor\nStaff said so.\n\n"
            + "3.10pm BST\nBy Monday, hospitals will have run out of blood.\nMore below.")
        #expect(blog.posts.first?.byline == "By Denis Campbell, health policy editor")
        #expect(blog.posts.first?.title == nil)
        #expect(blog.posts.last?.byline == nil)
        #expect(blog.posts.last?.paragraphs.first == "By Monday, hospitals will have run out of blood.")
    }

    /// An American page's times make its posts: `3:45 p.m. ET`, a date after the time or
    /// before it, `9 a.m.`; a line of a month and a number with no time is text.
    @Test func americanTimeLines() {
        let blog = LiveBlogParser.parse("""
            Hurricane Ian live updates

            3:45 p.m. ET
            Tampa General Hospital moved patients to upper floors.

            2:10 p.m. ET, Sept. 28, 2022
            The governor spoke.

            Sept. 28, 2022, 11:05 a.m. ET
            March 3 was the last storm this strong.

            9 a.m.
            The storm strengthened overnight.
            """)
        #expect(blog.posts.map(\.time) == ["3:45 p.m. ET", "2:10 p.m. ET, Sept. 28, 2022", "Sept. 28, 2022, 11:05 a.m. ET", "9 a.m."])
        #expect(blog.posts.map { $0.timeOfDay?.twentyFourHour } == ["15:45", "14:10", "11:05", "09:00"])
        #expect(blog.posts.map(\.paragraphs.count) == [1, 1, 1, 1])
        #expect(blog.diagnostics.isEmpty)
    }

    @Test func emptyPostsAndSharedTimes() {
        let shared = blog.posts.filter { $0.timeOfDay?.minutes == 22 * 60 + 5 }
        #expect(shared.count == 2)
        #expect(shared[0].isEmpty)
        #expect(!shared[1].isEmpty)
        #expect(shared[0].id != shared[1].id)
    }

    @Test func crossingMidnightOrdersCorrectly() {
        #expect(blog.posts.map(\.dayOffset) == [1, 1, 0, 0, 0, 0])
        let keys = blog.posts.compactMap(\.sortKey)
        #expect(keys == keys.sorted(by: >), "newest first must be descending in time")
    }

    @Test func labelsTitleBylineUpdated() {
        let top = blog.posts[0]
        #expect(top.isKeyEvent)
        #expect(top.title == "Afternoon summary")
        #expect(top.updated == "Updated at 1.20am GMT")
        #expect(top.paragraphs == ["Counting continues in Leeds."])
        #expect(blog.posts[2].byline == "By Jane Doe")
    }

    @Test func idsAreStableWhenNewPostsArriveOnTop() {
        let later = LiveBlogParser.parse(Fixtures.electionNight.replacingOccurrences(
            of: "1.15am GMT", with: "2.30am GMT\nA new post on top.\n\n2.30am GMT\n\n1.15am GMT"))
        #expect(later.posts.count == blog.posts.count + 2)
        #expect(Array(later.posts.map(\.id).suffix(blog.posts.count)) == blog.posts.map(\.id))
    }

    @Test func smallInversionsAreNotedNotTreatedAsNewDays() {
        let blog = LiveBlogParser.parse("Head\n\n10.05am BST\nB\n\n10.10am BST\nA\n\n9.00am BST\nC")
        #expect(blog.posts.map(\.dayOffset) == [0, 0, 0])
        #expect(blog.diagnostics.contains { $0.kind == .outOfOrderTime })
    }

    @Test func pinnedPostIsKeptApart() {
        let blog = LiveBlogParser.parse("Head\nStandfirst\nPinned post\n10.05am BST\nWelcome.\n\n11.00am BST\nLatest.\n\n10.05am BST\nWelcome.")
        #expect(blog.pinned?.post?.paragraphs == ["Welcome."])
        #expect(blog.posts.count == 2)
        // The text export prints it under the summary, as the reader's header shows it.
        #expect(TextTimeline.render(blog).hasPrefix("Head\n====\n• Standfirst\n\nPinned post\nWelcome.\n\n11.00am BST\n"))
    }

    @Test func noTimeLinesMeansNoPostsAndADiagnostic() {
        let blog = LiveBlogParser.parse("Just a headline\nand a line")
        #expect(blog.posts.isEmpty)
        #expect(blog.headline == "Just a headline")
        #expect(blog.diagnostics.map(\.kind) == [.noTimeLines])
    }

    @Test func emptyAndWhitespaceInputs() {
        #expect(LiveBlogParser.parse("") == LiveBlog())
        #expect(LiveBlogParser.parse(" \n\t\n\u{00A0}\n").posts.isEmpty)
    }

    @Test func crlfLineEndings() {
        let blog = LiveBlogParser.parse("Head\r\n\r\n9.00am BST\r\nText.\r\n")
        #expect(blog.posts.first?.paragraphs == ["Text."])
    }

    /// The page's buttons under a post (`Share`, `Facebook`, `Twitter`), as a copy of its text
    /// holds them, are kept apart from its paragraphs; under the last post they and a list of
    /// the page's topics are the foot's.
    @Test func buttonsAndTopicsArePageFurniture() {
        let text = """
            Strike live

            12.05 BST
            Pickets at Homerton
            Doctors gathered outside Homerton hospital.
            Share
            Updated at 12.15 BST

            11.40 BST
            Jeremy Hunt said the strike was "wholly unnecessary".
            Share
            Facebook
            Twitter

            10.02 BST
            The walkout began at 8am.
            Share
            Topics
            NHS
            Junior doctors
            Reuse this content
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.paragraphs) == [["Doctors gathered outside Homerton hospital."],
                                                  ["Jeremy Hunt said the strike was \"wholly unnecessary\"."], ["The walkout began at 8am."]])
        #expect(blog.posts.map(\.furniture) == [["Share"], ["Share", "Facebook", "Twitter"], []])
        #expect(blog.posts[0].updated == "Updated at 12.15 BST")
        #expect(blog.footer == ["Share", "Topics", "NHS", "Junior doctors", "Reuse this content"])
        #expect(blog.sourceLines == LosslessTests.nonBlankLines(text))
        // A post of one such line keeps it as its text; a sentence ends no list of topics.
        #expect(LiveBlogParser.parse("H\n\n10:00\nTwitter\n\n9:00\nText.").posts[0].paragraphs == ["Twitter"])
        #expect(LiveBlogParser.parse("H\n\n10:00\nTopics\nWe talked about pay.").footer.isEmpty)
    }

    /// A byte-order mark opening the file (as Windows editors save one) says how it is
    /// encoded and is no text: the headline does not hold it. Anywhere else it is kept.
    @Test func aByteOrderMarkOpeningTheFile() {
        let blog = LiveBlogParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("Head\r\n\r\n9.00am BST\r\n\u{FEFF}Text.\r\n".utf8))
        #expect(blog.headline == "Head")
        #expect(blog.posts.first?.paragraphs == ["\u{FEFF}Text."])
        #expect(LiveBlogParser.parse(bytes: [0xEF, 0xBB, 0xBF, 10] + Array("Head\n9.00am\nText.".utf8)).headline == "Head")
    }

    @Test func invalidUTF8IsRepairedAndNoted() {
        let bytes: [UInt8] = Array("Head\n\n9.00am BST\nBad ".utf8) + [0xFF, 0xC3] + Array(" byte".utf8)
        let blog = LiveBlogParser.parse(bytes: bytes)
        #expect(blog.posts.first?.paragraphs.first?.contains("\u{FFFD}") == true)
        #expect(blog.diagnostics.first?.kind == .invalidUTF8)
    }

    @Test func aRepairAsLongAsTheBytesItReplacesIsNoted() {
        // A four-byte sequence cut after three bytes becomes one U+FFFD: three bytes as well.
        let bytes: [UInt8] = Array("Head\n\n9.00am BST\nCut ".utf8) + [0xF0, 0x9F, 0x98] + Array("\n".utf8)
        let blog = LiveBlogParser.parse(bytes: bytes)
        #expect(blog.posts.first?.paragraphs == ["Cut \u{FFFD}"])
        #expect(blog.diagnostics.first?.kind == .invalidUTF8)
    }
}

extension StructureTests {
    @Test func diagnosticsOfOneKindStopAtAHundredAndCountTheRest() {
        // 300 posts newest first, every other one a minute earlier than the one below it: 150 inversions.
        let text = (0..<300).map { index in
            let minutes = 1200 - 3 * (index / 2) + index % 2
            return String(format: "%02d:%02d", minutes / 60, minutes % 60) + "\nPost \(index).\n"
        }.joined()
        let blog = LiveBlogParser.parse(text)
        let notes = blog.diagnostics.filter { $0.kind == .outOfOrderTime }
        #expect(notes.count == 101)
        #expect(notes.last?.message.hasSuffix("more like these") == true)
        #expect(notes.last?.line == nil)
    }
}

extension StructureTests {
    @Test func aPostStaysSmallWhateverItHolds() {
        // A million one-line posts must not cost hundreds of bytes each before their text.
        #expect(MemoryLayout<Post>.stride <= 64)
        var post = Post(time: "9.00am", paragraphs: ["Text."])
        post.title = "Summary"
        post.quotes = [Quote(text: "Hi", isFragment: false, isClosed: true, paragraphs: 0...0)]
        #expect(post.title == "Summary" && post.quotes.count == 1 && post.byline == nil && post.people.isEmpty)
        var copy = post
        copy.title = nil
        #expect(post.title == "Summary" && copy.title == nil && copy != post)
    }

    @Test func idsAndTimesWorkedOutFromTheTextReadBackAsSet() throws {
        var post = Post(time: "9.41am BST", timeOfDay: TimeOfDay.parseLine("9.41am BST"), paragraphs: ["Text."])
        #expect(post.timeOfDay == TimeOfDay(minutes: 9 * 60 + 41, zone: "BST"))
        post.id = "0941-123456"
        let content = PostID.make(for: post)
        for id in [content, content + "-2", content + "-17", "pinned-" + content, "0941-123456", "custom", content + "-x", content + "-1", ""] {
            post.id = id
            #expect(post.id == id)
        }
        post.timeOfDay = TimeOfDay(minutes: 100, zone: "GMT")
        #expect(post.timeOfDay == TimeOfDay(minutes: 100, zone: "GMT"))
        post.timeOfDay = TimeOfDay(minutes: 100, zone: nil)
        #expect(post.timeOfDay == TimeOfDay(minutes: 100, zone: nil))
        post.timeOfDay = nil
        #expect(post.timeOfDay == nil && post.sortKey == nil)
        let blog = LiveBlogParser.parse(Fixtures.seedText)
        #expect(Set(blog.posts.map(\.id)).count == blog.posts.count)
        #expect(blog.posts.allSatisfy { $0.timeOfDay == TimeOfDay.parseLine($0.time) })
    }
}

extension StructureTests {
    /// Labels are matched in their lowercase, trimmed form, whatever the line's scripts: a line
    /// beyond ASCII is lowercased in full only when that can give an (ASCII) label.
    @Test func labelsMatchInAnyCaseAndScript() {
        let labels = PageFurniture.keyEventLabels
        #expect(PageFurniture.isLabel("  KEY Event\t", in: labels))
        // The Kelvin sign lowercases to an ASCII k.
        #expect(PageFurniture.isLabel("\u{212A}ey event", in: labels))
        #expect(PageFurniture.isLabel("\u{00A0}Breaking\u{00A0}", in: labels))
        #expect(!PageFurniture.isLabel("“Key event”", in: labels))
        #expect(!PageFurniture.isLabel("Key évent", in: labels))
        #expect(!PageFurniture.isLabel("Key events", in: labels))
    }

    /// A title is a short heading line; its last character is read on the bytes when ASCII.
    /// Trimming passes over ASCII white space byte by byte and reads only an end beyond ASCII
    /// scalar by scalar: it must trim as the scalar reading does, to the same slice.
    @Test func trimmingAgreesWithTheScalarReading() {
        var random = SplitMix(state: 11)
        let pieces = [" ", "\t", "\u{00A0}", "\u{2003}", "\u{3000}", "a", "Z", "é", "e\u{301}", "”", "“", "…", "\r", "\n", "."]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<9, using: &random) { text += pieces.randomElement(using: &random) ?? "" }
            // A slice of a longer string, as the callers trim.
            let whole = "x" + text + "y"
            let slice = whole.dropFirst().dropLast()
            let fast = slice.trimmedOfWhitespace()
            let slow = slice.trimmedOfWhitespaceByScalar()
            #expect(fast == slow && fast.startIndex == slow.startIndex && fast.endIndex == slow.endIndex, "\(text.debugDescription)")
        }
    }

    @Test func titlesAreShortHeadingsWithoutSentenceEnds() {
        #expect(PostLayout.isTitle("Picket lines across England", followedByText: true))
        #expect(PostLayout.isTitle("  Afternoon summary ", followedByText: false))
        #expect(!PostLayout.isTitle("Picket lines across England.", followedByText: true))
        #expect(!PostLayout.isTitle("Picket lines across England", followedByText: false))
        #expect(!PostLayout.isTitle("“Picket lines”", followedByText: true))
        #expect(PostLayout.isTitle("Picket lines at King’s", followedByText: true))
        #expect(PostLayout.isTitle("Café e\u{301}", followedByText: true))
        #expect(!PostLayout.isTitle("Doctors strike again,\u{00A0}", followedByText: true))
        // A short question heads a post; a long one is a paragraph.
        #expect(PostLayout.isTitle("Who are junior doctors?", followedByText: true))
        #expect(!PostLayout.isTitle("Why would anyone go on strike when the government has offered them eleven percent already?",
                                    followedByText: true))
        // A line wholly in single quotes is a heading (the BBC's); one quote inside a sentence is not.
        #expect(PostLayout.isTitle("‘I can’t afford to stay in this country’", followedByText: true))
        #expect(PostLayout.isTitle("'We are seeing more heatstroke cases'", followedByText: true))
        #expect(!PostLayout.isTitle("‘We are tired,’ said one nurse.", followedByText: true))
        // Quoted words, then in a few words who said them, as Sky heads a post.
        #expect(PostLayout.isTitle("'We cannot go on like this,' says doctor on picket line", followedByText: true))
        #expect(PostLayout.isTitle("‘We can’t go on’ – nurse", followedByText: true))
        // The BBC's, with the comma outside the quote.
        #expect(PostLayout.isTitle("'We are not greedy', says striking nurse", followedByText: true))
        #expect(PostLayout.isTitle("‘We are not greedy’, says striking nurse", followedByText: true))
        #expect(!PostLayout.isTitle("‘We are not greedy’, says striking nurse.", followedByText: true))
        // In double quotes, the quote closed before its colon or comma, as Indian pages head one.
        #expect(PostLayout.isTitle("\"Children Most Vulnerable\": Paediatrician", followedByText: true))
        #expect(PostLayout.isTitle("“Our Lungs Are Burning”, Say Residents", followedByText: true))
        #expect(!PostLayout.isTitle("“We are ready,” she said", followedByText: true))
        #expect(PostLayout.isTitle("“Our lungs are burning” – Delhi resident", followedByText: true))
        #expect(!PostLayout.isTitle("“Picket lines” across England", followedByText: true))
        #expect(!PostLayout.isTitle("\"Children are the most vulnerable\": that is what doctors told us all week.", followedByText: true))
        #expect(!PostLayout.isTitle("'We cannot go on like this,' says Dr Arjun Mehta, who has been a junior doctor for three years",
                                    followedByText: true))
        #expect(!PostLayout.isTitle("‘Can’t stop", followedByText: true))
        // So is one ending on words it quotes (`Name: 'words'`); a sentence that quotes ends in a stop.
        #expect(PostLayout.isTitle("Barclay: Pay demand 'unreasonable'", followedByText: true))
        #expect(PostLayout.isTitle("Patient: ‘My operation was cancelled again’", followedByText: true))
        #expect(!PostLayout.isTitle("Barclay called the demand 'unreasonable'.", followedByText: true))
        #expect(!PostLayout.isTitle("The nurses’", followedByText: true))
        // A name's possessive ends one as a word does: no quote closes there.
        #expect(PostLayout.isTitle("Pickets at Guy's and St Thomas'", followedByText: true))
        #expect(PostLayout.isTitle("Pickets at St Thomas’", followedByText: true))
        // A word or two in capitals and `!` head a sports post, whatever ends it; not a sentence.
        #expect(PostLayout.isTitle("GOAL! Liverpool 2-1 Manchester City (Salah 88)", followedByText: true))
        #expect(PostLayout.isTitle("RED CARD! Rodri is off (61 min)", followedByText: true))
        #expect(!PostLayout.isTitle("WOW! What a finish.", followedByText: true))
        #expect(!PostLayout.isTitle("Goal! Liverpool lead (Salah 88)", followedByText: true))
        #expect(!PostLayout.isTitle("GOAL! Liverpool lead (Salah 88)", followedByText: false))
        #expect(!PostLayout.isTitle("'", followedByText: true))
    }

    /// A writer's name and role on lines of their own (the BBC's) are the post's byline: with a
    /// title above them or none; a name above another line (`Prime minister`) is no byline.
    @Test func aWritersNameAndRoleOnLinesOfTheirOwn() {
        let blog = LiveBlogParser.parse("""
            H

            17:45
            Jo Couzens
            Live page editor
            We are wrapping up.

            17:00
            Strike news
            Nick Triggle
            Health correspondent
            It is busy, Nick Triggle writes.

            16:00
            Boris Johnson
            Prime minister
            He spoke.

            15:00
            Jane Doe
            Reporting from Kyiv
            """)
        #expect(blog.posts.map(\.byline) == ["Jo Couzens", "Nick Triggle", nil, nil])
        #expect(blog.posts.map(\.bylineRole) == ["Live page editor", "Health correspondent", nil, nil])
        #expect(blog.posts.map(\.title) == [nil, "Strike news", "Boris Johnson", "Jane Doe"])
        #expect(blog.posts.first?.paragraphs == ["We are wrapping up."])
        #expect(blog.posts.first?.reporters == ["Jo Couzens"])
        #expect(blog.reporters == ["Nick Triggle", "Jo Couzens"])
        #expect(blog.posts[1].sourceLines == ["17:00", "Strike news", "Nick Triggle", "Health correspondent", "It is busy, Nick Triggle writes."])
    }

    /// A blog written oldest first (a match report) is told by its times: its days count on
    /// down the text, across midnight, and its order is no post out of place.
    @Test func aBlogWrittenOldestFirst() {
        let blog = LiveBlogParser.parse("""
            Match live

            9.00am BST
            Kick-off soon.

            10.15am BST
            First half under way.

            10.40am BST
            Half-time.

            11.50pm BST
            Late reaction.

            12.10am BST
            Past midnight.

            12.05am BST
            A post out of place.
            """)
        #expect(blog.isOldestFirst)
        #expect(blog.posts.map(\.dayOffset) == [0, 0, 0, 0, 1, 1])
        #expect(blog.diagnostics.map(\.message) == ["12.05am BST stands below the later 12.10am BST"])
        let newestFirst = LiveBlogParser.parse("H\n\n12.10am BST\nB\n\n11.50pm BST\nA\n\n10.15am BST\nC")
        #expect(!newestFirst.isOldestFirst)
        #expect(newestFirst.posts.map(\.dayOffset) == [1, 0, 0])
    }
}
