import Testing
@testable import LiveBlogKit

@Suite struct QuoteTests {
    let blog = LiveBlogParser.parse(Fixtures.speakers)

    private func quotes(_ time: String) -> [Quote] { Fixtures.post(blog, time: time)?.quotes ?? [] }

    @Test func curlyQuoteWithSpeakerAfter() {
        let quote = quotes("4.40pm BST").first
        #expect(quote?.text == "It is a sad day,")
        #expect(quote?.isFragment == false)
        #expect(quote?.speaker == "Anna Lee")
    }

    @Test func straightQuotesInATweet() {
        let tweetQuote = quotes("4.20pm BST").last
        #expect(tweetQuote?.text == "Safe staffing saves lives")
        #expect(tweetQuote?.speaker == "Grace Moyo")
    }

    @Test func multiParagraphQuoteOpensEachParagraphAndClosesAtTheEnd() {
        let full = quotes("4.00pm BST").filter { !$0.isFragment }
        #expect(full.count == 1)
        #expect(full.first?.paragraphs == 1...2)
        #expect(full.first?.text == "The situation is a stalemate. Nobody will move.\nUnless something changes the strikes will go on.")
        #expect(full.first?.isClosed == true)
        #expect(full.first?.speaker == "Dan Cole")
    }

    /// Words quoted inside a sentence are a fragment, not a statement; in a sentence that
    /// reports what someone said or thought they are that person's (`Dan Cole … said the
    /// minister was an “honest broker”`, `He said the claims were “lies”`), and in the blog's
    /// own words, or a reporter's, no one's.
    @Test func fragmentsAndWhoseWordsTheyAre() {
        let fragment = quotes("4.00pm BST").first
        #expect(fragment?.text == "honest broker")
        #expect(fragment?.isFragment == true)
        #expect(fragment?.speaker == "Dan Cole")
        let blog = LiveBlogParser.parse("""
            H

            1.40pm
            In Moscow, the Kremlin spokesperson, Dmitry Peskov, told reporters that Russia “does not strike civilian targets”.
            He said the claims were “lies”.
            The so-called “rescue package” arrived late. Damien Gayle has been asking the “what next” question.
            Labour’s Ann Smith called the plan “a disgrace”.
            """)
        let fragments = blog.posts[0].quotes
        #expect(fragments.allSatisfy { $0.isFragment })
        #expect(fragments.map(\.speaker) == ["Dmitry Peskov", "Dmitry Peskov", nil, nil, "Ann Smith"])
        #expect(fragments.first?.listed(joiningParagraphsWith: " ") == "“…does not strike civilian targets…”")
        // The stop inside the marks, as American papers write it: the part runs to its sentence's end.
        let american = LiveBlogParser.parse("H\n\n2:15 p.m.\nPresident Donald Trump said the shooting was \"an act of pure evil.\"")
        #expect(american.posts[0].quotes.map { $0.listed(joiningParagraphsWith: " ") } == ["“…an act of pure evil.”"])
        // A title and a surname opening the sentence: as written, or the full name the post gives.
        let titled = LiveBlogParser.parse("H\n\n10:00\nLord Kerslake said the NHS \"cannot cope\".\n\n9:00\nWes Streeting spoke.\nMr Streeting said it was \"a disgrace\".")
        #expect(titled.posts.map { $0.quotes.map(\.speaker) } == [["Lord Kerslake"], ["Wes Streeting"]])
    }

