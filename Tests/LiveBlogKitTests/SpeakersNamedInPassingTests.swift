import Testing
@testable import LiveBlogKit

/// Speakers as wire copy and regional papers name them: a job before the name that no list
/// holds (`Met Office meteorologist`), a full name given once and a surname that speaks later,
/// a name the blog knows no one by, a compound surname, and where a speaker was a visitor.
@Suite struct SpeakersNamedInPassingTests {
    private func blog(_ text: String) -> LiveBlog {
        LiveBlogParser.parse("Headline\n\n9.00am\n" + text)
    }

    private func speakers(_ blog: LiveBlog) -> [String?] {
        blog.posts.flatMap(\.fullQuotes).map { $0.speaker ?? $0.attribution }
    }

    /// A job before a name makes it a person's and is their role: one of the titles listed
    /// (`sheriff`) or one its ending shows (`meteorologist`, `politician`), with what opens it
    /// (`Clark County sheriff`); `against` and `insist` end the same way and are no jobs.
    @Test func aJobBeforeTheNameIsTheirRole() {
        let found = blog("""
            Clark County sheriff Joseph Lombardo gave an update at a news conference.
            Met Office meteorologist Aidan McGivern said gusts of 104mph had been recorded.
            Veteran politician Ann Widdecombe joined the picket.
            Voters turned against Boris Johnson. They insist Rishi Sunak must go.
            """)
        #expect(found.person(named: "Joseph Lombardo")?.role == "Clark County sheriff")
        #expect(found.person(named: "Aidan McGivern")?.role == "Met Office meteorologist")
        #expect(found.person(named: "Ann Widdecombe")?.role == "veteran politician")
        #expect(found.person(named: "Boris Johnson") == nil)
        #expect(found.person(named: "Rishi Sunak") == nil)
    }

    /// A title a sentence opens with, capitalised, is no word of the name after it, and is
    /// their role (`Paramedic Claire Lewis said`); two words alone stay a name (`Nurse Ratched`).
    @Test func aTitleOpeningTheSentenceIsNoPartOfTheName() {
        let found = blog("""
            Paramedic Claire Lewis, who works in Cardiff, said the queues were “a disgrace”.
            Captain Tom Moore said: “Tomorrow will be a good day.”
            Nurse Ratched said the ward was calm.
            """)
        #expect(found.person(named: "Claire Lewis")?.role == "paramedic")
        #expect(found.person(named: "Nurse Ratched") != nil)
        #expect(found.person(named: "Tom Moore") != nil)
        #expect(found.person(named: "Paramedic Claire Lewis") == nil)
        // A party's or a place's title before the name too (`Labour MP Rosie Duffield`).
        let party = blog("""
            Labour MP Rosie Duffield, the MP for Canterbury, said: "People are dying in corridors."
            Kenyan President William Ruto said nothing.
            """)
        #expect(party.person(named: "Rosie Duffield")?.role == "MP for Canterbury")
        #expect(party.person(named: "William Ruto")?.role == "Kenyan President")
        #expect(party.posts.first?.quotes.first?.speaker == "Rosie Duffield")
    }

    /// A full name given once with nothing around it that says person (`Joseph Lombardo gave an
    /// update`) is a person's when its surname speaks in the same post (`Lombardo said`), and
    /// the quote is theirs; in another post the surname alone makes no one a person.
    @Test func aSurnameThatSpeaksMakesItsFullNameAPerson() {
        let found = LiveBlogParser.parse("""
            Headline

            10.00am
            Joseph Lombardo gave an update at a news conference.
            “We have no idea what his belief system was,” Lombardo said.

            9.00am
            Maria Fernandez opened the meeting.
            Later, Gomez said the vote would wait.
            """)
        #expect(speakers(found) == ["Joseph Lombardo"])
        #expect(found.person(named: "Joseph Lombardo") != nil)
        #expect(found.person(named: "Maria Fernandez") == nil)
    }

    /// A name the blog knows no one by that speaks after a quote is who or what spoke, as
    /// written (`Smith`, `NHS England`); a title the blog wrote before a known name goes
    /// (`Commissioner Tisch said`). Neither unknown name becomes a person.
    @Test func aNameNoOneIsKnownBySpeaksAsWritten() {
        let found = blog("""
            “We have no idea,” Smith said.
            “Patients should attend as normal,” NHS England said.
            Police Commissioner Jessica Tisch told reporters that the gunman had driven from Las Vegas.
            “He walked in with a rifle,” Commissioner Tisch said.
            """)
        #expect(speakers(found) == ["Smith", "NHS England", "Jessica Tisch"])
        #expect(found.posts[0].fullQuotes.first?.speaker == nil, "an unknown name is an attribution, not a person's name")
        #expect(found.people.map(\.name) == ["Jessica Tisch"])
    }

