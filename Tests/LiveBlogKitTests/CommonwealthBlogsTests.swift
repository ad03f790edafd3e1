import Testing
@testable import LiveBlogKit

/// Shapes of Canadian, Australian, British, Turkish and American pages: a date and a time
/// parted by a dash, hospitals sharing one plural keyword, offices and ranks written short
/// with the body before them, roles of what they are of, and a title's speaker called by office.
@Suite struct CommonwealthBlogsTests {
    /// `7 Feb 2023 - 14:20 GMT`, `10:05 | 4 Jun 2019`: a dash or bar between a post's date and
    /// its time. Not an embedded post's signature (`7:42 PM · Dec 10, 2024`), nor a time and
    /// a title (`10:05 - Pickets at St Thomas'`).
    @Test func aDateAndATimePartedByADash() {
        #expect(TimeOfDay.parseLine("7 Feb 2023 - 14:20 GMT")?.minutes == 14 * 60 + 20)
        #expect(TimeOfDay.parseLine("7 Feb 2023 – 09:15 GMT")?.minutes == 9 * 60 + 15)
        #expect(TimeOfDay.parseLine("10:05 | 4 Jun 2019")?.minutes == 10 * 60 + 5)
        #expect(TimeOfDay.parseLine("7:42 PM · Dec 10, 2024") == nil)
        #expect(TimeOfDay.parseLine("10:05 - Pickets at St Thomas'") == nil)
        #expect(TimeOfDay.parseLine("- 7 Feb 2023 14:20") == nil)
        let blog = LiveBlogParser.parse("""
            Turkey-Syria earthquake

            7 Feb 2023 - 14:20 GMT

            Part of Iskenderun State Hospital in Hatay province collapsed, Turkish Health Minister Fahrettin Koca said.

            7 Feb 2023 - 13:05 GMT

            In Syria, Bab al-Hawa hospital received hundreds of injured people.
            """)
        #expect(blog.posts.count == 2)
        // A sentence's `Part of` is no word of the name.
        #expect(blog.hospitals.map(\.name).sorted() == ["Bab al-Hawa Hospital", "Iskenderun State Hospital"])
        #expect(blog.person(named: "Fahrettin Koca")?.role == "Turkish Health Minister")
    }

