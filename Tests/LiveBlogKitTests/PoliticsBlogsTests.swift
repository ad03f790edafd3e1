import Testing
@testable import LiveBlogKit

/// Shapes of a Westminster politics live blog: a speaker's words quoted whole in a block under
/// `X said:`, which plain text prints with no marks, a role after a sentence's `But`, and a
/// title's stop before a surname.
@Suite struct PoliticsBlogsTests {
    static let raac = LiveBlogParser.parse("""
        Crumbling concrete: Starmer and Sunak clash over Raac – as it happened

        14.20 BST

        Steve Barclay says all affected hospitals will be rebuilt by 2035

        The health secretary, Steve Barclay, told the Commons the government was committed to it.

        Barclay said:

        We have been clear that patient and staff safety is our top priority.

        That is why we are investing £698m to tackle Raac in the NHS.

        But Labour’s shadow health secretary, Wes Streeting, said the promise was “not worth the paper it is written on”. He went on:

        Patients are being treated in buildings held up by stilts.

        12.32 BST

        Here are the main points:

        Sunak was asked six questions about Raac.

        She tweeted:

        Props are holding up our roof. #Raac

        — Jo Lee (@jolee) September 6, 2023
        """)

    /// The paragraph under `Barclay said:` is Barclay's words, and the one under `He went on:`
    /// Wes Streeting's; where a block of several ends plain text does not say, so the second
    /// paragraph under `Barclay said:` is the blog's own.
    @Test func aBlockQuoteUnderTheWordsThatIntroduceIt() {
        let quotes = Self.raac.posts[0].quotes.filter { !$0.isFragment }
        #expect(quotes.map(\.speaker) == ["Steve Barclay", "Wes Streeting"])
        #expect(quotes.map(\.text) == ["We have been clear that patient and staff safety is our top priority.",
                                        "Patients are being treated in buildings held up by stilts."])
        #expect(quotes.map(\.paragraphs) == [2...2, 5...5])
    }

    /// `Here are the main points:` introduces no one's words, and a tweet under `She tweeted:`
    /// is read as a tweet, not as a quote. Between the verb and the colon only where and to whom
    /// it was said may stand (`told the BBC’s Today programme:`): `He said there were three
    /// problems:` introduces a list.
    @Test func aListOrATweetUnderAColonIsNoBlockQuote() {
        #expect(Self.raac.posts[1].quotes.isEmpty)
        #expect(Self.raac.posts[1].tweets.count == 1)
        let blog = LiveBlogParser.parse("""
            Live

            10.00am
            Wes Streeting told the BBC’s Today programme:
            Patients are suffering.
            He said there were three problems:
            The first is staffing.
            The trust said the following services were affected:
            Outpatient clinics at Leeds General Infirmary.
            """)
        #expect(blog.posts[0].quotes.map(\.text) == ["Patients are suffering."])
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Wes Streeting"])
    }

    /// `But Labour’s shadow health secretary, Wes Streeting,`: the sentence's `But` is no word
    /// of the role; `WHO Director-General` keeps its initialism.
    @Test func aSentencesConjunctionIsNoWordOfARole() {
        #expect(Self.raac.person(named: "Wes Streeting")?.role == "Labour’s shadow health secretary")
        let who = LiveBlogParser.parse("Live\n\n10.00am\nWHO Director-General Tedros Adhanom Ghebreyesus said the risk was high.")
        #expect(who.person(named: "Tedros Adhanom Ghebreyesus")?.role == "WHO Director-General")
    }

    /// `The Department of Health and Social Care said:` is a department's statement, and
    /// `Social Care` no person; `according to Unite’s national officer, Onay Kasab` is his.
    @Test func aDepartmentOfTwoThingsAndAnOwnersOfficer() {
        let blog = LiveBlogParser.parse("""
            Strike live

            3.50pm GMT
            The Department of Health and Social Care said: “We urge the BMA to call off the strikes.”

            3.40pm GMT
            “The strike will go ahead,” according to Unite’s national officer, Onay Kasab.
            """)
        #expect(blog.people.map(\.name) == ["Onay Kasab"])
        #expect(blog.posts[0].quotes.first?.attribution == "the Department of Health and Social Care")
        #expect(blog.posts[1].quotes.first?.speaker == "Onay Kasab")
        // Only a department's: a university's `of` and `and` may still join a person.
        let university = LiveBlogParser.parse("Live\n\n10.00am\nThe University of Leeds and Jane Smith said it was fair.")
        #expect(university.people.map(\.name) == ["Jane Smith"])
    }

    /// `Speaking at the count in Holborn and St Pancras, Keir Starmer said:`: `St` opens a
    /// place's name, never a person's, so the words are Starmer's.
    @Test func aSaintsPlaceIsNoSpeaker() {
        let blog = LiveBlogParser.parse("""
            Election night live

            12.50am BST
            Speaking at the count in Holborn and St Pancras, Keir Starmer said: "Change begins now."
            """)
        #expect(blog.people.map(\.name) == ["Keir Starmer"])
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Keir Starmer"])
    }

    /// `Victoria Atkins held her seat`: what is hers after a verb makes her a person, as `its`
    /// would not; `her` as a verb's object (`Thames Water told her that …`) says nothing.
    @Test func herSeatIsAPersons() {
        let blog = LiveBlogParser.parse("""
            Election night live

            02.50 BST
            Victoria Atkins held her seat, and Nigel Farage won his first.

            Thames Water told her that bills would rise. Southern Water sent her a letter. Anglian Water raised its prices.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Nigel Farage", "Victoria Atkins"])
    }

    /// `Sunak replied:` keeps its capital when another post writes Sunak inside a sentence, as a
    /// name; `Officials said:` loses the capital only the sentence gave it, though a title
    /// capitalises `Officials` after another word, as American titles do.
    @Test func aSurnameAnotherPostWritesAsANameKeepsItsCapital() {
        let blog = LiveBlogParser.parse("""
            PMQs live

            12.31 GMT
            Keir Starmer asked about waiting lists.

            Sunak replied:

            We are cutting waiting lists.

            12.20 GMT
            Hospital Officials Warn Of Winter
            Officials said:

            We are ready for the winter.

            Labour MPs shouted as Sunak stood up.
            """)
        #expect(blog.posts.flatMap(\.quotes).map(\.attribution) == ["Sunak", "officials"])
    }

    /// `Lauterbach, the health minister, said:` keeps the surname's capital: the apposition
    /// says whom it names. `Officials, who …, said:` loses it.
    @Test func aSurnameWithAnAppositionKeepsItsCapital() {
        let blog = LiveBlogParser.parse("""
            Heatwave live

            15.30 BST
            Lauterbach, the health minister, said: “We must adapt our hospitals.”

            Officials, who met on Monday, said: “We are ready.”
            """)
        #expect(blog.posts[0].quotes.map(\.attribution) == ["Lauterbach", "officials"])
    }

    /// A surname whose full name only the summary gives (`Keir Starmer faces Kemi Badenoch`)
    /// speaks as that person where a sentence opens with it (`Starmer says: “…”`), and so do
    /// the words it is reported to say inside a sentence (`Badenoch says the NHS is “in
    /// crisis”`); a common word opening a sentence is still lowercased (`Officials said:`).
    @Test func surnamesTheSummaryNamesInFull() {
        let blog = LiveBlogParser.parse("""
            PMQs live: Starmer and Badenoch clash

            Keir Starmer faces Kemi Badenoch at prime minister's questions.

            12.20pm GMT

            Badenoch says the NHS is "in crisis" and asks why waiting lists have risen.

            Starmer says: "She was in the cabinet that broke the NHS."

            Officials said: "The session overran."
            """)
        let quotes = blog.posts.flatMap(\.quotes)
        #expect(quotes.map(\.attribution) == [nil, nil, "officials"])
        #expect(quotes.map(\.speaker) == ["Kemi Badenoch", "Keir Starmer", nil])
    }

    /// A full name only the summary gives is a person's when its surname speaks in a post
    /// (`Keir Starmer`, then `Starmer replies`), and the posts that name the surname are that
    /// person's; an MP's party in brackets (`Stephen Flynn (SNP) asks`) shows a person, not a
    /// body's initialism that spells its name (`Anaao Assomed (AA) said`).
    @Test func peopleTheSummaryNamesAndMPsParties() {
        let blog = LiveBlogParser.parse("""
            PMQs live

            Keir Starmer faces Kemi Badenoch at prime minister's questions.

            12.32pm GMT

            Starmer replies that the government is "fixing the foundations".

            12.20pm GMT

            Stephen Flynn (SNP) asks about the two-child benefit cap. Ian Byrne (Lab) asks about Alder Hey.

            Anaao Assomed (AA) said the strike would go ahead.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Keir Starmer"])
        #expect(blog.person(named: "Keir Starmer") != nil)
        #expect(blog.person(named: "Kemi Badenoch") == nil, "her surname never speaks")
        #expect(blog.person(named: "Stephen Flynn") != nil)
        #expect(blog.person(named: "Ian Byrne") != nil)
        #expect(blog.person(named: "Anaao Assomed") == nil)
    }

    /// `,” Rep. Marjorie Taylor Greene (R-Ga.) wrote on X`: the party and state in brackets
    /// stand between the speaker and the verb after a quote.
    @Test func aPartyInBracketsAfterAQuotesSpeaker() {
        let blog = LiveBlogParser.parse("""
            Shutdown live

            4:20 PM EDT
            "This is a betrayal," Rep. Marjorie Taylor Greene (R-Ga.) wrote on X.
            "We are ready," Stephen Flynn (SNP) said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Marjorie Taylor Greene", "Stephen Flynn"])
    }

    /// `Speaker McCarthy is in trouble`: an office and a surname, not a person's two names;
    /// the summary's full name is who the posts mean when the surname speaks.
    @Test func theSpeakerAndASurnameIsNoFullName() {
        let blog = LiveBlogParser.parse("""
            Shutdown live

            Speaker Kevin McCarthy relied on Democratic votes

            5:40 PM EDT
            "I think Speaker McCarthy is in trouble," Gaetz told reporters.
            McCarthy said he was "not worried".
            """)
        #expect(blog.person(named: "Speaker McCarthy") == nil)
        #expect(blog.person(named: "Kevin McCarthy") != nil)
        #expect(blog.posts[0].quotes.last?.speaker == "Kevin McCarthy")
    }

    /// `Gov. Hochul said:` at a paragraph's start: the title's stop ends no sentence, so the
    /// title and surname are who spoke, as `Mr Albanese said:` is; and a name with a capital
    /// inside it keeps its first one where it opens a sentence (`McDonald's said:`).
    @Test func aTitlesStopEndsNoSentenceAndACamelCaseNameKeepsItsCapital() {
        let blog = LiveBlogParser.parse("""
            Storm live

            5:50 p.m. ET
            Gov. Hochul said: "This is a nasty storm."
            Dr. Fauci said: "We are not there yet."
            McDonald's said: "Our restaurants are closed."
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Gov. Hochul", "Dr. Fauci", nil])
        #expect(blog.posts[0].quotes.map(\.attribution) == [nil, nil, "McDonald's"])
    }
}
