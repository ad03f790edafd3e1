import Testing
@testable import LiveBlogKit

/// Shapes of Indian news pages: an office with its area in brackets before a name, a rank of
/// an office (`Deputy Commissioner of Police`), a hospital whose name holds `New`, and a
/// newsroom's desk signing the page.
@Suite struct IndianBlogsTests {
    static let fire = """
        Delhi hospital fire LIVE updates: Seven newborns killed in blaze

        By HT News Desk

        May 26, 2024 02:15 PM IST

        Owner of baby care hospital arrested

        Delhi Police have arrested Dr Naveen Kichi, the owner of the Baby Care New Born Hospital in Vivek Vihar, officials said.

        "The owner has been arrested and further investigation is underway," Deputy Commissioner of Police (Shahdara) Surendra Choudhary said.

        May 26, 2024 01:40 PM IST

        Injured babies shifted

        "Five babies were shifted to other hospitals," Deputy Commissioner of Police Surendra Choudhary said.
        """

    /// The quote's speaker is the officer named after it, through the area in brackets; the
    /// owner named before it said nothing.
    @Test func anOfficeWithItsAreaInBrackets() {
        let blog = LiveBlogParser.parse(Self.fire)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Surendra Choudhary"])
        #expect(blog.posts[1].quotes.map(\.speaker) == ["Surendra Choudhary"])
        #expect(blog.people.first { $0.name == "Surendra Choudhary" }?.role == "Deputy Commissioner of Police")
    }

    /// `New` opens a name when a name word follows it: `New Cross Hospital`, `New
    /// York-Presbyterian Hospital`, `Baby Care New Born Hospital`. `New Hospital figures`
    /// names none.
    @Test func aHospitalNameHoldingNew() {
        #expect(LiveBlogParser.parse(Self.fire).hospitals.map(\.name) == ["Baby Care New Born Hospital"])
        let blog = LiveBlogParser.parse("""
            Live

            10.00am
            Patients at New Cross Hospital in Wolverhampton waited for hours. He was moved to New York-Presbyterian Hospital.

            9.00am
            New Hospital figures are out today.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["New Cross Hospital", "New York-Presbyterian Hospital"])
    }

    /// `By HT News Desk`, `By Express Web Desk`, `By CNN Staff`: a desk credits a newsroom,
    /// no reporter.
    @Test func aNewsroomsDeskIsNoReporter() {
        #expect(LiveBlogParser.parse(Self.fire).reporters.isEmpty)
        #expect(PostLayout.writersLineNames("By Express Web Desk").isEmpty)
        #expect(PostLayout.writersLineNames("By CNN Staff").isEmpty)
        #expect(PostLayout.writersLineNames("By Jane Staff") == ["Jane Staff"])
    }

    /// `GTB Hospital`, `RML Hospital`: an initialism written with the keyword is the hospital
    /// whose name's initials, its keyword's among them, it spells (`Guru Teg Bahadur
    /// Hospital`), whichever the blog names first; letters that spell no name stay their own.
    @Test func anInitialismWithItsKeywordIsTheNameItSpells() {
        let blog = LiveBlogParser.parse("""
            Delhi pollution live

            11.30am
            Doctors at GTB Hospital and Ram Manohar Lohia Hospital said footfall rose.

            10.00am
            Staff at Guru Teg Bahadur Hospital were moved. RML Hospital opened a clinic, and AIIMS Hospital did too.
            """)
        #expect(blog.hospitals.count == 3)
        let aliases = blog.hospitals.map { Set($0.aliases) }
        #expect(aliases.contains { $0.isSuperset(of: ["GTB Hospital", "Guru Teg Bahadur Hospital"]) })
        #expect(aliases.contains { $0.isSuperset(of: ["RML Hospital", "Ram Manohar Lohia Hospital"]) })
        #expect(blog.hospitals.filter { $0.posts.count == 2 }.count == 2)
    }
}