    /// A fragment whose sentence is about a body named as its subject, just before the verb
    /// or before an aside, is that body's; a subject the sentence's capital alone makes look
    /// like a name is no one's.
    @Test func aFragmentABodySaid() {
        let blog = LiveBlogParser.parse("""
            NHS winter crisis live

            16.25 GMT
            Barking, Havering and Redbridge University Hospitals NHS Trust said it was “sorry for the delay”.
            The Royal Cornwall Hospitals NHS Trust, which runs the Royal Cornwall Hospital, said it was under “extreme pressure”.
            On Tuesday, the BMA said the plan was “unsafe”.
            Officials said the wait was “unacceptable”.
            The Royal Cornwall Hospitals NHS Trust, Truro, said it was “full”.
            """)
        #expect(blog.posts[0].quotes.map(\.attribution) == [
            "Barking, Havering and Redbridge University Hospitals NHS Trust", "the Royal Cornwall Hospitals NHS Trust", "the BMA", nil, nil,
        ])
    }

    /// `accused him of “…”` reports words as `said` does; in the passive (`has been accused by
    /// Keir Starmer of “…”`) the words are the agent's, and with no agent no one's.
    @Test func aFragmentAnAccuserSaid() {
        let blog = LiveBlogParser.parse("""
            Strike live

            15.10 GMT
            Sharon Graham, general secretary of Unite, accused him of “trying to demonise” ambulance workers.
            Keir Starmer said the schools were unsafe. Rishi Sunak has been accused by Keir Starmer of “cutting corners” on repairs.
            Steve Barclay was described as “out of touch”.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Sharon Graham", "Keir Starmer", nil])
    }

    /// A verb of saying far before a fragment reports it through its clause's `that` (`told
    /// analysts on a call that the Spire Bristol Hospital and the Spire Manchester Hospital had
    /// been “running at capacity”`); as far off with no `that`, it does not.
    @Test func aFragmentReportedThroughThat() {
        let blog = LiveBlogParser.parse("""
            Business live

            15.40 BST
            Justin Ash, Spire's chief executive, told analysts on a call that the Spire Bristol Hospital and the Spire Manchester Hospital had been “running at capacity” all summer.

            Justin Ash said the group's results were good, though the Spire Bristol Hospital and the Spire Manchester Hospital had been “running hot” all summer.

            Donald Trump told supporters at the Palm Beach County Convention Center he had won “a magnificent victory”.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Justin Ash", nil, "Donald Trump"])
    }

    /// A body's words reported at length (`NHS Lanarkshire said University Hospital Wishaw,
    /// University Hospital Monklands and University Hospital Hairmyres were all at “code
    /// black”`), and a body named with where it is (`Raigmore Hospital in Inverness said`),
    /// are the body's; a one-word subject (`Doctors said`) is no body.
    @Test func aBodysFragmentReportedAtLength() {
        let blog = LiveBlogParser.parse("""
            Scotland live

            14.10 GMT
            NHS Lanarkshire said University Hospital Wishaw, University Hospital Monklands and University Hospital Hairmyres were all at “code black”.

            Raigmore Hospital in Inverness said staff were “going above and beyond”. Doctors said it was “over”.
            """)
        #expect(blog.posts[0].quotes.map(\.attribution) == ["NHS Lanarkshire", "Raigmore Hospital", nil])
    }

    /// Readers' words under `writes:` after an apposition (`Emma, a junior doctor at Leeds
    /// General Infirmary, writes:`) and under `told us:` are quotes; a reporter's dispatch
    /// (`Our health policy editor, Denis Campbell, writes:`, `Ruth Evans writes:`) is the
    /// blog's own words. A one-word name with an apposition reports a fragment (`Priya, an A&E
    /// nurse in Birmingham, emailed to say …`).
    @Test func readersWordsUnderWrites() {
        let blog = LiveBlogParser.parse("""
            Strike live

            10.45am BST
            Emma, a junior doctor at Leeds General Infirmary, writes:

            I have been on the picket line since 7am.

            A consultant at Addenbrooke's, who asked not to be named, told us:

            We are covering the wards, but it is not sustainable.

            Our health policy editor, Denis Campbell, writes:

            The mood on the picket line is defiant.

            Ruth Evans writes:

            The BMA is not budging.

            Priya, an A&E nurse in Birmingham, emailed to say the department was “calmer than expected”.
            """)
        let quotes = blog.posts[0].quotes
        #expect(quotes.map(\.text) == ["I have been on the picket line since 7am.", "We are covering the wards, but it is not sustainable.",
                                        "calmer than expected"])
        #expect(quotes.map(\.attribution) == ["Emma", "a consultant at Addenbrooke's", "Priya"])
    }

    /// A reader or a doctor named in full before `writes:` is the one whose words follow when
    /// the blog describes them as no one of its newsroom (`Emma Jones, a junior doctor at …,
    /// writes:`, `A reader, Anna Kowalski, writes:`, `Dr Sam Okafor, who …, writes:`), and so
    /// is `She writes:` after a sentence that names her; a name the blog gives a newsroom's
    /// role (`, our health policy editor,`, `the Guardian’s health editor`) hands the post to a
    /// reporter, as does `She writes:` after one.
    @Test func readersNamedInFullWriteTheirOwnWords() {
        let blog = LiveBlogParser.parse("""
            Outage live

            2.55pm AEDT
            Emma Jones, a junior doctor at Leeds General Infirmary, writes:

            I have been writing notes by hand since Tuesday.

            A reader, Anna Kowalski, writes:

            The phones keep dropping out.

            Dr Sam Okafor, who works in the emergency department at Westmead, writes:

            We cannot see any pathology results.

            A reader, Jo Pike, has been in touch from Blacktown. She writes:

            Nobody has told us how long this will go on.

            Denis Campbell, our health policy editor, has been at the rally. He writes:

            The mood is defiant.

            Sarah Boseley, the Guardian’s health editor, writes:

            Ministers are under pressure.

            Our reporter has been at the picket. She writes:

            Turnout is high.
            """)
        let quotes = blog.posts[0].quotes
        #expect(quotes.map(\.speaker) == ["Emma Jones", "Anna Kowalski", "Sam Okafor", "Jo Pike"])
        #expect(quotes.map(\.text) == ["I have been writing notes by hand since Tuesday.", "The phones keep dropping out.",
                                        "We cannot see any pathology results.", "Nobody has told us how long this will go on."])
        #expect(Set(blog.reporters) == ["Denis Campbell", "Sarah Boseley"])
        #expect(blog.person(named: "Anna Kowalski")?.role == "reader")
    }

    @Test func cutOffQuoteWithNoClosingMark() {
        let quote = quotes("3.40pm BST").first
        #expect(quote?.isClosed == false)
        #expect(quote?.text == "I’ve never seen morale this low. We are exhausted")
        #expect(quote?.paragraphs == 1...1, "the next paragraph does not reopen it, so it is not part of it")
        #expect(quote?.speaker == "Omar Said")
    }

    @Test func straightQuotesOverParagraphs() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nAl Ray, a porter, was there.\n\"First part.\n\"Second part.\"")
        let quote = blog.posts.first?.quotes.first
        #expect(quote?.text == "First part.\nSecond part.")
        #expect(quote?.speaker == "Al Ray")
    }

    @Test func singleQuotesAndApostrophes() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nThe doctors’ union called it ‘a disgrace’ and King’s staff agreed.")
        #expect(blog.posts.first?.quotes.map(\.text) == ["a disgrace"])
        #expect(blog.posts.first?.quotes.first?.isFragment == true)
    }

    @Test func runsOfQuoteMarksDoNotTrapAndStayLinear() {
        let marks = String(repeating: "“", count: 50_000) + String(repeating: "\"", count: 50_000)
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\n" + marks)
        #expect(blog.posts.count == 1)
    }
}
