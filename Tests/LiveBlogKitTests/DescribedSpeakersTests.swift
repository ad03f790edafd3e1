import Testing
@testable import LiveBlogKit

/// Speakers a post describes rather than names: a spokesperson for a body with a long name,
/// an office the blog has given a name to (`the health secretary replied:`), and a politician
/// who `has been speaking to broadcasters`, who is not one of the blog's reporters.
@Suite struct DescribedSpeakersTests {
    @Test func aSpokespersonForABodyIsDescribedInFull() {
        let blog = LiveBlogParser.parse("""
            Floods live

            4.10pm GMT
            A spokesperson for Leeds Teaching Hospitals said: “Our wards are full.”
            A spokesperson for North Tees and Hartlepool NHS foundation trust, which runs two hospitals, said: “Stay away.”
            “We are coping,” said a spokesperson for the Environment Agency in Yorkshire.
            """)
        #expect(blog.posts.first?.quotes.map(\.attribution) == [
            "a spokesperson for Leeds Teaching Hospitals",
            "a spokesperson for North Tees and Hartlepool NHS foundation trust",
            "a spokesperson for the Environment Agency in Yorkshire",
        ])
        #expect(blog.posts.first?.quotes.allSatisfy { $0.speaker == nil && !$0.isFragment } == true)
    }

    @Test func anOfficeHeldByOnePersonIsThatPerson() {
        let blog = LiveBlogParser.parse("""
            Budget day live

            3.00pm GMT
            Asked about the deficit, the chancellor replied: “The numbers add up.”
            The general secretary said: “This is not enough.”

            2.00pm GMT
            The chancellor, Rachel Reeves, said she would not raise income tax.
            The TUC’s general secretary, Paul Nowak, called the plan “thin”.
            A junior minister, Tom Grey, said: “We are listening.” Another junior minister, Ann Wood, agreed.

            1.00pm GMT
            Answering questions, the junior minister said: “Wait and see.”
            """)
        let quotes = blog.posts.map { $0.quotes.map { $0.speaker ?? $0.attribution ?? "-" } }
        #expect(quotes[0] == ["Rachel Reeves", "Paul Nowak"], "an office named once in the blog, without its owner too")
        // Two junior ministers: the description stays a description.
        #expect(quotes[2] == ["the junior minister"])
    }

    @Test func aPoliticianSpeakingToBroadcastersIsNoReporter() {
        let blog = LiveBlogParser.parse("""
            Strike live

            2.00pm GMT
            The education secretary, Bridget Phillipson, has been speaking to broadcasters in Leeds.
            Our reporter Sam Jones has been speaking to teachers on the picket line.

            1.00pm GMT
            Phillipson said the offer was “fair and final”.
            """)
        #expect(blog.reporters == ["Sam Jones"])
        #expect(blog.person(named: "Bridget Phillipson")?.role == "education secretary")
        #expect(blog.posts.map(\.people) == [["Bridget Phillipson"], ["Bridget Phillipson"]])
        #expect(blog.posts[1].quotes.first?.speaker == "Bridget Phillipson")
    }

    @Test func theFormsARoleIsNamedBy() {
        #expect(RolePhrases.forms(of: "Royal College of Nursing’s general secretary") == ["royal college of nursing’s general secretary", "general secretary"])
        #expect(RolePhrases.forms(of: "chief executive of the trust") == ["chief executive of the trust", "chief executive"])
        #expect(RolePhrases.forms(of: "the mayor") == ["mayor"])
        #expect(RolePhrases.forms(of: "") == [])
    }

    /// Offices written before a name are not part of it (`Police Commissioner Jessica Tisch`,
    /// `Officer X`), so the office and surname later (`Commissioner Tisch said`) is her; an
    /// American title written short is an office (`Gov.` is governor); an initialism written
    /// with full stops is one word of a description (`the F.B.I. said`).
    @Test func officesBeforeNamesAndInitialismsWithStops() {
        let blog = LiveBlogParser.parse("""
            Shooting live

            9.30pm EDT
            Police Commissioner Ann Kerr told reporters that the gunman had driven from Ohio.
            “He began shooting at once,” Commissioner Kerr said.
            “We are looking for a second car,” the F.B.I. said in a statement.
            Gov. Ray Dunn wrote: “Our hearts break.” Officer Luis Paz was among the dead.
            """)
        #expect(blog.posts.first?.quotes.map { $0.speaker ?? $0.attribution ?? "-" } == ["Ann Kerr", "the F.B.I.", "Ray Dunn"])
        #expect(blog.person(named: "Ann Kerr")?.role == "Police Commissioner")
        #expect(blog.person(named: "Ray Dunn")?.role == "governor")
        let titled = LiveBlogParser.parse("H\n\n9.00am IST\nAIIMS director Dr M Srinivas said a team had gone.")
        #expect(titled.person(named: "M Srinivas")?.role == "AIIMS director", "a role before the honorific")
        #expect(blog.people.map(\.name).sorted() == ["Ann Kerr", "Luis Paz", "Ray Dunn"])
    }

    /// From an inquiry's blog: `X, whose husband died at Y, said:` is a person, whose workplace
    /// Y is not; a title and a surname opening the clause before a colon speak as written
    /// (`Baroness Hallett pressed him: “…”`), not the person the post was about; letters after a
    /// name are no part of it and make it a person's (`Hugo Keith KC`).
    @Test func anInquirysWitnessesAndCounsel() {
        let blog = LiveBlogParser.parse("""
            Inquiry live

            4.35pm GMT
            Outside, Jean Adamson, whose husband died at Royal Stoke University hospital, said: “He cannot say sorry.”

            3.50pm GMT
            Counsel to the inquiry, Hugo Keith KC, asked Matt Hancock about his messages.
            “I acted on the advice I had,” Hancock said.
            Baroness Hallett pressed him: “But was there a ring of protection?”
            """)
        #expect(blog.posts.map { $0.quotes.map { $0.speaker ?? $0.attribution ?? "-" } } == [["Jean Adamson"], ["Matt Hancock", "Baroness Hallett"]])
        #expect(blog.person(named: "Jean Adamson").map { $0.hospital == nil } == true)
        #expect(blog.people.map(\.name).sorted() == ["Hugo Keith", "Jean Adamson", "Matt Hancock"])
    }
}

