import Testing
@testable import LiveBlogKit

/// Shapes of a hurricane, an earthquake and a trial: a town the blog puts `in` that then `will
/// be back`, a football club that `said`, a role read back past a preposition (`Speaking
/// alongside Georgia’s lieutenant governor, X,`), a quote that ends inside a quote of its own
/// (`“He said, ‘Whatever you need,’” Kemp said`), the next clause's subject after a name
/// (`read by Det Insp Nicola Evans, the families said:`), a group whose title speaks
/// (`White Helmets: ‘…’`), a barrister's side (`X KC, prosecuting,`), a hospital that speaks
/// of `its` own, `the president` on a blog whose only president is a hospital's, and a pope
/// known by one name.
@Suite struct PlacesClubsQuotesAndClausesTests {
    /// `in Cedar Key`, then `“Cedar Key will be back,” she told WCJB`: an auxiliary after a
    /// name is the only sign it is a person's, and a name that stands where a place's does is a
    /// place's. The town's mayor, named with a role, is the only person.
    @Test func aPlaceAfterInIsNoPersonOnAnAuxiliaryAlone() {
        let blog = LiveBlogParser.parse("""
            Hurricane Helene – live updates

            4.20pm EDT

            Florida: storm surge in Cedar Key

            In Florida, the storm surge reached 10ft in Cedar Key, one of the worst-hit towns on the Gulf coast.

            Heather Geronimo, the city's mayor, said most homes had flooded.

            "Cedar Key will be back," she told WCJB. "But it's going to take a long time."
            """)
        #expect(blog.people.map(\.name) == ["Heather Geronimo"])
        #expect(blog.posts[0].quotes.first?.speaker == "Heather Geronimo")
    }

    /// A stronger sign outweighs the place: `confidence in Jeremy Hunt` and `Jeremy Hunt is`
    /// still make a person of him once he `said` something, and `in Keir Starmer’s cabinet`
    /// owns something, as no place's name after `in` does here.
    @Test func aPersonAfterInStaysAPersonOnAStrongerSign() {
        let blog = LiveBlogParser.parse("""
            Budget – live

            13:40

            Hunt to speak

            MPs lost confidence in Jeremy Hunt. Jeremy Hunt is to speak at 2pm. Jeremy Hunt said he would not resign.

            A row in Keir Starmer's cabinet grew. Keir Starmer is in Downing Street.
            """)
        #expect(blog.people.map(\.name) == ["Jeremy Hunt", "Keir Starmer"])
    }

    /// `Newcastle United said it was “deeply saddened”`, `Manchester City said:`: a name
    /// ending in a club's word is no person, and the quote is nobody's.
    @Test func aClubIsNoSpeaker() {
        let blog = LiveBlogParser.parse("""
            Christian Atsu found dead – live

            14:10 GMT

            Footballer Christian Atsu found dead

            The body of Christian Atsu was found in Hatay, his agent, Nana Sechere, said.

            Newcastle United said it was "deeply saddened". Manchester City said: "Our thoughts are with his family."
            """)
        #expect(blog.people.map(\.name).sorted() == ["Christian Atsu", "Nana Sechere"])
        #expect(blog.posts[0].quotes.map(\.speaker) == [nil, nil])
    }

    /// `Speaking alongside Georgia’s lieutenant governor, Burt Jones, he …`: the role read back
    /// from its title stops at the preposition before it.
    @Test func aRoleReadBackStopsAtAPreposition() {
        let blog = LiveBlogParser.parse("""
            Hurricane Helene – live updates

            8.10pm EDT

            Trump visits Valdosta

            Speaking alongside Georgia's lieutenant governor, Burt Jones, he accused the federal government of being slow to respond.
            """)
        #expect(blog.person(named: "Burt Jones")?.role == "Georgia's lieutenant governor")
    }

