import Testing
@testable import LiveBlogKit

/// Names and speakers as American papers, political and sports blogs write them: a title and a
/// surname alone, a month that is a surname, `New` in a place, subjects longer than four words,
/// and who was told.
@Suite struct NamesInOtherBlogsTests {
    private func quotes(_ text: String) -> [(speaker: String?, attribution: String?)] {
        LiveBlogParser.parse("Headline\n\n9.00am\n" + text).posts.flatMap(\.fullQuotes).map { ($0.speaker, $0.attribution) }
    }

    /// `Mr. Trump said`, `said Dr Fauci`: with no full name in the blog, the title and the
    /// surname are the speaker as written (the title alone was, or no one).
    @Test func aTitleAndASurnameSpeak() {
        let found = quotes("""
            “I want to thank Democrats,” Mr. Trump said in the Oval Office.
            “We will win,” Mr Trump said.
            “We are at the front edge,” said Mr. Cuomo.
            “Not yet,” said Dr Anthony Fauci. “Soon,” Dr. Fauci added.
            """)
        #expect(found.map(\.speaker) == ["Mr. Trump", "Mr Trump", "Mr. Cuomo", "Anthony Fauci", "Anthony Fauci"])
    }

    /// A month or a word that is a surname or a given name stands in a name (`Theresa May`, `June
    /// Sarpong`, `John Key`), but a label is none (`Key events`); `New` opens a place's (`New York`), which after `in` is where the subject is,
    /// not who speaks.
    @Test func monthsAndNewInNames() {
        let blog = LiveBlogParser.parse("""
            Brexit live

            10.00am BST
            Theresa May said: “Brexit means Brexit.”
            The prime minister, Theresa May, told MPs: “We will make a success of it.”
            June Sarpong said: “It is a sad day.”
            John Key said: “This may be New Zealand’s darkest day.” Key events were listed.
            Officials in New Jersey said: “We are ready.”
            Hospitals in New York City said they were full.
            In May, the party said it would vote. “March on,” it said.
            """)
        #expect(blog.people.map(\.name).sorted() == ["John Key", "June Sarpong", "Theresa May"])
        #expect(blog.person(named: "Theresa May")?.role == "prime minister")
        let quotes = blog.posts[0].fullQuotes
        #expect(quotes.map(\.speaker) == ["Theresa May", "Theresa May", "June Sarpong", "John Key", nil, nil])
        #expect(quotes[4].attribution == "officials in New Jersey")
    }

    /// The subject before an aside may run to eight words (`A nurse at Mass General, who …,
    /// said:`), and a pronoun inside the aside is not the subject.
    @Test func aLongSubjectBeforeAnAside() {
        let found = quotes("""
            Dr Ravi Shah, a consultant, said the wards were full.
            A nurse at Mass General, who asked not to be named because she was not authorized to speak, said: “We keep one mask for a shift.”
            One doctor, who asked not to be named, said: “It is bad.”
            She said: “We are tired.”
            """)
        #expect(found.map(\.attribution) == ["a nurse at Mass General", "one doctor", "one doctor"], "she: the one who spoke last")
        #expect(found.map(\.speaker) == [nil, nil, nil])
    }

    /// A full name that does what politicians do in a sentence's subject is a person's
    /// (`Keir Starmer accused`); a place or a force that does it is not (`Scotland Yard
    /// confirmed`, `New Zealand announced`). A writer's bare name in the header is the blog's.
    @Test func politiciansPlacesAndTheWriter() {
        let blog = LiveBlogParser.parse("""
            Politics live: PMQs
            Sunak and Starmer clash over the NHS
            Andrew Sparrow

            9.00am
            Keir Starmer accused the government of failure. Starmer says it is broken.
            Scotland Yard confirmed the arrest. New Zealand announced new rules. The White House denied it.
            Orange County blamed the storm.
            """)
        #expect(blog.people.map(\.name) == ["Keir Starmer"])
        #expect(blog.reporters == ["Andrew Sparrow"])
        #expect(blog.posts[0].people == ["Keir Starmer"])
    }