/// Roles and speakers from blogs of Berlin and a questions-answered page.
@Suite struct AppositionsAndClausesTests {
    /// `Ulrich Frei, its medical director, said`: the role without `its`, at the hospital the
    /// sentence before was about; `Kenya, its neighbour` makes no one a person.
    @Test func aRoleTheBodyBeforeOwns() {
        let blog = LiveBlogParser.parse("""
            Berlin live

            11.52am GMT
            The Charité hospital, Berlin’s largest, said it was treating 14 of the injured.

            Ulrich Frei, its medical director, said: “We cannot rule out further deaths.”

            11.00am GMT
            Somalia, its neighbour, closed the border.
            """)
        let frei = blog.people.first { $0.name == "Ulrich Frei" }
        #expect(frei?.role == "medical director")
        #expect(frei?.hospital == "Charité Hospital")
        #expect(blog.posts[0].quotes.first?.speaker == "Ulrich Frei")
        #expect(!blog.people.contains { $0.name == "Somalia" })
    }

    /// `A commuter at Clapham Junction, who gave her name only as Priya, said`: the `who` is
    /// the commuter's, not the station's; the quote after is the commuter's words.
    @Test func aWhoClauseAfterAPlaceIsNoPlacesPerson() {
        let blog = LiveBlogParser.parse("""
            Rail strikes live

            5.02pm BST
            A commuter at Clapham Junction, who gave her name only as Priya, said she had spent two hours trying to get to work.

            "It's a nightmare, but I support them," she said.
            """)
        #expect(blog.people.isEmpty)
        #expect(blog.posts[0].quotes.first?.attribution == "a commuter at Clapham Junction")
    }

    /// `A nurse who was on duty, Meghna Rai, told local television:` names her as the speaker;
    /// `Jhansi's district magistrate, Avinash Kumar` is a magistrate.
    @Test func aNameInAppositionThatSpeaks() {
        let blog = LiveBlogParser.parse("""
            Fire live

            09:40 GMT
            Jhansi's district magistrate, Avinash Kumar, said 39 babies had been rescued.

            A nurse who was on duty, Meghna Rai, told local television: "We broke the windows to get the babies out."
            """)
        #expect(blog.posts[0].quotes.first?.speaker == "Meghna Rai")
        #expect(blog.people.first { $0.name == "Avinash Kumar" }?.role == "Jhansi's district magistrate")
    }

    /// `X, 81, from Warwickshire, was the second person to receive the jab at University
    /// Hospital Coventry`: where someone was vaccinated is no workplace.
    @Test func whereSomeoneWasVaccinatedIsNoWorkplace() {
        let blog = LiveBlogParser.parse("""
            Vaccine live

            3.45pm GMT
            William Shakespeare, 81, from Warwickshire, was the second person to receive the jab at University Hospital Coventry.
            """)
        let patient = blog.people.first { $0.name == "William Shakespeare" }
        #expect(patient?.age == 81)
        #expect(patient?.hospital == nil)
        #expect(blog.hospitals.map(\.name) == ["University Hospital Coventry"])
    }

    /// `Kensington Palace said`: a palace is no person. `said Dr. Birgit Bodine, who works
    /// there`: her workplace is the hospital her sentence named.
    @Test func aPalaceSpeaksAndWhoWorksThere() {
        let blog = LiveBlogParser.parse("""
            Live

            4:45 p.m. ET
            The Princess of Wales is recovering, Kensington Palace said.

            HCA Florida Fawcett Hospital in Port Charlotte lost part of its roof, said Dr. Birgit Bodine, who works there.
            """)
        #expect(blog.people.map(\.name) == ["Birgit Bodine"])
        #expect(blog.people.first?.hospital == "HCA Florida Fawcett Hospital")
    }

