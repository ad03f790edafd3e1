import Testing
@testable import LiveBlogKit

/// Shapes of US local news and Indian live pages: posts headed `UPDATE 4:35 p.m.`, hospitals
/// named by whose and where (`Children’s Hospital Colorado`) or by site (`Memorial Hospital
/// Central`), places that end as places do (`Colorado Springs`), ranks with their stops inside
/// a role, and offices written short (`PM Modi`, `CM Naveen Patnaik`).
@Suite struct LocalAndRegionalBlogsTests {
    static let nightclub = LiveBlogParser.parse("""
        LIVE UPDATES: Shooting at Colorado Springs nightclub leaves 5 dead

        Updated: Nov 20, 2022 / 04:41 PM MST

        UPDATE 4:35 p.m.

        UCHealth Memorial Hospital Central said it was treating 13 patients.

        UPDATE: 2:10 p.m.

        Colorado Springs Mayor John Suthers called the attack "a hate crime by any measure".

        Children's Hospital Colorado, Colorado Springs said no children were among the injured.

        Update, 11:20 a.m.

        "Officers arrived within minutes," police spokesperson Lt. Pamela Castro told reporters.

        "The General Hospital Staff were on their way," said Castro.
        """)

    /// `UPDATE 4:35 p.m.`, `UPDATE: 2:10 p.m.`, `Update, 11:20 a.m.` head posts; the header's
    /// `Updated: …` line stays the header's.
    @Test func updateLinesHeadPosts() {
        let blog = Self.nightclub
        #expect(blog.posts.map(\.time) == ["UPDATE 4:35 p.m.", "UPDATE: 2:10 p.m.", "Update, 11:20 a.m."])
        #expect(blog.posts.map { $0.timeOfDay?.minutes } == [16 * 60 + 35, 14 * 60 + 10, 11 * 60 + 20])
        #expect(blog.summary == ["Updated: Nov 20, 2022 / 04:41 PM MST"])
        #expect(TimeOfDay.parseLine("Updates 4:35 p.m.") == nil)
        #expect(TimeOfDay.parseLine("Update 12.53") != nil)
    }

