import Testing
@testable import LiveBlogKit

/// Reporters a post credits in the shapes wires and broadcasters use: a wire's credit line, a
/// reporter's latest, and a broadcaster's reporter who reports from somewhere. None of them is
/// a speaker.
@Suite struct ReporterCreditsTests {
    @Test func creditsLatestAndReportsFrom() {
        let blog = LiveBlogParser.parse("""
            Strike live

            4.10pm BST
            Here's Damien Gayle's latest from the picket line at Lewisham hospital:

            "We did not want to do this," said Dr Sam Ellis, a junior doctor.

            2.55pm BST
            Jeremy Hunt has written to the BMA. (Reporting by Alistair Smout; Editing by Kate Holton)

            2.15pm BST
            Sky's Mark Stone reports from outside the Department of Health that ministers are "not budging".
            """)
        #expect(Set(blog.reporters) == ["Damien Gayle", "Alistair Smout", "Kate Holton", "Mark Stone"])
        #expect(blog.people.map(\.name).sorted() == ["Jeremy Hunt", "Sam Ellis"])
        #expect(blog.posts[2].quotes.first?.speaker == nil)
        // `Jane Smith reports feeling better`: reporting neither from a place nor that, she is
        // no reporter.
        let other = LiveBlogParser.parse("""
            Live

            1.00pm
            Jane Smith reports feeling better, her family said. Ann Lee said: "Good."
            """)
        #expect(other.reporters.isEmpty)
    }

    /// As CNN credits its writers: a header's list ending with the newsroom (`…, CNN`), a
    /// middle initial (`Tori B. Powell`), and a post headed `From CNN's Sara Smart`. A
    /// `From` line of no newsroom's is no byline.
    @Test func writersOfANewsroomAndFromItsReporters() {
        let blog = LiveBlogParser.parse("""
            Live updates: Hurricane Helene slams Florida's Big Bend
            By Maureen Chowdhury, Elise Hammond and Tori B. Powell, CNN
            11:52 p.m. ET, September 26, 2024
            Tampa General Hospital raises flood barrier
            From CNN's Sara Smart and Jason Hanna
            Tampa General Hospital has deployed its flood barrier.
            11:30 p.m. ET, September 26, 2024
            From Gaza's Al-Shifa Hospital
            Doctors said the power had failed.
            """)
        #expect(blog.writersLine == "By Maureen Chowdhury, Elise Hammond and Tori B. Powell, CNN")
        #expect(blog.reporters == ["Maureen Chowdhury", "Elise Hammond", "Tori B. Powell", "Sara Smart", "Jason Hanna"])
        #expect(blog.posts[0].byline == "From CNN's Sara Smart and Jason Hanna")
        #expect(blog.posts[1].byline == nil)
        #expect(PostLayout.writersLineNames("Ana Ruiz and Li Wei, Reuters") == ["Ana Ruiz", "Li Wei"])
        #expect(PostLayout.writersLineNames("Ana Ruiz, Li Wei and Tom Bell, ABC News") == ["Ana Ruiz", "Li Wei", "Tom Bell"])
        #expect(PostLayout.writersLineNames("Ana Ruiz, Li Wei and Tom Bell, Tampa") == [])
    }

    /// On a page that signs posts with a name and a role on lines of their own (`Ian Austen`,
    /// `Reporting from Toronto`), a post headed by a bare name (`Dan Bilefsky`) is signed too:
    /// the name is its byline, not its title.
    @Test func aBareNameOnAPageThatSignsWithNamesAndRoles() {
        let blog = LiveBlogParser.parse("""
            Live Updates: Toronto Van Attack

            April 23, 2018, 6:05 p.m. ET
            Ian Austen
            Reporting from Toronto
            Sunnybrook says it treated 10 patients.

            April 23, 2018, 5:12 p.m. ET
            Dan Bilefsky
            St. Michael's Hospital was also put on alert.
            """)
        #expect(blog.posts.map(\.byline) == ["Ian Austen", "Dan Bilefsky"])
        #expect(blog.posts.map(\.title) == [nil, nil])
        #expect(Set(blog.reporters) == ["Ian Austen", "Dan Bilefsky"])
    }

    /// A writer's bare name next to a post's title, above it or below it, as the Guardian signs
    /// a colleague's post: the name is the byline and the heading stays the title. A short line
    /// under a name (`Prime minister`) may say who the post is about, and is left as it was.
    @Test func aBareNameNextToATitle() {
        let text = """
            NHS winter crisis – live

            16.05 GMT

            Denis Campbell

            Guy’s and St Thomas’ says it is coping

            A spokesperson said its hospitals were “extremely busy but coping”.

            13.37 GMT

            Downing Street rejects calls for emergency Cobra meeting

            Pippa Crerar

            No 10 has rejected calls for an emergency Cobra meeting on the NHS.

            12.00 GMT

            Boris Johnson

            Prime minister

            Boris Johnson has said the strike is wrong.

            11.00 GMT

            Who is on the picket lines?

            Jane Smith

            Kate Brown
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.byline) == ["Denis Campbell", "Pippa Crerar", nil, nil])
        // Each line where it stood: the name above the title stays above it.
        #expect(blog.sourceLines == LosslessTests.nonBlankLines(text))
        #expect(blog.posts.map(\.title) == ["Guy’s and St Thomas’ says it is coping", "Downing Street rejects calls for emergency Cobra meeting",
                                            "Boris Johnson", "Who is on the picket lines?"])
        #expect(Set(blog.reporters) == ["Denis Campbell", "Pippa Crerar"])
        #expect(blog.posts[3].paragraphs == ["Jane Smith", "Kate Brown"])
    }

    /// `my colleague Ruth Evans` is the newsroom's; `Her colleague Tom Akers` is a striking
    /// nurse's, and no reporter.
    @Test func onlyOurColleagueIsAReporter() {
        let blog = LiveBlogParser.parse("""
            Strike live

            4.30pm GMT
            Fiona Tait, a cancer nurse, said she felt undervalued. Her colleague Tom Akers, 27, said many friends had left.

            4.00pm GMT
            My colleague Ruth Evans is at the picket line.
            """)
        #expect(blog.reporters == ["Ruth Evans"])
        #expect(blog.people.map(\.name).sorted() == ["Fiona Tait", "Tom Akers"])
    }
}
