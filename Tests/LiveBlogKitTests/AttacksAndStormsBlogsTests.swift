import Testing
@testable import LiveBlogKit

/// Shapes of a hurricane page, terror attack, shooting and cyber-attack pages, a trial page, a
/// hospital fire page, a motor racing page and a war page's hospitals: posts stamped `Updated`
/// with no time line of their own, a list of hospitals after `hospitals including`, a list
/// sharing its keyword that opens the paragraph, a name with `of` in such a list, a hospital
/// written by its initials more often than in full, `Jr.` in a hospital's name, a team
/// principal's title, a role whose body or place is named after `the`, and a key event's label
/// above the time line.
@Suite struct AttacksAndStormsBlogsTests {
    /// `Updated 7:42 p.m. ET, September 28, 2022`, heading every post of a page with no other
    /// time lines, starts each post.
    @Test func updatedStampsStartThePostsOfAPageWithNoTimeLines() {
        let blog = LiveBlogParser.parse("""
            Hurricane Ian: Florida hospitals evacuate patients – live updates

            Updated 7:42 p.m. ET, September 28, 2022
            HCA Florida Fawcett Hospital roof torn off
            Part of the roof of HCA Florida Fawcett Hospital in Port Charlotte was torn away.

            Updated 7:05 p.m. ET, September 28, 2022
            Tampa General's water barrier
            Tampa General Hospital put up a flood barrier around its campus.
            """)
        #expect(blog.posts.map(\.time) == ["Updated 7:42 p.m. ET, September 28, 2022", "Updated 7:05 p.m. ET, September 28, 2022"])
        #expect(blog.posts.map { $0.timeOfDay?.minutes } == [19 * 60 + 42, 19 * 60 + 5])
        #expect(blog.posts.map(\.title) == ["HCA Florida Fawcett Hospital roof torn off", "Tampa General's water barrier"])
        #expect(blog.posts.map(\.hospitals) == [["HCA Florida Fawcett Hospital"], ["Tampa General Hospital"]])
    }

    /// Among time lines, an `Updated at` line is still the foot of the post above it.
    @Test func anUpdatedLineAmongTimeLinesStaysThePostsFoot() {
        let blog = LiveBlogParser.parse("""
            Election live

            1.15am GMT
            Counting continues in Leeds.
            Updated at 1.20am GMT

            00:45
            The second result is in.
            """)
        #expect(blog.posts.count == 2)
        #expect(blog.posts[0].updated == "Updated at 1.20am GMT")
    }