    /// A hospital's site after its keyword is its name's (`Memorial Hospital Central`), and so
    /// is a place after `Children’s Hospital`; general words with a capitalised word after the
    /// keyword are no name (`General Hospital Staff`).
    @Test func sitesAndPlacesAfterTheKeyword() {
        #expect(Self.nightclub.hospitals.map(\.name).sorted() == ["Children's Hospital Colorado", "UCHealth Memorial Hospital Central"])
        let blog = LiveBlogParser.parse("""
            Fires live

            10:05
            The boy was taken to Children’s Hospital Los Angeles in a critical condition.
            Patients were moved to Lakeland Regional Hospital North.
            He is at University Hospital North Durham, which has 20 beds.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Children’s Hospital Los Angeles", "Lakeland Regional Hospital North",
                                                        "University Hospital North Durham"])
    }

    /// `Colorado Springs said` is a place's words, not a person's; the city's mayor is one.
    @Test func placesThatEndAsPlacesDoAreNoPeople() {
        #expect(Self.nightclub.person(named: "Colorado Springs") == nil)
        #expect(Self.nightclub.person(named: "John Suthers")?.role == "Colorado Springs Mayor")
        let blog = LiveBlogParser.parse("""
            Storm live

            10:05
            Niagara Falls said it would close the bridge. Orange County said schools would open.
            """)
        #expect(blog.people.isEmpty)
    }

    /// `police spokesperson Lt. Pamela Castro told reporters`: the rank's stop stands inside
    /// the role before the speaker's name.
    @Test func aRankWithItsStopInsideARole() {
        let quotes = Self.nightclub.posts.flatMap(\.fullQuotes)
        #expect(quotes.map(\.speaker) == ["Pamela Castro", "Pamela Castro"])
        #expect(Self.nightclub.person(named: "Pamela Castro")?.role == "police spokesperson")
    }

    /// `PM Modi` is Narendra Modi, the prime minister, and `CM Naveen Patnaik` the chief
    /// minister; a hospital they visit is not where they work.
    @Test func officesWrittenShort() {
        let blog = LiveBlogParser.parse("""
            Odisha train accident LIVE

            Jun 03, 2023 18:45 (IST)
            PM Modi visits injured at Cuttack hospital
            Prime Minister Narendra Modi visited the injured in Balasore.
            "Those found guilty will be punished severely," PM Modi told reporters.

            Jun 03, 2023 16:20 (IST)
            CM Naveen Patnaik announced compensation for the families. "We will support every family," he said.
            The train left at 4 PM Friday.
            """)
        #expect(blog.posts.flatMap(\.fullQuotes).map(\.speaker) == ["Narendra Modi", "Naveen Patnaik"])
        #expect(blog.person(named: "Narendra Modi")?.description == "Narendra Modi, Prime Minister")
        #expect(blog.person(named: "Naveen Patnaik")?.role == "chief minister")
        #expect(blog.people.count == 2)
    }

    /// A namesake's title opens a hospital's name (`Sir Ganga Ram Hospital`, `Lady Reading
    /// Hospital`); a place straight after a name of its own words is where it is (`Combined
    /// Military Hospital Peshawar`, `Queen Elizabeth Hospital Birmingham`).
    @Test func namesakesAndPlacesAfterAName() {
        let blog = LiveBlogParser.parse("""
            Peshawar blast live

            09:20 PKT
            Lady Reading Hospital (LRH) said 157 injured people had been brought in. The PM visited LRH.
            Combined Military Hospital Peshawar received 12 soldiers.
            One boy was flown to Sir Ganga Ram Hospital in Lahore.
            A woman waited 40 hours at Queen Elizabeth Hospital Birmingham, her son said.
            """)
        let hospitals = blog.hospitals.map { "\($0.name) @ \($0.location ?? "-")" }.sorted()
        #expect(hospitals == ["Combined Military Hospital @ Peshawar", "Lady Reading Hospital @ -", "Queen Elizabeth Hospital @ Birmingham",
                              "Sir Ganga Ram Hospital @ Lahore"])
        #expect(blog.hospital(named: "Lady Reading Hospital")?.initialisms == ["LRH"])
        // A word that goes on a name the keyword opens is no place of the name before it.
        let barcelona = LiveBlogParser.parse("Spain live\n\n10:05\nIn Barcelona, Vall Hospital Clínic de Barcelona was full.")
        #expect(!barcelona.hospitals.contains { $0.location == "Clínic" })
        // Nor is a subject the sentence goes on with.
        let subject = LiveBlogParser.parse("Strike live\n\n10:05\nAt Lewisham hospital Patel said the wards were full.")
        #expect(subject.hospitals.map(\.location) == [nil])
    }

    /// An abbreviation's stop is inside a place after `in` (`in St. Petersburg`, `in Ft.
    /// Lauderdale`), as American papers write them; a sentence's stop is not.
    @Test func abbreviatedPlacesAfterAName() {
        let blog = LiveBlogParser.parse("""
            Hurricane live

            10:15 p.m. ET
            Staff were sleeping at Johns Hopkins All Children's Hospital in St. Petersburg.
            Patients were moved to Broward Health Medical Center in Ft. Lauderdale on Tuesday.
            A nurse at Tampa General Hospital in Tampa. She said it was calm.
            """)
        let places = Dictionary(uniqueKeysWithValues: blog.hospitals.map { ($0.name, $0.location ?? "-") })
        #expect(places == ["Johns Hopkins All Children's Hospital": "St. Petersburg", "Broward Health Medical Center": "Ft. Lauderdale",
                           "Tampa General Hospital": "Tampa"])
    }

    /// A generation's suffix (`Jr.`, `IV`) and a rank's stop (`Rear Adm.`) leave a person a
    /// person; `Plan B. Boris Johnson` is still two sentences.
    @Test func suffixesAndRanks() {
        let blog = LiveBlogParser.parse("""
            Vaccines live

            10:05
            Robert F. Kennedy Jr. said the vaccine was unsafe. "It is a scandal," Kennedy said.
            Dr. William Knight IV, who leads the emergency team, said the patient was awake.
            "This is a war," IDF spokesman Rear Adm. Daniel Hagari said.
            The dog ate Plan B. Boris Johnson said it was fine.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Boris Johnson", "Daniel Hagari", "Robert F. Kennedy Jr", "William Knight"])
        #expect(blog.posts.flatMap(\.fullQuotes).map(\.speaker) == ["Robert F. Kennedy Jr", "Daniel Hagari"])
    }

    /// `UC Medical Center` is the `University of Cincinnati Medical Center`, whichever the blog
    /// names first; `UT Medical Center`, of other initials, is another.
    @Test func aNameOpenedByTheInitialsOfAnother() {
        for text in ["Doctors at the University of Cincinnati Medical Center said he was awake. Dr. Timothy Pritts works at UC Medical Center.",
                     "He is at UC Medical Center. The University of Cincinnati Medical Center said he was awake."] {
            let blog = LiveBlogParser.parse("Hamlin live\n\n10:05\n" + text)
            #expect(blog.hospitals.count == 1)
            #expect(Set(blog.hospitals.first?.aliases ?? []) == ["UC Medical Center", "University of Cincinnati Medical Center"])
        }
        let apart = LiveBlogParser.parse("Storm live\n\n10:05\nThe University of Cincinnati Medical Center and UT Medical Center said they were full.")
        #expect(apart.hospitals.count == 2)
    }

    /// An agent, a representative, an epidemiologist: roles in apposition and before a name.
    @Test func moreRoles() {
        let blog = LiveBlogParser.parse("""
            Hamlin live

            10:05
            Hamlin's marketing representative, Jordon Rooney, said the drive had raised $8 million.
            Epidemiologist Neil Ferguson said the model was right.
            """)
        #expect(blog.person(named: "Jordon Rooney")?.role == "Hamlin's marketing representative")
        #expect(blog.person(named: "Neil Ferguson")?.role == "epidemiologist")
    }

    /// A local station's page: signed by its desk (`WLBT Staff`, no reporter), dated with when it
    /// was updated past a bar, a body's office further into a run of capitals before a name
    /// (`Sharkey County Coroner Angelia Eason`), and an age before a name.
    @Test func aLocalStationsPage() {
        let blog = LiveBlogParser.parse("""
            LIVE UPDATES: Deadly tornado tears through Rolling Fork, Mississippi

            WLBT Staff

            Published: Mar. 25, 2023 at 7:12 AM CDT | Updated: 2 hours ago

            UPDATE 1:05 PM CDT

            Governor visits Rolling Fork

            Sharkey County Coroner Angelia Eason said the death toll had risen to 13 in the county.

            Manhattan District Attorney Alvin Bragg said nothing. State Fire Marshal Brian Kane was there.

            UPDATE 10:30 AM CDT

            'It was gone in seconds'

            Her neighbor, 72-year-old Wonder Bolden, was pulled from the rubble by firefighters.

            The 45-year-old Manchester United fan was hurt too.
            """)
        #expect(blog.writersLine == "WLBT Staff")
        #expect(blog.dateline == "Published: Mar. 25, 2023 at 7:12 AM CDT | Updated: 2 hours ago")
        #expect(blog.summaryPoints.isEmpty)
        #expect(blog.reporters.isEmpty)
        #expect(blog.person(named: "Angelia Eason")?.role == "Sharkey County Coroner")
        #expect(blog.person(named: "Alvin Bragg")?.role == "Manhattan District Attorney")
        #expect(blog.person(named: "Brian Kane")?.role == "State Fire Marshal")
        #expect(blog.people.map(\.name).sorted() == ["Alvin Bragg", "Angelia Eason", "Brian Kane", "Wonder Bolden"])
        // A bar with no dateline before it is no dateline.
        #expect(!HeaderCredits.isDateline("Pickets | Updated: 2 hours ago"))
    }
}
