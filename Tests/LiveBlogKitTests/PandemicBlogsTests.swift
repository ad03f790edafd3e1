import Testing
@testable import LiveBlogKit

/// Shapes of a world-wide pandemic page: hospitals in many countries, named after people and
/// described by whose they are, and a speaker named beside a programme.
@Suite struct PandemicBlogsTests {
    static let covid = LiveBlogParser.parse("""
        Coronavirus live: Italy locks down Lombardy as UK cases rise to 273

        17.50 GMT

        Chinese hospital collapse: 10 dead

        In Wuhan, the Huoshenshan hospital, built in 10 days, has begun to discharge patients. Italian hospitals are full.

        Patients have been moved to the Luigi Sacco hospital in Milan, and staff at the Indonesian hospital in Beit Lahia are safe.

        17.10 GMT

        Hancock: ready to act

        Speaking to BBC One’s Andrew Marr Show, the health secretary, Matt Hancock, said the government was ready to act.
        """)

    /// `Chinese hospital collapse`, `Italian hospitals are full`: a people's adjective before a
    /// keyword in small letters says whose hospitals, and names none; after `the` it may name
    /// one (`the Indonesian hospital in Beit Lahia`). A hospital named after a person keeps
    /// the name (`Luigi Sacco hospital`).
    @Test func aPeoplesAdjectiveNamesNoHospital() {
        #expect(Self.covid.hospitals.map(\.name).sorted() == ["Huoshenshan Hospital", "Indonesian Hospital", "Luigi Sacco Hospital"])
    }

    /// `BBC One’s Andrew Marr Show, the health secretary, Matt Hancock,`: a programme is no
    /// person, and the role is his.
    @Test func aProgrammeIsNoPerson() {
        #expect(Self.covid.people.map(\.name) == ["Matt Hancock"])
        #expect(Self.covid.people.first?.role == "health secretary")
    }
}