    /// A compound surname (`Cortez Masto`, `Duncan Smith`) is the person whose full name it
    /// ends, and what it says of them is theirs: one person, not two.
    @Test func aCompoundSurnameIsTheFullNamesPerson() {
        let found = LiveBlogParser.parse("""
            Headline

            10.00am
            In a statement, Cortez Masto said: “Nevadans rejected extremism.”
            Iain Duncan Smith, the former work and pensions secretary, said he would vote against.
            “It is wrong,” Duncan Smith said.

            9.00am
            Catherine Cortez Masto has won re-election in Nevada.
            """)
        #expect(speakers(found) == ["Catherine Cortez Masto", "Iain Duncan Smith"])
        #expect(found.people.map(\.name).sorted() == ["Catherine Cortez Masto", "Iain Duncan Smith"])
    }

    /// A full name that does what people do and places do not (`posted a video`) is a
    /// person's, so a `He wrote:` after it is theirs, not the last speaker's.
    @Test func aPersonWhoPostedSpeaksNext() {
        let found = blog("""
            “It is a crime against children,” the health minister, Viktor Liashko, said.
            Volodymyr Zelenskyy posted a video of rescuers. He wrote: “Russia cannot claim it does not know.”
            """)
        #expect(speakers(found) == ["Viktor Liashko", "Volodymyr Zelenskyy"])
    }

    /// `Its chief executive, X` after a sentence whose subject is a hospital (`The Aga Khan
    /// University Hospital said …`) works there; after one whose subject is a body that names a
    /// hospital later (`The WHO said … Kamal Adwan hospital …`) does not.
    @Test func itsRoleIsOfTheHospitalThatWasTheSubject() {
        let found = blog("""
            The Aga Khan University Hospital said it was still treating 51 people.
            Its chief executive, Shawn Bolouki, said: “We have had extraordinary support.”
            The World Health Organization said the last major health facility, Kamal Adwan hospital, was out of service.
            Its director-general, Tedros Adhanom Ghebreyesus, wrote on X: “This is a death sentence.”
            """)
        #expect(found.person(named: "Shawn Bolouki")?.hospital == "Aga Khan University Hospital")
        #expect(found.person(named: "Tedros Adhanom Ghebreyesus")?.hospital == nil)
        let titled = blog("""
            Salem Regional Medical Center said it had seen a rise in patients.
            Its chief medical officer, Dr. Christopher Bell, told WKBN: “We are monitoring this.”
            """)
        #expect(titled.person(named: "Christopher Bell")?.hospital == "Salem Regional Medical Center")
    }

    /// A role read back from its title stops at a preposition (`wrote to Norfolk Southern’s
    /// CEO, Alan Shaw`: his role is not `to …`).
    @Test func aRoleStopsAtAPreposition() {
        let found = blog("Pete Buttigieg wrote to Norfolk Southern’s CEO, Alan Shaw, demanding answers. Shaw said: “We will be here.”")
        #expect(found.person(named: "Alan Shaw")?.role == "Norfolk Southern’s CEO")
    }

    /// `said one surgeon, Youssef Benali.`: the name in apposition after the verb is the
    /// speaker, and `one` opens the role as `a` does.
    @Test func theNameAfterADescriptionAfterTheVerbSpeaks() {
        let found = blog("“The roads are the problem,” said one surgeon, Youssef Benali. “Ambulances cannot get up.”")
        #expect(speakers(found) == ["Youssef Benali", "Youssef Benali"])
        #expect(found.person(named: "Youssef Benali")?.role == "surgeon")
    }

    /// Where someone was a visitor or a patient is not where they work (`X, who was visiting
    /// his mother at Derriford, told PA`); where they work still is.
    @Test func aVisitIsNoWorkplace() {
        let found = blog("""
            Derriford hospital in Plymouth closed a car park.
            Mark Easton, who was visiting his mother at Derriford, told PA: “It was like a bomb going off.”
            Jane Hill, who was treated at Derriford hospital, said: “They were wonderful.”
            Dr Sam Lee, who works at Derriford hospital, said: “We are coping.”
            Jamie Grierson has been at Derriford hospital, where a crowd gathered.
            """)
        #expect(found.person(named: "Mark Easton")?.hospital == nil)
        #expect(found.person(named: "Jane Hill")?.hospital == nil)
        // `has been at`: being there is no work there.
        #expect(found.person(named: "Jamie Grierson")?.hospital == nil)
        #expect(found.person(named: "Sam Lee")?.hospital == "Derriford Hospital")
    }
}