    /// `hospitals including A, B, the C hospital and D hospital in Stockport`: the names the
    /// list holds with no keyword are hospitals too (`Salford Royal`), not a person whom the
    /// next name describes.
    @Test func namesListedAfterHospitalsIncludingAreHospitals() {
        let blog = LiveBlogParser.parse("""
            Manchester attack live

            10.45am
            The ambulance service said 59 people had been taken to hospitals including Manchester Royal Infirmary, Salford Royal, the Royal Manchester Children's hospital, Wythenshawe hospital and Stepping Hill hospital in Stockport.
            """)
        #expect(blog.posts[0].hospitals == ["Manchester Royal Infirmary", "Salford Royal", "Royal Manchester Children's Hospital",
                                            "Wythenshawe Hospital", "Stepping Hill Hospital"])
        #expect(!blog.people.contains { $0.name == "Salford Royal" })
    }

    /// A list after `hospitals such as` that names no hospital found already may name places
    /// (`Leeds and Bradford`), and gives none; nor does a list whose items are not all names.
    @Test func aListOfPlacesOrOfClausesAfterHospitalsIncludingNamesNoHospital() {
        let blog = LiveBlogParser.parse("""
            Strike live

            10.45am
            Pickets stood outside hospitals such as Leeds and Bradford this morning.
            Beds ran short at hospitals including Leeds General Infirmary, where nurses said they were tired, and St James's.
            """)
        #expect(blog.posts[0].hospitals == ["Leeds General Infirmary"])
    }

    /// `hospitals across Sydney, including St Vincent's, Prince of Wales and Royal Prince
    /// Alfred`: past where the hospitals are, a list of names none of which is found already
    /// names hospitals when each is more than a word or a possessive; single words may be
    /// towns (`hospitals across England, including Leeds and Bradford`).
    @Test func namesOfHospitalsListedPastWhereTheyAre() {
        let blog = LiveBlogParser.parse("""
            Bondi Junction stabbing live

            5:45pm
            Seven other people remain in hospitals across Sydney, including St Vincent's, Prince of Wales and Royal Prince Alfred.
            Strikes hit hospitals across England, including Leeds and Bradford.
            """)
        #expect(blog.posts[0].hospitals == ["St Vincent's", "Prince of Wales", "Royal Prince Alfred"])
    }

    /// `taken to Westmead and Liverpool hospitals`: after a verb of taking someone somewhere,
    /// `to` says where they went, as `at` says where someone is: each name is a hospital, one
    /// word or not; peoples' adjectives stay none (`taken to Scottish and Welsh hospitals`).
    @Test func namesSharingAKeywordAfterTakenTo() {
        let blog = LiveBlogParser.parse("""
            Bondi Junction stabbing live

            5:45pm
            The injured were taken to Westmead and Liverpool hospitals.
            Others were taken to Scottish and Welsh hospitals, and some went to London and Manchester hospitals.
            """)
        #expect(blog.posts[0].hospitals == ["Westmead Hospital", "Liverpool Hospital"])
    }

    /// `Key Event` printed above a post's time line, as ABC's pages print it, is that post's
    /// label, not the last line of the post above it or of the header; and its line is kept in
    /// source order.
    @Test func aKeyEventLabelAboveTheTimeLineIsThePostsBelow() {
        let blog = LiveBlogParser.parse("""
            Bondi Junction stabbing live
            Six people killed in attack
            Key Event
            5:45pm
            A baby is in a serious but stable condition.
            Key Event
            5:20pm
            The commissioner praised the inspector.
            4:55pm
            The prime minister spoke.
            """)
        #expect(blog.summary == ["Six people killed in attack"])
        #expect(blog.posts.map(\.isKeyEvent) == [true, true, false])
        #expect(blog.posts.map(\.paragraphs) == [["A baby is in a serious but stable condition."], ["The commissioner praised the inspector."],
                                                 ["The prime minister spoke."]])
        #expect(blog.posts[1].sourceLines == ["Key Event", "5:20pm", "The commissioner praised the inspector."])
    }

    /// `hospitals including St George's in Tooting and the Royal London in Whitechapel`: where
    /// a listed name is stands after it, no part of it, for a name found already or not.
    @Test func whereAListedHospitalIsIsNoPartOfItsName() {
        let blog = LiveBlogParser.parse("""
            Junior doctors' strike live

            18.00 GMT
            Junior doctors held picket lines outside hospitals including St George's hospital in Tooting and the Royal London in Whitechapel.
            """)
        #expect(blog.posts[0].hospitals == ["St George's Hospital", "Royal London"])
        #expect(blog.hospitals.first { $0.name == "Royal London" }?.location == "Whitechapel")
    }

    /// `The Royal Brompton and Harefield hospitals said`: a list sharing its keyword may open
    /// the paragraph, its `The` the list's opener.
    @Test func aListSharingItsKeywordOpensTheParagraph() {
        let blog = LiveBlogParser.parse("""
            NHS cyber-attack live

            16.25 BST
            The Royal Brompton and Harefield hospitals, which are also run by the trust, said they were affected.
            """)
        #expect(blog.posts[0].hospitals == ["Royal Brompton Hospital", "Harefield Hospital"])
    }

    /// A name with `of` between its capitals stands in a list that shares one keyword (`the
    /// Countess of Chester and Liverpool Women's hospitals`).
    @Test func aNameWithOfInAListSharingItsKeyword() {
        let blog = LiveBlogParser.parse("""
            Trial live

            13.05 BST
            Officers are reviewing the admissions of 4,000 babies to the Countess of Chester and Liverpool Women's hospitals.
            """)
        #expect(blog.posts[0].hospitals == ["Countess of Chester Hospital", "Liverpool Women's Hospital"])
    }

    /// `GTB hospital` and `GTB Hospital`, twice, stand for `Guru Teg Bahadur Hospital`, once:
    /// the hospital is shown by the name it stands for.
    @Test func aHospitalWrittenByItsInitialsIsShownByItsName() {
        let blog = LiveBlogParser.parse("""
            Delhi hospital fire live

            May 26, 2024 12:00 IST
            Bodies sent to GTB hospital
            The bodies of the newborns have been sent to Guru Teg Bahadur Hospital for post-mortem, police said.
            A father said outside GTB Hospital: "Who will answer for this?"
            """)
        #expect(blog.posts[0].hospitals == ["Guru Teg Bahadur Hospital"])
        #expect(blog.hospitals.map(\.name) == ["Guru Teg Bahadur Hospital"])
    }

    /// `Monroe Carell Jr. Children's Hospital`: the stop of `Jr.` or `Sr.` is inside a hospital's
    /// name, as that of `St.` is; and a hospital spokesperson works at the hospital their
    /// paragraph opens with, though the post names another.
    @Test func aJuniorsStopInAHospitalsNameAndTheSpokespersonsHospital() {
        let blog = LiveBlogParser.parse("""
            Nashville school shooting live

            2:45 p.m. ET, March 27, 2023
            Monroe Carell Jr. Children's Hospital at Vanderbilt received three patients, hospital spokesperson Jake Lowary said.
            Two adults were taken to Vanderbilt University Medical Center, and one to Martin Luther King Jr. Community Hospital.
            """)
        #expect(blog.posts[0].hospitals == ["Monroe Carell Jr. Children's Hospital", "Vanderbilt University Medical Center",
                                            "Martin Luther King Jr. Community Hospital"])
        #expect(blog.people.first { $0.name == "Jake Lowary" }?.hospital == "Monroe Carell Jr. Children's Hospital")
    }

    /// `Haas team principal Guenther Steiner`, `Haas driver Romain Grosjean`: a principal and a
    /// driver are titles before a name, as a boss is.
    @Test func aTeamPrincipalAndADriverAreTitles() {
        let blog = LiveBlogParser.parse("""
            Bahrain Grand Prix live

            16.40 GMT
            Haas team principal Guenther Steiner said the crash was "very scary".
            Haas driver Romain Grosjean said he was "OK".
            """)
        #expect(blog.people.first { $0.name == "Guenther Steiner" }?.role == "Haas team principal")
        #expect(blog.people.first { $0.name == "Romain Grosjean" }?.role == "Haas driver")
    }

    /// `The head of the World Health Organization, Tedros Adhanom Ghebreyesus,` and `The director
    /// of the Indonesian hospital in Beit Lahia, Atef al-Kahlout,`: a role whose body or place
    /// is named after `the`, its hospital the person's workplace.
    @Test func aRoleOfABodyOrPlaceNamedAfterThe() {
        let blog = LiveBlogParser.parse("""
            Gaza live

            14.55 GMT
            The director of the Indonesian hospital in Beit Lahia, Atef al-Kahlout, said its generators had fuel for a few more hours.
            The head of the World Health Organization, Tedros Adhanom Ghebreyesus, wrote on X: "The world cannot stand silent."
            On the first day of the Edinburgh Festival, Jane Smith said she was "thrilled".
            """)
        let kahlout = blog.people.first { $0.name == "Atef al-Kahlout" }
        #expect(kahlout?.role == "director of the Indonesian hospital in Beit Lahia")
        #expect(kahlout?.hospital == "Indonesian Hospital")
        #expect(blog.people.first { $0.name == "Tedros Adhanom Ghebreyesus" }?.role == "head of the World Health Organization")
        #expect(blog.people.first { $0.name == "Jane Smith" }?.role == nil)
    }
}