    /// `“He said, ‘Whatever you need,’” Kemp said of the president.`: the quote's words end a
    /// statement inside the quote they report, and the speaker named after it is its own, not
    /// the person named before it.
    @Test func aQuoteEndingInAQuoteIsAttributedAfterIt() {
        let blog = LiveBlogParser.parse("""
            Hurricane Helene – live updates

            8.10pm EDT

            Trump visits Valdosta

            Georgia's lieutenant governor, Burt Jones, was there. Georgia Gov. Brian Kemp said he had talked to Biden.

            "He said, 'Whatever you need,'" Kemp said of the president.

            "He told me: ‘Call me any time.’" Kemp added.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Brian Kemp", "Brian Kemp"])
    }

    /// `In a statement read outside the court by Det Insp Nicola Evans, the families said:`:
    /// words after a name's comma that a verb follows with no comma of their own are the next
    /// clause's subject, not her role, and the statement is not hers. A role the comma closes
    /// is still read (`Dr Ravi Jayaram, another consultant at the unit, said`).
    @Test func theNextClausesSubjectIsNoRole() {
        let blog = LiveBlogParser.parse("""
            Lucy Letby trial – as it happened

            11:35 BST

            Parents: 'justice will never undo the pain'

            In a statement read outside the court by Det Insp Nicola Evans, the families said: "We are heartbroken, devastated, angry and feel numb."

            Dr Ravi Jayaram, another consultant at the unit, said doctors had been made to apologise.
            """)
        #expect(blog.person(named: "Nicola Evans")?.role == "Det Insp")
        #expect(blog.posts[0].quotes.first?.speaker == nil)
        #expect(blog.person(named: "Ravi Jayaram")?.role == "another consultant")
    }

    /// `White Helmets: ‘we are racing against time’` heads a post that calls them `the group
    /// known as the White Helmets,`: a whole noun phrase after `the` is a body's, which the
    /// title's colon does not make a person. `The Rev Richard Coles said` still names a person:
    /// the `the` is the title's.
    @Test func aGroupAfterTheIsNoPersonWhoseTitleSpeaks() {
        let blog = LiveBlogParser.parse("""
            Turkey and Syria earthquake – as it happened

            17:10 GMT

            White Helmets: 'we are racing against time'

            Raed al-Saleh, who heads the Syrian civil defence group known as the White Helmets, said its teams had run out of heavy equipment.

            The Rev Richard Coles said: "We pray for them."
            """)
        #expect(blog.people.map(\.name).sorted() == ["Raed al-Saleh", "Richard Coles"])
    }

    /// `Nick Johnson KC, prosecuting, told the jury`, `Ben Myers KC, defending, said`: the
    /// side a barrister speaks for is their role, with or without the letters after the name.
    @Test func aBarristersSideIsTheirRole() {
        let blog = LiveBlogParser.parse("""
            Lucy Letby trial – as it happened

            13:05 BST

            How the case unfolded

            Nick Johnson KC, prosecuting, told the jury that she had been a "constant malevolent presence". Ben Myers KC, defending, said the hospital had failed. Sarah Whitehouse, mitigating, asked for leniency.
            """)
        #expect(blog.person(named: "Nick Johnson")?.role == "prosecuting")
        #expect(blog.person(named: "Ben Myers")?.role == "defending")
        #expect(blog.person(named: "Sarah Whitehouse")?.role == "mitigating")
    }

    /// `Malibu and Pacific Palisades: ‘it looks like a war zone’` heads a post on a blog that
    /// puts hydrants `in Pacific Palisades`: a colon before a quote is a weak sign, which a
    /// place's name has as often as a speaker's.
    @Test func aPlaceThatHeadsAQuoteIsNoPerson() {
        let blog = LiveBlogParser.parse("""
            Los Angeles wildfires – live

            7.45pm PST

            Newsom orders investigation

            Gov. Gavin Newsom ordered an investigation into why fire hydrants ran dry in Pacific Palisades.

            4.50pm PST

            Malibu and Pacific Palisades: 'it looks like a war zone'

            Pacific Palisades was largely destroyed by Tuesday night.
            """)
        #expect(blog.people.map(\.name) == ["Gavin Newsom"])
    }

    /// `Cedars-Sinai said its burn unit had admitted five patients`, with `Cedars-Sinai
    /// Medical Center` named only in the summary: a speaker whose own is `its` is a body, so the
    /// lone word is the hospital's short name, as `taken to Cedars-Sinai` would be.
    @Test func aHospitalThatSpeaksOfItsOwnIsReferredTo() {
        let blog = LiveBlogParser.parse("""
            Los Angeles wildfires – live

            Cedars-Sinai Medical Center says it is treating burns patients

            6.20pm PST

            Hospitals evacuate patients

            Cedars-Sinai said its burn unit had admitted five patients. Huntington said he would stay.
            """)
        #expect(blog.posts[0].hospitals == ["Cedars-Sinai Medical Center"])
    }

    /// `Joe Biden said …`, then `“…,” the president said at the White House`, on a blog whose
    /// only president named is `the president of Huntington Hospital`: an office of something is
    /// not what the office alone names where the post names someone else, so the quote is the
    /// post's subject's, as it would be with no hospital's president in the blog.
    @Test func theOfficeAloneIsNotTheHeadOfSomethingNamedElsewhere() {
        let blog = LiveBlogParser.parse("""
            Los Angeles wildfires – live

            4.10pm PST

            Biden: federal government will cover costs

            Joe Biden said the federal government would cover the costs for 180 days.

            "I've told the governor and local officials: spare no expense," the president said at the White House.

            3.10pm PST

            Hospitals evacuate patients

            Dr Lori Morgan, the president of Huntington Hospital, said: "We are seeing a lot of people with breathing problems."
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Joe Biden"])
        #expect(blog.posts[1].quotes.map(\.speaker) == ["Lori Morgan"])
    }

    /// `“We pray for the victims,” Pope Francis said`: a pope's one name keeps its title, as a
    /// king's does (`King Charles said`), and is a person's who speaks.
    @Test func aPopeKnownByOneNameIsAPerson() {
        let blog = LiveBlogParser.parse("""
            Spain floods – live

            18:30 CET

            Pope prays for Valencia

            "We pray for the victims and their families," Pope Francis said at the Vatican. King Charles said he was deeply saddened.
            """)
        #expect(blog.people.map(\.name).sorted() == ["King Charles", "Pope Francis"])
        #expect(blog.posts[0].quotes.first?.speaker == "Pope Francis")
    }
}
