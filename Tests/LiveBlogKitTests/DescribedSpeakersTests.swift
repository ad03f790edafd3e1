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

    /// Words quoted inside a sentence that someone unnamed opens (`A spokesperson for the Mater
    /// said it was “…”`, after an opening clause too) are theirs; a scare quote in a sentence
    /// that reports no one is no one's.
    @Test func aFragmentSaidBySomeoneUnnamed() {
        let blog = LiveBlogParser.parse("""
            Trolleys live

            16:20
            A spokesperson for the Mater said it was "experiencing extremely high attendances".
            On Tuesday, a nurse at Beaumont said the ward was "like a war zone".
            The so-called "trolley crisis" is in its third week.
            """)
        let quotes = blog.posts.first?.quotes ?? []
        #expect(quotes.map(\.attribution) == ["a spokesperson for the Mater", "a nurse at Beaumont", nil])
        #expect(quotes.allSatisfy { $0.isFragment && $0.speaker == nil })
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

    /// An office the post names one holder of by a longer role (`Health minister Karin Smyth`)
    /// is that person when a quote says only its last words (`the minister said`); not a
    /// role beside the office (`the former health secretary`), nor two holders.
    @Test func anOfficeNamedByItsLastWords() {
        let blog = LiveBlogParser.parse("""
            NHS live

            11:00
            Health minister Karin Smyth met union leaders.
            "The talks were constructive," the minister said.

            10:30
            Sajid Javid, the former health secretary, spoke at the conference.
            "We must act now," the health secretary said.

            10:00
            Health minister Karin Smyth and education minister Jacqui Smith met.
            "It went well," the minister said.
            """)
        let quotes = blog.posts.map { $0.quotes.map { $0.speaker ?? $0.attribution ?? "-" } }
        #expect(quotes == [["Karin Smyth"], ["the health secretary"], ["the minister"]])
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

    /// A name that ends a body's (`University Hospitals of North Midlands`, `the Royal College
    /// of Emergency Medicine`) is the body's, whatever it says: its words are attributed to the
    /// body as written, and no person is made of the name's tail.
    @Test func theTailOfABodysNameIsNoPerson() {
        let blog = LiveBlogParser.parse("""
            Winter crisis live

            4.30pm GMT
            University Hospitals of North Midlands has declared a critical incident, citing "extreme and sustained pressure".
            The Royal College of Emergency Medicine said: "Delays are killing people."
            Dr Adrian Boyle, president of the Royal College of Emergency Medicine, said: "This is not scaremongering."
            """)
        #expect(blog.posts[0].quotes.map { $0.speaker ?? $0.attribution ?? "-" }
                == ["-", "the Royal College of Emergency Medicine", "Adrian Boyle"])
        #expect(blog.people.map(\.name) == ["Adrian Boyle"])
    }

    /// The place a title is of stands between the title and the name (`the Mayor of London
    /// Sadiq Khan said:`, `Secretary of State for Health Wes Streeting`), with `the` or `and` in
    /// it too (`President of the United States`, `…for Health and Social Care`): the name is
    /// the run's last two words.
    @Test func thePlaceATitleIsOfBeforeTheName() {
        let blog = LiveBlogParser.parse("""
            Politics live

            4.30pm GMT
            The Mayor of London Sadiq Khan said: "This is bad."
            Archbishop of Canterbury Justin Welby said: "Pray."
            The University of East Anglia said: "We are closed."
            Secretary of State for Health Wes Streeting said: "We will fix it."
            A spokesman for Imperial College Healthcare said: "Fine."
            President of the United States Joe Biden said: "We stand with them."
            Secretary of State for Health and Social Care Victoria Atkins said: "Go home."
            """)
        #expect(blog.posts[0].quotes.map { $0.speaker ?? $0.attribution ?? "-" }
                == ["Sadiq Khan", "Justin Welby", "the University of East Anglia", "Wes Streeting", "a spokesman for Imperial College Healthcare",
                    "Joe Biden", "Victoria Atkins"])
        #expect(blog.people.map(\.name).sorted() == ["Joe Biden", "Justin Welby", "Sadiq Khan", "Victoria Atkins", "Wes Streeting"])
    }

    /// `Another nurse, who …, said the hospital had been warned. “…,” she said.`: the pronoun
    /// is the unnamed speaker the paragraph opens with, not the one quoted before.
    @Test func aPronounAfterAnUnnamedSpeakerInItsParagraph() {
        let blog = LiveBlogParser.parse("""
            Power cut live

            10.00am
            Sarah Jones, a nurse at St Mary’s hospital, said: “We were terrified.”
            Another nurse, who did not want to be named, said the hospital had been warned. “They knew for months,” she said.
            “We counted every patient,” she said.
            """)
        #expect(blog.posts[0].quotes.map { $0.speaker ?? $0.attribution ?? "" } == ["Sarah Jones", "another nurse", "another nurse"])
    }

    /// `Saffron Cordery, his deputy, agreed. “…,” she said`: a deputy is a role, so the name in
    /// apposition is a person's, and the `she` after it is hers, not the one quoted before.
    @Test func aDeputyInApposition() {
        let blog = LiveBlogParser.parse("""
            Budget – live

            3.20pm GMT

            Sir Julian Hartley, the chief executive of NHS Providers, said the money was "a step in the right direction".

            Saffron Cordery, his deputy, agreed. "Trusts will have to make hard choices," she said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Julian Hartley", "Saffron Cordery"])
        #expect(blog.person(named: "Saffron Cordery")?.role == "his deputy")
    }

    /// `“…,” Mr. Biden said`, with only `Jill Biden, the first lady,` named in full: an
    /// honorific of one sex is not the person whose role says the other, so the quote is the
    /// words' own attribution; `Mrs Patel` is still `Priya Patel, a nurse`.
    @Test func anHonorificOfTheOtherSexIsSomeoneElse() {
        let blog = LiveBlogParser.parse("""
            Uvalde – live

            3.05pm ET

            "When in God's name are we going to stand up to the gun lobby?" Mr. Biden said.

            Jill Biden, the first lady, stood beside him.

            2.30pm ET

            Priya Patel, a nurse, was on duty. "It was chaos," Mrs Patel said.
            """)
        #expect(blog.posts.map { $0.quotes.map { $0.speaker ?? $0.attribution } } == [["Mr. Biden"], ["Priya Patel"]])
    }
}

