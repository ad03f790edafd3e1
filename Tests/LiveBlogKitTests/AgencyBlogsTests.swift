import Testing
@testable import LiveBlogKit

/// Wire and news-agency pages (CNN, Reuters): offices before names (of international bodies,
/// written with a hyphen, `WHO Director-General`; of two titles, `Attorney General`; of a
/// place, `Secretary of State`), the body's initialism before a speaker, and unnamed speakers
/// described at length between two parts of a quote.
@Suite struct AgencyBlogsTests {
    private func quotes(_ text: String) -> (blog: LiveBlog, speakers: [String?], attributions: [String?]) {
        let blog = LiveBlogParser.parse("Gaza live\n\n10:05\n" + text)
        let quotes = blog.posts.flatMap(\.quotes)
        return (blog, quotes.map(\.speaker), quotes.map(\.attribution))
    }

    /// A hyphenated office is a role before the name, not a word of it; `WHO` before it is the
    /// body's initialism, not a relative `who`; the speaker's name may run past the words that
    /// open the clause.
    @Test func hyphenatedOfficesOfInternationalBodies() {
        let found = quotes("""
            "We have been unable to deliver supplies," WHO Director-General Tedros Adhanom Ghebreyesus wrote on X.
            "This is a moral outrage," UN Secretary-General Antonio Guterres said.
            "We need more fuel," WHO said in a statement.
            """)
        #expect(found.speakers == ["Tedros Adhanom Ghebreyesus", "Antonio Guterres", nil])
        #expect(found.attributions.last == "WHO")
        #expect(found.blog.person(named: "Tedros Adhanom Ghebreyesus")?.role == "WHO Director-General")
        #expect(found.blog.person(named: "Antonio Guterres")?.role == "UN Secretary-General")
        #expect(found.blog.people.count == 2)
        let harris = quotes("Vice-President Kamala Harris said she would visit.").blog
        #expect(harris.person(named: "Kamala Harris")?.role == "vice-president")
    }

    /// `“…,” one nurse at St George's Hospital said, “…”`: a description a determiner opens
    /// reaches the verb over six words, and both parts of the quote are hers.
    @Test func aLongerDescriptionBetweenTwoPartsOfAQuote() {
        let found = quotes("""
            "We are full," one nurse at St George's Hospital said, "and we cannot take more patients."
            """)
        #expect(found.attributions == ["one nurse at St George's Hospital", "one nurse at St George's Hospital"])
    }

    /// An office of two titles (`Attorney General`, `Surgeon General`) is no word of the name,
    /// and a title of a place (`Secretary of State`, `Mayor of London`) is the person's role.
    @Test func officesOfTwoTitlesAndOfPlaces() {
        let blog = quotes("""
            Attorney General Merrick Garland said charges would follow.
            Surgeon General Vivek Murthy said the advisory was clear.
            Secretary of State Antony Blinken said he would travel to Israel.
            The Mayor of London Sadiq Khan said: "We stand together."
            """).blog
        let roles = blog.people.map { "\($0.name): \($0.role ?? "-")" }.sorted()
        #expect(roles == ["Antony Blinken: Secretary of State", "Merrick Garland: Attorney General", "Sadiq Khan: Mayor of London",
                          "Vivek Murthy: Surgeon General"])
    }
}