    /// Who is told is no speaker and no person (`told Sky Sports: “…”`), while the one who
    /// tells is; `said X` and `asked X` still name the speaker.
    @Test func theOneToldIsNoPerson() {
        let blog = LiveBlogParser.parse("""
            Liverpool 2-1 Manchester City

            6.05pm
            Jürgen Klopp told Sky Sports: “That was a proper game.”
            He told BBC Radio 5 Live: “We were brilliant.”
            “Why not?” asked Pep Guardiola.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Jürgen Klopp", "Pep Guardiola"])
        #expect(blog.posts[0].fullQuotes.map(\.speaker) == ["Jürgen Klopp", "Jürgen Klopp", "Pep Guardiola"])
    }

    /// A role whose title is of something in lowercase words still names the person after its
    /// comma (`Its director of operations, Paul Woodrow, said:`), and the role reads from
    /// before the title (`spokesperson for the medical center`). A header line listing the
    /// writers' bare names names the blog's reporters.
    @Test func rolesOfSomethingAndAListOfWriters() {
        let blog = LiveBlogParser.parse("""
            London Bridge attack: latest updates
            Two people killed in stabbing
            Haroon Siddique, Matthew Weaver and Ben Quinn

            8.40pm
            Its director of operations, Paul Woodrow, said: “Our staff treated three patients.”
            A spokesperson for the medical center, John Howser, confirmed the figure.
            """)
        #expect(blog.reporters == ["Haroon Siddique", "Matthew Weaver", "Ben Quinn"])
        #expect(blog.person(named: "Paul Woodrow")?.role == "director of operations")
        #expect(blog.person(named: "John Howser")?.role == "spokesperson for the medical center")
        #expect(blog.posts[0].fullQuotes.map(\.speaker) == ["Paul Woodrow"])
    }

    /// A title joined to another word is a title (`Its director-general, Tedros Adhanom
    /// Ghebreyesus, wrote`), and a role of a hospital makes it the person's workplace (`The
    /// director of Kamal Adwan, Dr Hussam Abu Safiya,`).
    @Test func joinedTitlesAndTheHospitalARoleIsOf() {
        let blog = LiveBlogParser.parse("""
            Gaza live

            3.20pm
            Kamal Adwan hospital was out of service, the WHO said.
            Its director-general, Tedros Adhanom Ghebreyesus, wrote on X: “The dismantling of the health system is a death sentence.”
            The director of Kamal Adwan, Dr Hussam Abu Safiya, was detained.
            The surgeon-in-chief, Craig Smith, said: “We are at the front edge.”
            """)
        #expect(blog.person(named: "Tedros Adhanom Ghebreyesus")?.role == "director-general")
        #expect(blog.person(named: "Craig Smith")?.role == "surgeon-in-chief")
        #expect(blog.person(named: "Hussam Abu Safiya")?.hospital == "Kamal Adwan Hospital")
        #expect(blog.posts[0].fullQuotes.map(\.speaker) == ["Tedros Adhanom Ghebreyesus", "Craig Smith"])
    }

    /// `she said` after a sentence about someone unnamed means them (`A nurse at St Vincent’s
    /// hospital, who asked not to be named, told Guardian Australia …`), as after a named
    /// person it means that person; a name met later takes over.
    @Test func aPronounAfterSomeoneUnnamed() {
        let blog = LiveBlogParser.parse("""
            Australia live

            4.40pm
            A nurse at St Vincent’s hospital in Sydney, who asked not to be named, told Guardian Australia the wards were full.
            “We had patients waiting on trolleys for 12 hours,” she said.
            A spokesperson for the hospital said: “We are working hard.” “Staff are tired,” she added.
            Dr Kerry Chant said the system was under pressure.
            “It is hard,” she said.
            """)
        let quotes = blog.posts[0].fullQuotes
        #expect(quotes.map(\.speaker) == [nil, nil, nil, "Kerry Chant"])
        #expect(quotes.map(\.attribution) == ["a nurse at St Vincent’s hospital in Sydney", "a spokesperson for the hospital",
                                               "a spokesperson for the hospital", nil])
        // A long aside: `, who asked not to be named because she was not authorized to speak, said`.
        let longAside = LiveBlogParser.parse("""
            Las Vegas live

            11:30 a.m.
            A nurse at Sunrise, who asked not to be named because she was not authorized to speak, said patients were lying in hallways.
            "We were doing CPR in the parking lot," she said.
            """)
        #expect(longAside.posts[0].fullQuotes.map(\.attribution) == ["a nurse at Sunrise"])
    }

    /// An American blog's header lists its writers after `By` with commas; a person's
    /// workplace is not a hospital named in what they said; `the hospital’s chief executive`
    /// works at the one hospital the post names.
    @Test func writersListedAfterByAndWorkplacesOfWhatIsSaid() {
        let blog = LiveBlogParser.parse("""
            Storm live updates: hospitals evacuate
            By Ana Ruiz, Tom Bell and Li Wei
            Oct. 9, 2024, 9:45 p.m. ET
            Orlando Health hospital said it was ready. “We’ve done this before,” said Dr. Sam Cole, the hospital’s chief executive.
            Oct. 9, 2024, 8:30 p.m. ET
            A spokeswoman for the city, Maria Lopez, said the nurses would work at Orlando Health.
            Oct. 9, 2024, 7:30 p.m. ET
            Lakeland Regional hospital and Orlando Health both opened. The hospital’s chief nurse, Joan Park, said: “We wait.”
            """)
        #expect(blog.reporters == ["Ana Ruiz", "Tom Bell", "Li Wei"])
        #expect(blog.writersLine == "By Ana Ruiz, Tom Bell and Li Wei")
        #expect(blog.person(named: "Sam Cole")?.hospital == "Orlando Health Hospital")
        #expect(blog.person(named: "Maria Lopez").map { $0.hospital == nil } == true)
        #expect(blog.person(named: "Joan Park").map { $0.hospital == nil } == true, "two hospitals: which is not said")
    }

    /// A health service that speaks is no person (`Monash Health says`, `NYU Langone Health
    /// said`), as a trust or a council is not.
    @Test func aHealthServiceIsNoPerson() {
        let blog = LiveBlogParser.parse("""
            Strike live

            11:55am
            Monash Health says Monash Medical Centre has activated a code yellow. NYU Langone Health said it was ready.
            Premier Jacinta Allan said: "We hear you."
            """)
        #expect(blog.people.map(\.name) == ["Jacinta Allan"])
    }

    /// American politicians' party and state in brackets are read past (`John Thune (R-S.D.)
    /// said`), and an office before the name stays out of it (`Senate Majority Leader`); a body
    /// of hospitals is no hospital (`The American Hospital Association said`).
    @Test func partiesInBracketsAndBodiesOfHospitals() {
        let blog = LiveBlogParser.parse("""
            Shutdown live

            6:12 p.m. ET
            Senate Majority Leader John Thune (R-S.D.) said Democrats were “holding the country hostage”.
            “They own this shutdown,” said Sen. Chuck Schumer (D-N.Y.).
            The American Hospital Association said rural hospitals would close.
            """)
        #expect(blog.person(named: "John Thune")?.role == "Senate Majority Leader")
        #expect(blog.posts.first?.quotes.map(\.speaker) == ["John Thune", "Chuck Schumer"])
        #expect(blog.hospitals.isEmpty)
    }
}

extension NamesInOtherBlogsTests {
    /// As an Indian page writes them: `All India Institute of Medical Sciences (AIIMS)` is a
    /// hospital, defined by its initialism; `head of the … department at AIIMS` is a role at
    /// it; names with initials (`Dr. B.L. Sherwal`, `A.K. Sharma`) are people; the writers
    /// stand before a bar (`Edited by X | Updated: …`).
    @Test func anIndianPagesNamesAndInitials() {
        let blog = LiveBlogParser.parse("""
            Delhi Air Pollution LIVE Updates: AQI Crosses 450
            Edited by Anindita Sanyal | Updated: November 14, 2023 11:45 am IST
            Nov 14, 2023 11:40 (IST)
            AIIMS Sees 30% Rise In Respiratory Cases
            Doctors at the All India Institute of Medical Sciences (AIIMS) said visits had risen.
            "Children are the worst affected," said Dr. Anant Mohan, head of the pulmonary medicine department at AIIMS.
            Nov 14, 2023 11:05 (IST)
            Safdarjung Hospital has opened a pollution clinic, its medical superintendent Dr. B.L. Sherwal said.
            "We are seeing patients with severe cough," Dr. Sherwal told NDTV.
            """)
        #expect(blog.reporters == ["Anindita Sanyal"])
        let aiims = blog.hospitals.first { $0.name == "All India Institute of Medical Sciences" }
        #expect(aiims?.initialisms == ["AIIMS"])
        #expect(blog.person(named: "Anant Mohan")?.role == "head of the pulmonary medicine department")
        #expect(blog.person(named: "Anant Mohan")?.hospital == "All India Institute of Medical Sciences")
        #expect(blog.posts.flatMap(\.quotes).map(\.speaker) == ["Anant Mohan", "B.L. Sherwal"])
    }

    /// A middle initial joins a name (`Tori B. Powell`, `George W. Bush`); a capital letter's
    /// full stop before a name of two words ends a sentence (`a Plan B. Boris Johnson`).
    @Test func initialsAndTheSentencesTheyEnd() {
        func people(_ text: String) -> [String] { LiveBlogParser.parse("H\n\n10:00\n" + text).people.map(\.name) }
        #expect(people("Tori B. Powell, a nurse, said: “We are ready.”") == ["Tori B. Powell"])
        #expect(people("George W. Bush, the president, said: “We are ready.”") == ["George W. Bush"])
        #expect(people("We need a Plan B. Boris Johnson, the prime minister, said: “Go.”") == ["Boris Johnson"])
        #expect(people("“We are ready,” said Dr. A.K. Sharma, a surgeon.") == ["A.K. Sharma"])
    }
}

extension NamesInOtherBlogsTests {
    /// A name that opens with a word places open with is a place's, whatever follows it
    /// (`Mount Victoria told to leave`); an abbreviation's stop is inside a role before a name
    /// (`St. Lucie County Sheriff Keith Pearson`) and inside a title in capitals.
    @Test func placesThatOpenWithMountOrFortAndAbbreviationsInRoles() {
        let blog = LiveBlogParser.parse("""
            Residents of Blackheath and Mount Victoria told to leave now

            10:30 p.m.
            TORNADOES HIT ST. LUCIE COUNTY
            People were killed in Fort Pierce, St. Lucie County Sheriff Keith Pearson said.
            "It's a horrible scene," Pearson told WPBF-TV.
            Crews near Fort Pierce told residents to stay away.
            """)
        #expect(blog.people.map(\.name) == ["Keith Pearson"])
        #expect(blog.person(named: "Keith Pearson")?.role == "St. Lucie County Sheriff")
        #expect(blog.posts.first?.title == "TORNADOES HIT ST. LUCIE COUNTY")
        #expect(!PostLayout.isTitle("We lost power. Then the roof went", followedByText: true))
        #expect(PostLayout.isTitle("J. K. Rowling visits hospital", followedByText: true))
    }

    /// `Chief Saunders said`, after `Mark Saunders, the Toronto police chief`: a title and the
    /// surname of someone the post names in full.
    @Test func aChiefAndASurname() {
        let blog = LiveBlogParser.parse("""
            H

            10:00
            Mark Saunders, the Toronto police chief, praised the officer.
            "The officer did a fantastic job," Chief Saunders said.
            """)
        #expect(blog.people.map(\.name) == ["Mark Saunders"])
        #expect(blog.posts.first?.quotes.first?.speaker == "Mark Saunders")
    }
}

