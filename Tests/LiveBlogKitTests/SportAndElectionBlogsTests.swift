import Testing
@testable import LiveBlogKit

/// Shapes of a football page, an election-night page, a budget page and a markets page: a seat
/// named for a point of the compass, a former role before a country's name, a role said of
/// someone inside a quote, an aside of replying before the verb, nouns joined in a role before
/// its workplace, and a club named in apposition to its noun.
@Suite struct SportAndElectionBlogsTests {
    /// `“Islington North has spoken,” Corbyn said`: a name that ends in a point of the compass
    /// is a seat's or a district's, not a person's, whatever verb follows it.
    @Test func aNameEndingInAPointOfTheCompassIsNoPerson() {
        let blog = LiveBlogParser.parse("""
            Election live

            03.20 BST
            Corbyn holds Islington North
            Jeremy Corbyn held Islington North with a majority of 7,247.
            "Islington North has spoken," Corbyn said. Belfast East said no, too.
            """)
        #expect(blog.people.map(\.name) == ["Jeremy Corbyn"])
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Jeremy Corbyn"])
    }

    /// `Former Denmark goalkeeper Peter Schmeichel`: a word saying when a role was held loses
    /// the sentence's capital before a country's name; an office in capitals keeps its own
    /// (`Former Health Secretary`), as a body's name does (`World Health Organization chief`).
    @Test func aFormerRoleBeforeAProperNounLosesTheSentencesCapital() {
        let blog = LiveBlogParser.parse("""
            Euro 2020 live

            19.55 BST
            Former Denmark goalkeeper Peter Schmeichel told the BBC: "What he did was incredible."
            Former Health Secretary Matt Hancock said it was "a shock".
            World Health Organization chief Tedros Adhanom Ghebreyesus said: "We are ready to help."
            """)
        #expect(blog.people.first { $0.name == "Peter Schmeichel" }?.role == "former Denmark goalkeeper")
        #expect(blog.people.first { $0.name == "Matt Hancock" }?.role == "Former Health Secretary")
        #expect(blog.people.first { $0.name == "Tedros Adhanom Ghebreyesus" }?.role == "World Health Organization chief")
    }

    /// `“Simon Kjaer is a leader”`, inside someone's quote, is their view of him, not his role:
    /// the title the text gives him stays (`Captain Simon Kjaer`); outside a quote `X is a …` is.
    @Test func aRoleSaidOfSomeoneInsideAQuoteIsNotTheirs() {
        let blog = LiveBlogParser.parse("""
            Euro 2020 live

            19.55 BST
            Captain Simon Kjaer, who put Eriksen in the recovery position, was praised around the world.
            Peter Schmeichel told the BBC: "Simon Kjaer is a leader. What he did was incredible."
            Anthony Taylor is a referee from Manchester.
            """)
        #expect(blog.people.first { $0.name == "Simon Kjaer" }?.role == "captain")
        #expect(blog.people.first { $0.name == "Anthony Taylor" }?.role == "referee from Manchester")
    }

    /// `Rishi Sunak, replying for the opposition, said`: an aside only a person has before the
    /// verb makes the name the speaker's, and `he said` after it is his.
    @Test func anAsideOfReplyingBeforeTheVerbIsAPersons() {
        let blog = LiveBlogParser.parse("""
            Budget live

            13.45 GMT
            Rishi Sunak, replying for the opposition, said the budget was "a betrayal of working people".
            "They have broken that promise on day one," he said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Rishi Sunak", "Rishi Sunak"])
    }

    /// `head of money and markets at Hargreaves Lansdown`: nouns joined by `and` after a title's
    /// `of` go on to where the role is done, which is a workplace.
    @Test func nounsJoinedAfterATitlesOfGoOnToTheWorkplace() {
        let blog = LiveBlogParser.parse("""
            Business live

            10.30 GMT
            Susannah Streeter, head of money and markets at Hargreaves Lansdown, said: "Investors have been won over."
            Jane Doe, director of nursing and midwifery at King's College Hospital, said the wards were full.
            """)
        #expect(blog.people.first { $0.name == "Susannah Streeter" }?.role == "head of money and markets")
        let doe = blog.people.first { $0.name == "Jane Doe" }
        #expect(doe?.role == "director of nursing and midwifery")
        #expect(doe?.hospital == "King's College Hospital")
    }

    /// `Eriksen's club, Inter Milan, wrote on Twitter:`: a name in apposition to a body's noun
    /// is the body, which is who spoke; a person in apposition to a person's noun stays one.
    @Test func aClubNamedInAppositionToItsNounIsABodyThatSpeaks() {
        let blog = LiveBlogParser.parse("""
            Euro 2020 live

            19.30 BST
            Eriksen's club, Inter Milan, wrote on Twitter: "Forza Christian!"
            His lawyer, John Smith, said: "He is recovering."
            """)
        #expect(!blog.people.contains { $0.name == "Inter Milan" })
        #expect(blog.posts[0].quotes.map(\.speaker) == [nil, "John Smith"])
        #expect(blog.posts[0].quotes.map(\.attribution) == ["Inter Milan", nil])
        #expect(blog.people.first { $0.name == "John Smith" }?.role == "lawyer")
    }
}