    /// `Witness Pranay Rajput told …` is a witness; `A witness, X, 28, a nurse at Y` is a nurse;
    /// `X, a hospital spokeswoman` speaks for the one hospital the post names.
    @Test func witnessesAndAHospitalSpokeswoman() {
        let blog = LiveBlogParser.parse("""
            Live

            3:45 p.m. ET
            Witness Pranay Rajput, who works at a nearby store, told Guardian Australia he heard screaming.

            A witness, Amanda Hunter, 28, a nurse at the Royal London hospital, told the BBC: “I saw people running.”

            3:40 p.m. ET
            At University Hospital in San Antonio, four patients were being treated, said Leni Kirkman, a hospital spokeswoman.
            """)
        #expect(blog.people.first { $0.name == "Pranay Rajput" }?.role == "witness")
        #expect(blog.people.first { $0.name == "Amanda Hunter" }?.role == "nurse")
        let kirkman = blog.people.first { $0.name == "Leni Kirkman" }
        #expect(kirkman?.role == "hospital spokeswoman")
        #expect(kirkman?.hospital == "University Hospital")
    }

    /// `At Beth Israel Deaconess Medical Center, Dr Richard Wolfe, the chief of emergency
    /// medicine, said`: a hospital's staff where the sentence opens at it; not a patient.
    @Test func aSentenceThatOpensAtAHospital() {
        let blog = LiveBlogParser.parse("""
            Live

            10.55pm BST
            At Beth Israel Deaconess Medical Center, Dr Richard Wolfe, the chief of emergency medicine, said: "We have many injuries."

            At Boston Medical Center, Jane Doe, 45, a teacher from Quincy, said she was lucky.
            """)
        #expect(blog.people.first { $0.name == "Richard Wolfe" }?.hospital == "Beth Israel Deaconess Medical Center")
        #expect(blog.people.first { $0.name == "Jane Doe" }?.hospital == nil)
    }

    /// `“…” – Helen, 54, a district nurse in Cumbria`: a reader's words signed after a dash;
    /// a dash that goes on into a sentence signs nothing.
    @Test func wordsSignedAfterADash() {
        let blog = LiveBlogParser.parse("""
            Live

            4.50pm GMT
            “I have never known morale this low.” – Helen, 54, a district nurse in Cumbria

            “I use a food bank.” – Tom Price, Birmingham

            “We will win” – Tom Price says so, and then he went back to the picket line to talk to his colleagues about the pay offer.
            """)
        let quotes = blog.posts[0].quotes
        #expect(quotes.map(\.attribution) == ["Helen, 54, a district nurse in Cumbria", nil, nil])
        // A name the blog knows as a person's signs as that person.
        #expect(quotes[1].speaker == "Tom Price")
    }

    /// `Rishi Sunak, asked at PMQs whether he would negotiate, said it was “not the right time”`:
    /// the aside is a person's, so the fragment is his.
    @Test func anAskedAsideBeforeTheSpeechVerb() {
        let blog = LiveBlogParser.parse("""
            Live

            2.30pm GMT
            Rishi Sunak, asked at PMQs whether he would negotiate, said it was “not the right time”.

            Thames Water, the utility, said it was “coping”.
            """)
        #expect(blog.people.map(\.name) == ["Rishi Sunak"])
        #expect(blog.posts[0].quotes.first?.speaker == "Rishi Sunak")
    }

    /// `X, an emergency doctor who worked at the hospital`: the one hospital the post names;
    /// with two named, neither.
    @Test func whoWorkedAtTheHospital() {
        let blog = LiveBlogParser.parse("""
            Live

            5.45pm GMT
            Iskenderun State Hospital partly collapsed on Monday.

            Dr Ahmet Yilmaz, an emergency doctor who worked at the hospital, told Reuters: "We lost colleagues."

            5.00pm GMT
            Patients moved from Hatay State Hospital to Adana City Hospital. Dr Ali Demir, a surgeon at the hospital, said so.
            """)
        #expect(blog.people.first { $0.name == "Ahmet Yilmaz" }?.hospital == "Iskenderun State Hospital")
        #expect(blog.people.first { $0.name == "Ali Demir" }?.hospital == nil)
    }

    /// `“full pay restoration”, which it says would mean …`: a clause about the quote names
    /// no speaker.
    @Test func aRelativeClauseAfterAQuoteIsNoSpeaker() {
        let blog = LiveBlogParser.parse("""
            Questions live

            1.15pm GMT
            A: The BMA wants “full pay restoration”, which it says would mean a 35% rise.
            """)
        let quote = blog.posts.first?.quotes.first
        #expect(quote?.text == "full pay restoration")
        #expect(quote?.speaker == nil)
        #expect(quote?.attribution == nil)
    }
}