    /// `the Royal London, St Bartholomew’s, Whipps Cross and Newham hospitals`: each name of the
    /// list is a hospital, and so is each of three after a lowercase word (`runs St Mary’s,
    /// Charing Cross and Hammersmith hospitals`) and each of two after `at` (`Staff at Guy’s and
    /// St Thomas’ hospitals`, where the staff are). Not places' or nations' hospitals, or the
    /// names of bodies after `of`.
    @Test func namesSharingAPluralKeyword() {
        let blog = LiveBlogParser.parse("""
            NHS cyber-attack

            19.05 BST

            Barts Health NHS Trust, which runs the Royal London, St Bartholomew’s, Whipps Cross and Newham hospitals, diverted ambulances.

            18.30 BST

            Staff at the Whittington and Royal Free hospitals were told to switch off computers.

            18.10 BST

            London and Manchester hospitals were hit, as were the Scottish and Welsh hospitals.

            17.50 BST

            Imperial College Healthcare, which runs St Mary’s, Charing Cross and Hammersmith hospitals, cancelled operations.
            Staff at Guy’s and St Thomas’ hospitals, and at University Hospitals of North Midlands and Gloucestershire Hospitals
            NHS foundation trust, were told to stay at home.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Charing Cross Hospital", "Guy’s Hospital", "Hammersmith Hospital", "Newham Hospital",
                                                        "Royal Free Hospital", "Royal London Hospital", "St Bartholomew’s Hospital",
                                                        "St Mary’s Hospital", "St Thomas’ Hospital", "Whipps Cross Hospital",
                                                        "Whittington Hospital"])
        #expect(blog.posts[2].hospitals.isEmpty)
    }

    /// `Ottawa’s children’s hospital` describes a hospital; it names none.
    @Test func aPlacesKindOfHospitalIsNoName() {
        let blog = LiveBlogParser.parse("""
            Hospitals under strain

            3:05 p.m. ET

            Ottawa's children's hospital asks for help

            CHEO, the Children's Hospital of Eastern Ontario, has asked the Red Cross for staff. Gaza's al-Shifa hospital is full.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Children's Hospital of Eastern Ontario", "al-Shifa Hospital"])
    }

    /// On a post titled `Theresa May says …`, `the prime minister said` is she; not where the
    /// blog names who holds the office.
    @Test func aTitlesSpeakerCalledByOffice() {
        let blog = LiveBlogParser.parse("""
            NHS cyber-attack

            18.32 BST

            Theresa May says NHS was not specifically targeted

            The prime minister said: "This is an international attack."

            18.10 BST

            Jeremy Hunt says patients are safe

            The home secretary, Amber Rudd, chaired a Cobra meeting. "We are on it," the home secretary said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Theresa May"])
        #expect(blog.posts[1].quotes.map(\.speaker) == ["Amber Rudd"])
    }

    /// Roles in apposition that a title's initialism opens (`CEO of CHEO`), or of two jobs
    /// (`president and CEO of SickKids`); roles before a name with what they are of in
    /// lowercase words (`chief medical officer of health`), before an honorific too.
    @Test func rolesOfInitialismsAndOfWhatTheyAreOf() {
        let blog = LiveBlogParser.parse("""
            Ontario hospitals

            4:20 p.m. ET

            "We are full," said Dr. Ronald Cohn, president and CEO of SickKids. Alex Munter, CEO of CHEO, said the same.

            Ontario's chief medical officer of health Dr. Kieran Moore said masks were advised. The minister for public health Maria Caulfield agreed.

            The head of staff said Jane Doe was at work.
            """)
        #expect(blog.person(named: "Ronald Cohn")?.role == "president and CEO of SickKids")
        #expect(blog.person(named: "Alex Munter")?.role == "CEO of CHEO")
        #expect(blog.person(named: "Kieran Moore")?.role == "Ontario's chief medical officer of health")
        #expect(blog.person(named: "Maria Caulfield")?.role == "minister for public health")
        #expect(blog.person(named: "Jane Doe")?.role == nil)
    }

    /// Offices and ranks written short are roles, with the body or place before them; a rank
    /// of two is both, and a rank's own word is kept.
    @Test func officesAndRanksWrittenShort() {
        let blog = LiveBlogParser.parse("""
            Sacramento shooting

            9:40 PM PST

            Sacramento Fire Department Capt. Keith Wade said four were hurt. California Gov. Gavin Newsom said he was heartbroken.

            Lt. Col. Peter Lerner said the army was there. Rear Adm. Daniel Hagari said so too.

            Police spokesperson Sgt. Amar Gandhi said officers were searching the area.
            """)
        #expect(blog.person(named: "Keith Wade")?.role == "Sacramento Fire Department captain")
        #expect(blog.person(named: "Gavin Newsom")?.role == "California governor")
        #expect(blog.person(named: "Peter Lerner")?.role == "lieutenant colonel")
        #expect(blog.person(named: "Daniel Hagari")?.role == "rear admiral")
        #expect(blog.person(named: "Amar Gandhi")?.role == "police spokesperson")
        // A title's initialism keeps its capitals, and is no word of the name; the common word
        // before it loses the capital only the sentence gave it (`Local MP` → `local MP`).
        let sky = LiveBlogParser.parse("""
            Southport

            07:40

            Local MP Patrick Hurley said: "This is every parent's worst nightmare."

            GP Sarah Jones said the same.
            """)
        #expect(sky.posts[0].quotes.first?.speaker == "Patrick Hurley")
        #expect(sky.person(named: "Patrick Hurley")?.role == "local MP")
        #expect(sky.person(named: "Sarah Jones")?.role == "GP")
        // Whom a speech verb and a colon name before the quote said it, whoever the next
        // sentence names; a label's colon names no one (`A:`).
        let joined = LiveBlogParser.parse("""
            Southport

            07:40

            Jeremy Hunt said: "This is wrong." Sarah Jones said the same.

            A: "My door is always open," the health secretary said.
            """)
        #expect(joined.posts[0].quotes.map(\.speaker) == ["Jeremy Hunt", nil])
        #expect(joined.posts[0].quotes.map(\.attribution) == [nil, "the health secretary"])
    }

    /// `Sarah Jenkins from Plymouth says`: a name, where its bearer is from, then their verb.
    @Test func aSpeakerAndWhereTheyAreFrom() {
        let blog = LiveBlogParser.parse("""
            Ambulance waits

            Posted at 15:20

            Sarah Jenkins from Plymouth says her mother fell at home. Tom Hale, from Truro, said the same.

            "She was on the floor all night," she told BBC Radio Devon. Officials from Plymouth City Council said nothing.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Sarah Jenkins", "Tom Hale"])
        #expect(blog.posts[0].quotes.first?.speaker == "Sarah Jenkins")
    }

    /// A minute-by-minute report under the page's dateline (`Sat 28 Jan 2023 14.55 GMT`): the
    /// dateline is the header's and the minutes start posts; a dateline with a dash
    /// (`Fri, 24 Jan, 2025 - 07:55`) is the header's too.
    @Test func aMinuteByMinuteReportUnderItsDateline() {
        let report = LiveBlogParser.parse("""
            Bolton v Chelsea: FA Cup fourth round – live

            Barry Glendenning

            Sat 28 Jan 2023 14.55 GMT

            90+4 min

            Full time: Bolton 0-2 Chelsea.

            88 min

            A fan was taken to the Royal Bolton hospital.

            1 min

            Peep! We're off.
            """)
        #expect(report.summary == ["Barry Glendenning", "Sat 28 Jan 2023 14.55 GMT"])
        #expect(report.posts.map(\.time) == ["90+4 min", "88 min", "1 min"])
        #expect(report.posts[1].hospitals == ["Royal Bolton Hospital"])
        let storm = LiveBlogParser.parse("""
            Storm Éowyn: live updates

            Irish Examiner

            Fri, 24 Jan, 2025 - 07:55

            08:40

            The HSE has cancelled appointments at South Infirmary Victoria University Hospital today.

            A spokesperson for the South/South West Hospital Group said emergency departments would remain open.

            07:55

            Power cuts across the country.
            """)
        #expect(storm.summary == ["Irish Examiner", "Fri, 24 Jan, 2025 - 07:55"])
        #expect(storm.posts.map(\.time) == ["08:40", "07:55"])
        // One name of two keywords; `South` alone stands for no hospital.
        #expect(storm.hospitals.map(\.name) == ["South Infirmary Victoria University Hospital"])
        #expect(storm.hospitals.first?.aliases == ["South Infirmary Victoria University Hospital"])
    }

    /// `Gulf Coast Medical Center and Cape Coral Hospital` are two: a name's last word before
    /// `and` ends it. A town the blog speaks of all over (`across Kyiv`) is no hospital's short name.
    @Test func twoNamesJoinedByAndAndATownAllOver() {
        let blog = LiveBlogParser.parse("""
            Hurricane Milton

            11:02 PM EDT

            Lee Health’s Gulf Coast Medical Center and Cape Coral Hospital were taking patients. Chelsea and Westminster Hospital was not.

            4:55 PM

            Russia struck Kyiv children's hospital. Health Minister Viktor Liashko said 7 hospitals across Kyiv had been damaged.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Cape Coral Hospital", "Chelsea and Westminster Hospital",
                                                        "Gulf Coast Medical Center", "Kyiv Children's Hospital"])
        #expect(blog.hospitals.first { $0.name == "Kyiv Children's Hospital" }?.aliases == ["Kyiv children's hospital"])
    }
}
