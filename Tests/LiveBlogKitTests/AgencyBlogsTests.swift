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

    /// Aid bodies that speak are no people: a name the Red Cross or Red Crescent opens or
    /// ends, and a body's name with a lowercase joiner (`Save the Children`, `Medical Aid for
    /// Palestinians`) is who said the quote, as written, never the last person who spoke.
    @Test func aidBodiesThatSpeakAreNoPeople() {
        let found = quotes("""
            Red Cross said the situation was "catastrophic".
            UN Secretary-General Antonio Guterres said he was "horrified".
            "This must stop," Medical Aid for Palestinians said.
            "We cannot reach them," Save the Children said in a statement.
            "We have no fuel," Doctors of the World said.

            10:00
            Hospital out of service, Palestine Red Crescent says
            The Palestine Red Crescent Society (PRCS) says al-Quds Hospital has closed.
            """)
        #expect(found.speakers == [nil, "Antonio Guterres", nil, nil, nil])
        #expect(found.attributions == ["Red Cross", nil, "Medical Aid for Palestinians", "Save the Children", "Doctors of the World"])
        #expect(found.blog.people.map(\.name) == ["Antonio Guterres"])
    }

    /// A correspondent who speaks, named after the verb or before it (`said our correspondent
    /// Hind Khoudary`), is who said the quote, and stays a reporter, not one of the blog's
    /// people; `X, reporting from Rafah,` is a reporter's aside.
    @Test func correspondentsWhoSpeak() {
        let found = quotes("""
            "People are sleeping in the streets," said our correspondent Hind Khoudary.
            "The crossing remains closed," Hind Khoudary said.
            Al Jazeera's Tareq Abu Azzoum, reporting from Rafah, said the crossing was shut.
            """)
        #expect(found.speakers == [nil, nil])
        #expect(found.attributions == ["Hind Khoudary", "Hind Khoudary"])
        #expect(found.blog.people.isEmpty)
        #expect(Set(found.blog.reporters) == ["Hind Khoudary", "Tareq Abu Azzoum"])
    }
}
