import Testing
@testable import LiveBlogKit

/// Shapes of an American IT-outage page and a New Zealand attack page: a health system named
/// like a person (`Mass General Brigham said`), a post headed with a speaker's words in double
/// quotes, and a speaker known by one name only.
@Suite struct OutageAndAttackBlogsTests {
    static let outage = LiveBlogParser.parse("""
        Global IT outage live: hospitals cancel surgeries as CrowdStrike update crashes computers

        4:48 p.m. ET

        Hospitals are still catching up, officials say

        “We are seeing progress, but it is going to be a long weekend,” said Dr. Anne Klibanski, the chief executive of Mass General Brigham, which postponed all non-urgent surgeries.

        Mass General Brigham said its emergency departments remained open.

        3:40 p.m. ET

        Doctors write letters

        In a letter to Jeremy Hunt, which was published today, doctors said they would strike. Jeremy Hunt said he would not budge.
        """)

    /// What an office heads (`the chief executive of Mass General Brigham`) is a body, and a
    /// name that opens a sentence with `, which` after it is one: though `Mass General Brigham
    /// said` reads as a person's, it is no one. `a letter to Jeremy Hunt, which was published`
    /// says nothing of him: the clause is the sentence's.
    @Test func aBodyNamedLikeAPersonIsNoOne() {
        #expect(Self.outage.people.map(\.name) == ["Jeremy Hunt", "Anne Klibanski"])
        #expect(Self.outage.people.last?.role == "chief executive of Mass General Brigham")
        #expect(Self.outage.posts[0].people.isEmpty == false)
        let which = LiveBlogParser.parse("""
            Live

            10.00am

            Mass General Brigham said its hospitals were full.

            Mass General Brigham, which runs 12 hospitals, cancelled surgery.
            """)
        #expect(which.people.isEmpty)
        #expect(PersonEvidence.headedByOffice(5..<7, before: 4, in: TokenizedParagraph("She is the head of Frimley Health now.")))
        #expect(!PersonEvidence.headedByOffice(5..<7, before: 4, in: TokenizedParagraph("She is the wife of Tom Smith now.")))
    }

    static let attackText = """
        Christchurch shootings: 49 dead in terror attacks at two mosques – latest updates

        8.40pm NZDT

        Ardern: “This is one of New Zealand’s darkest days”

        Jacinda Ardern has spoken at a press conference in Wellington.

        8.12pm NZDT

        Eleanor Ainge Roy in Christchurch

        Witnesses describe scenes of horror

        A man who gave his name only as Mohan told reporters he had hidden under a bench.

        Mohan said: “I heard shooting, maybe for six minutes.”

        Officials said: “We are searching the area.”
        """
    static let attack = LiveBlogParser.parse(attackText)

    /// A heading may quote words in double quotes, as it may in single ones, when no sentence
    /// ends inside them: `“We are ready.”` is a paragraph's, and a line opening on a quote too.
    @Test func aHeadingThatQuotesInDoubleQuotes() {
        #expect(Self.attack.posts[0].title == "Ardern: “This is one of New Zealand’s darkest days”")
        #expect(Self.attack.posts[0].paragraphs.count == 1)
        #expect(PostLayout.isTitle("Hunt says strike is “unnecessary”", followedByText: true))
        #expect(PostLayout.isTitle("Doctors warn of \"exodus\" from the NHS", followedByText: true))
        #expect(!PostLayout.isTitle("Doctors said it was “over.”", followedByText: true))
        #expect(!PostLayout.isTitle("Ardern: “We will not be cowed.”", followedByText: true))
        #expect(!PostLayout.isTitle("Doctors warn of “exodus from the NHS", followedByText: true))
        #expect(!PostLayout.isTitle("“Picket lines” across England", followedByText: true))
        // A comma inside quoted words, as American papers write it; not after words a line opens with.
        #expect(PostLayout.isTitle("Maui's only hospital is \"managing,\" its CEO says", followedByText: true))
        #expect(!PostLayout.isTitle("“We are ready,” she said", followedByText: true))
    }

    /// `Mohan said:`: a speaker known by one name, which the post writes with its capital
    /// inside a sentence, keeps it; `Officials said:` loses the capital only the sentence gave.
    @Test func aSpeakerKnownByOneName() {
        #expect(Self.attack.posts[1].quotes.map(\.attribution) == ["Mohan", "officials"])
    }

    /// `Eleanor Ainge Roy in Christchurch` above a post's title, or below it, signs the post:
    /// the writer is its reporter, and the lines keep their order.
    @Test func aWriterAndWhereTheyWriteFromSignAPost() {
        let post = Self.attack.posts[1]
        #expect(post.title == "Witnesses describe scenes of horror")
        #expect(post.byline == "Eleanor Ainge Roy in Christchurch")
        #expect(post.reporters == ["Eleanor Ainge Roy"])
        #expect(Self.attack.sourceLines == LosslessTests.nonBlankLines(Self.attackText))
        let below = LiveBlogParser.parse("""
            Live

            10.00am

            Protesters gather outside parliament

            Kim Willsher in Paris

            Thousands of people marched through the city on Saturday.
            """)
        #expect(below.posts[0].byline == "Kim Willsher in Paris")
        #expect(below.posts[0].reporters == ["Kim Willsher"])
    }

    /// `Morgan Stanley analysts said`, `Aston Martin shares fell`: a name with a firm's members
    /// or stock after it is a firm, though it speaks elsewhere as people do (`Morgan Stanley said`).
    @Test func aNameWithAFirmsMembersIsAFirm() {
        let blog = LiveBlogParser.parse("""
            Business live

            09.45 GMT

            Morgan Stanley said the debt was unsustainable. Aston Martin warned on profits.

            Morgan Stanley analysts said the pound could fall. Aston Martin shares fell 5%. Warren Buffett wrote to shareholders.
            """)
        #expect(blog.people.map(\.name) == ["Warren Buffett"])
    }

    /// `Royal Free London has cancelled`, `National Grid said`: a name opened by an adjective
    /// that opens bodies' names is no one, though it acts and speaks as people do; a person
    /// named beside it still is.
    @Test func aNameOpenedByABodysAdjectiveIsNoOne() {
        let blog = LiveBlogParser.parse("""
            Outage live

            3.40pm GMT

            Royal Free London has cancelled all non-urgent outpatient appointments today.

            National Grid said supplies were secure. Central Middlesex has closed its A&E, and Federal Express has halted flights.

            Royal Mail has suspended deliveries, Sarah Jones said.
            """)
        #expect(blog.people.map(\.name) == ["Sarah Jones"])
    }
}
