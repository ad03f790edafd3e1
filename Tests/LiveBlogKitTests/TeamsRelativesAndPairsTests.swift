import Testing
@testable import LiveBlogKit

/// Shapes of a footballer's collapse, a city's stabbings and a court's hearing: a team's name
/// that a title's colon makes look like a speaker's, a surname whose owner has a relative
/// (`Hamlin’s uncle`), a surname that is a point of the compass (`Dr Kate West`), a justice's
/// title, an age two names share (`both 19`), relatives in apposition (`His partner, X,`) and
/// joined by `and` (`X and his wife Y`), and the dead as a report names them (`named as Amanda
/// Glenn, 40.`).
@Suite struct TeamsRelativesAndPairsTests {
    /// `The Buffalo Bills said`, then the title `Bills: Hamlin’s heartbeat restored`: a name
    /// after `the` is a team's or a band's, which a surname that speaks elsewhere does not make
    /// a person's. A person's full name after no `the` still is (`Roger Goodell`).
    @Test func aTeamAfterTheIsNoPersonWhoseSurnameSpeaks() {
        let blog = LiveBlogParser.parse("""
            Damar Hamlin collapses on field – latest

            2.15am ET

            Bills: Hamlin's heartbeat restored on the field

            The Buffalo Bills said in a statement that his heartbeat had been restored before he was taken to hospital.

            1.05am ET

            Goodell: 'Our thoughts are with him'

            He was visited by Roger Goodell, who flew in overnight.
            """)
        #expect(blog.people.map(\.name) == ["Roger Goodell"])
    }

    /// `Hamlin’s uncle, Dorrian Glenn,`: only a person has a relative, so the full name the
    /// blog gives (`Damar Hamlin`) is a person's, in the summary and in a quote, and the
    /// relative's role is what he is to him.
    @Test func aSurnameWithARelativeIsAPersons() {
        let blog = LiveBlogParser.parse("""
            Damar Hamlin: Bills safety in critical condition – latest

            Hamlin suffered a cardiac arrest after a tackle

            1.40am ET

            Hamlin's uncle: 'He died twice'

            Dorrian Glenn, Hamlin's uncle, told CNN that his nephew had been resuscitated twice.

            1.05am ET

            Goodell statement

            Goodell said: "Our thoughts are with Damar Hamlin."
            """)
        #expect(blog.person(named: "Damar Hamlin")?.posts.count == 2)
        #expect(blog.person(named: "Dorrian Glenn")?.role == "Hamlin's uncle")
    }

    /// `Hamlin’s family said` is a person's family; `Hamlin’s family hubs` may be a town's.
    @Test func aFamilyIsAPersonsWhenItActs() {
        let acting = LiveBlogParser.parse("""
            H

            1.05am ET

            Ministers backed the plan of Damar Hamlin. Hamlin's family said it was grateful.
            """)
        let described = LiveBlogParser.parse("""
            H

            1.05am ET

            Ministers backed the plan of Damar Hamlin. Hamlin's family hubs opened.
            """)
        #expect(acting.people.map(\.name) == ["Damar Hamlin"])
        #expect(described.people.isEmpty)
    }

    /// `Dr Kate West`, `Mr Oliver North`: a name that ends in a point of the compass is a
    /// person's after an honorific; a seat's is not (`the MP for Islington North`).
    @Test func aSurnameThatIsAPointOfTheCompass() {
        let blog = LiveBlogParser.parse("""
            H

            2.35pm BST

            Prof Shearer West, the vice-chancellor of the University of Nottingham, said: "We are devastated."

            Mr Oliver North said it was bad. Jeremy Corbyn, the MP for Islington North, agreed.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Jeremy Corbyn", "Oliver North", "Shearer West"])
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Shearer West"])
        #expect(blog.person(named: "Shearer West")?.role == "vice-chancellor of the University of Nottingham")
    }

    /// `Chief Justice DY Chandrachud`, `Justice Sonia Sotomayor`: a justice's title is no word
    /// of the name, which may open with initials.
    @Test func aJusticesTitle() {
        let blog = LiveBlogParser.parse("""
            H

            6.30pm IST

            Chief Justice DY Chandrachud said the court was setting up a task force. Justice Sonia Sotomayor wrote in dissent that it was wrong, and Chief Justice John Roberts said nothing.
            """)
        #expect(blog.people.map(\.name).sorted() == ["DY Chandrachud", "John Roberts", "Sonia Sotomayor"])
        #expect(blog.person(named: "John Roberts")?.role == "Chief Justice")
    }

    /// `Barnaby Webber and Grace O’Malley-Kumar, both 19`: an age written once for two names
    /// makes both people of that age; `Leeds and Bradford, both 19 miles away` are places.
    @Test func anAgeTwoNamesShare() {
        let blog = LiveBlogParser.parse("""
            H

            4.50pm BST

            The two students killed were Barnaby Webber and Grace O'Malley-Kumar, both 19. Leeds and Bradford, both 19 miles away, held vigils.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Barnaby Webber", "Grace O'Malley-Kumar"])
        #expect(blog.people.map(\.age) == [19, 19])
    }

    /// `His partner, Sabrina Kvist Jensen, was comforted`: a partner, a stepfather or a
    /// grandson is who someone is to another, as a wife is.
    @Test func aPartnerInAppositionIsAPerson() {
        let blog = LiveBlogParser.parse("""
            Denmark v Finland – as it happened

            18:50 BST

            Eriksen carried off on a stretcher

            His partner, Sabrina Kvist Jensen, was comforted at the side of the pitch. Her stepfather, Tom Berg, was with her.
            """)
        #expect(blog.person(named: "Sabrina Kvist Jensen")?.role == "partner")
        #expect(blog.person(named: "Tom Berg")?.role == "stepfather")
    }

    /// `Billy Crystal and his wife Janice said in a statement`: a name joined by `and` to a
    /// relative of its own is a person's.
    @Test func aNameJoinedToItsRelativeIsAPersons() {
        let blog = LiveBlogParser.parse("""
            Los Angeles wildfires – live

            4.50pm PST

            Homes lost in Pacific Palisades

            Billy Crystal and his wife Janice said in a statement that their home of 45 years had burned down.
            """)
        #expect(blog.people.map(\.name) == ["Billy Crystal"])
    }

    /// `The victims were identified as Dr Preston Phillips, Dr Stephanie Husen, Amanda Glenn and
    /// William Love`, `has been named as Tom Hale, 34.`: whoever the dead are named as are
    /// people, every name of the list, and an age may end the sentence. `named as Aston Villa
    /// manager` names no club a person.
    @Test func theDeadAsAReportNamesThemArePeople() {
        let blog = LiveBlogParser.parse("""
            Tulsa hospital shooting – live updates

            9.15pm CDT

            Victims named

            The victims were identified as Dr Preston Phillips, Dr Stephanie Husen, Amanda Glenn and William Love.

            A man who died later has been named as Tom Hale, 34. Unai Emery said he had been named as Aston Villa manager.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Amanda Glenn", "Preston Phillips", "Stephanie Husen", "Tom Hale", "Unai Emery", "William Love"])
        #expect(blog.person(named: "Tom Hale")?.age == 34)
    }
}
