import Testing
@testable import LiveBlogKit

/// Possessives inside and before a hospital's name: a namesake's title keeps its place (`King’s
/// Mill Hospital`, `Our Lady’s Children’s Hospital`), a health system's does not (`Lee Health’s
/// Gulf Coast Medical Center`); and the name a hospital is shown by, when two are written as often.
@Suite struct HospitalOwnersAndNamesakesTests {
    /// A namesake's title with its possessive opens the name; a place's or a health system's
    /// possessive before it does not.
    @Test func aNamesakesTitleStaysAndAnOwnerGoes() {
        let blog = LiveBlogParser.parse("""
            H

            10.00am

            Patients at King’s Mill Hospital waited. Staff at Our Lady’s Children’s Hospital waited.

            Lee Health’s Gulf Coast Medical Center moved patients. NYU Langone Health’s Tisch Hospital stayed open.

            Kaiser’s Oakland Medical Center was busy, and so was Liverpool’s Royal Liverpool University hospital.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == [
            "Gulf Coast Medical Center", "King’s Mill Hospital", "Oakland Medical Center", "Our Lady’s Children’s Hospital",
            "Royal Liverpool University Hospital", "Tisch Hospital",
        ])
    }

    /// `Tampa hospital says …` in a title and `Tampa General Hospital` below it, once each: the
    /// name written as a proper name, its keyword capitalised, is the hospital's.
    @Test func aProperNameIsShownOverADescription() {
        let blog = LiveBlogParser.parse("""
            H

            11:40 p.m. ET

            Tampa hospital says its flood barrier is holding

            Tampa General Hospital said its barrier was holding back the surge.
            """)
        #expect(blog.hospitals.map(\.name) == ["Tampa General Hospital"])
        #expect(blog.hospitals.first?.aliases == ["Tampa hospital", "Tampa General Hospital"])
    }

    /// `Dr Marc Boom, Houston Methodist's president and chief executive`: an American hospital's
    /// president is its head, so the hospital is where he works; `Russia's president` is a
    /// country's, as the blog names no hospital it opens.
    @Test func aHospitalsPresident() {
        let blog = LiveBlogParser.parse("""
            Astroworld – live

            2.40pm CST

            Houston Methodist Hospital said it had received 11 patients. "Our teams worked through the night," said Dr Marc Boom, Houston Methodist's president and chief executive.

            Russia's president, Vladimir Putin, sent condolences.
            """)
        #expect(blog.person(named: "Marc Boom")?.hospital == "Houston Methodist Hospital")
        #expect(blog.person(named: "Vladimir Putin")?.hospital == nil)
        #expect(blog.posts[0].hospitals == ["Houston Methodist Hospital"])
    }

    /// `The man was transferred to X Hospital. Its director, Ju Woong,`: `its` is the hospital
    /// named last before the name when the paragraph opens with none, in the sentence before,
    /// whose subject is no body's name (`The World Health Organization said …`).
    @Test func itsHospitalIsTheOneNamedLast() {
        let blog = LiveBlogParser.parse("""
            Jeju Air crash – live

            3.15pm KST

            The survivors were treated at Mokpo Korea Hospital. The man was transferred to Ewha Womans University Seoul Hospital. Its director, Ju Woong, told reporters he could talk.

            The World Health Organization said Kamal Adwan hospital was out of service. Its director-general, Tedros Adhanom Ghebreyesus, wrote on X.
            """)
        #expect(blog.person(named: "Ju Woong")?.hospital == "Ewha Womans University Seoul Hospital")
        #expect(blog.person(named: "Tedros Adhanom Ghebreyesus")?.hospital == nil)
    }
}

