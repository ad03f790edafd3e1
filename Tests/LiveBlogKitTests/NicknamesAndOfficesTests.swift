import Testing
@testable import LiveBlogKit

/// Shapes of a marathon bombing page, a pope's stay in hospital and a rail crash page: a
/// speaker called by their office alone after the post names them (`“…,” the prime minister
/// said`), hospitals written by clipped words (`Mass General`, `the Royal Vic`) or by the
/// surname of the one they are named after (`the Gemelli`), a `Polyclinic`, a cardinal's
/// title, surnames that are offices (`Simon Constable`), and a quote introduced by whom it was
/// told to (`told CNN: “…”`).
@Suite struct NicknamesAndOfficesTests {
    /// `Narendra Modi visited the injured. “…,” the prime minister said`: an office that no one
    /// the blog names holds is the one person's the post named before it, as `he said` would be.
    @Test func anOfficeAloneIsThePersonThePostIsAbout() {
        let blog = LiveBlogParser.parse("""
            Odisha train crash – live

            2.05pm IST

            Modi visits the injured

            Narendra Modi visited the injured at Fakir Mohan Medical College and Hospital in Balasore. “Those found guilty will be punished severely,” the prime minister said.

            1.20pm IST

            Meloni visits

            Giorgia Meloni visited the pope at the hospital.

            “I found him alert and responsive,” the prime minister said in a statement.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Narendra Modi"])
        #expect(blog.posts[1].quotes.map(\.speaker) == ["Giorgia Meloni"])
        #expect(blog.posts.allSatisfy { $0.quotes.allSatisfy { $0.attribution == nil } })
    }

    /// Not when that person holds another office (`Boston police commissioner Ed Davis`), or
    /// held that office once (`the former health secretary, Jeremy Hunt`), nor when the post
    /// named two (`Karin Smyth and Jacqui Smith`: `DescribedSpeakersTests`).
    @Test func anotherOrAFormerOfficeIsNotTheOneCalled() {
        let blog = LiveBlogParser.parse("""
            Boston Marathon explosions – live

            7.40pm EDT

            Boston police commissioner Ed Davis said there were no suspects in custody. “We are asking people to stay indoors,” the governor said.

            7.10pm EDT

            The former health secretary, Jeremy Hunt, visited the hospital.

            “Staff have been heroic,” the health secretary said.
            """)
        #expect(blog.posts.map { $0.quotes.map { $0.speaker ?? $0.attribution } } == [["the governor"], ["the health secretary"]])
    }

    /// `a trauma surgeon at Mass General` of `Massachusetts General Hospital`, `the Royal Vic` of
    /// `Royal Victoria Hospital`: words clipped to their start are the one hospital's they start.
    @Test func clippedWordsNameTheHospitalTheyStart() {
        let blog = LiveBlogParser.parse("""
            Boston Marathon explosions – live

            9.42pm EDT

            Massachusetts General Hospital said it was treating 29 patients. Two men were taken to the Royal Victoria Hospital in Belfast.

            9.15pm EDT

            Dr Peter Fagenholz, a trauma surgeon at Mass General, said: “We have had a number of amputations.”

            Dr Ann Lee, a surgeon at the Royal Vic, said the ward was full.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Massachusetts General Hospital", "Royal Victoria Hospital"])
        #expect(blog.person(named: "Peter Fagenholz")?.hospital == "Massachusetts General Hospital")
        #expect(blog.person(named: "Ann Lee")?.hospital == "Royal Victoria Hospital")
    }

    /// Not when the clipped words start two hospitals' names: they may be either's.
    @Test func clippedWordsOfTwoHospitalsAreNeither() {
        let blog = LiveBlogParser.parse("""
            H

            9.42pm EDT

            Massachusetts General Hospital and Massey General Hospital took patients.

            Dr Peter Fagenholz, a trauma surgeon at Mass General, said the ward was full.
            """)
        #expect(blog.hospitals.count == 3)
        #expect(blog.person(named: "Peter Fagenholz")?.hospital == "Mass General")
    }

    /// `Agostino Gemelli University Polyclinic`, then `the Gemelli` and `Rome's Gemelli
    /// hospital`: a `Polyclinic` ends a name as a `Clinic` does, and a hospital named after
    /// someone is written by their surname alone.
    @Test func aPolyclinicWrittenByItsNamesakesSurname() {
        let blog = LiveBlogParser.parse("""
            Pope Francis in hospital – latest

            Francis, 88, admitted to Rome's Gemelli hospital with bronchitis

            11.55 CET

            Sergio Alfieri, the head of the medical team treating Francis at the Agostino Gemelli University Polyclinic, told a press conference: “He is not out of danger.”

            10.42 CET

            Francis is staying in the papal apartment on the 10th floor of the Gemelli.
            """)
        #expect(blog.hospitals.count == 1)
        #expect(blog.hospitals.first?.aliases.contains("Agostino Gemelli University Polyclinic") == true)
        #expect(blog.posts.map(\.hospitals.count) == [1, 1])
        #expect(blog.person(named: "Sergio Alfieri")?.hospital == blog.hospitals.first?.name)
    }

    /// `Its chief executive, Dr Simon Constable, said:`, `Mark Chancellor told`: an office after
    /// a given name is a surname; before a name it is still a title (`Speaker Johnson`).
    @Test func officesThatAreSurnames() {
        let blog = LiveBlogParser.parse("""
            Winter crisis

            16.20 GMT

            University Hospitals of North Midlands NHS Trust declared a critical incident. Its chief executive, Dr Simon Constable, said: "We are under extreme pressure."

            Mark Chancellor told the BBC: "It is busy." Tom Judge, a nurse, agreed. Speaker Johnson said the House would sit.
            """)
        #expect(blog.people.map(\.name).sorted() == ["Mark Chancellor", "Simon Constable", "Tom Judge"])
        #expect(blog.person(named: "Simon Constable")?.role == "chief executive")
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Simon Constable", "Mark Chancellor"])
    }

    /// `Jason Stewart told CNN: “…” Ron Moose, a supporter, agreed.`: a speech verb and whom or
    /// how it was said to, then a colon, introduce the quote; the sentence after names another.
    @Test func aColonAfterWhomItWasToldIntroducesTheQuote() {
        let blog = LiveBlogParser.parse("""
            Rally shooting

            8.15pm EDT

            Jason Stewart told CNN: "We heard five or six pops." Ron Moose, a supporter, agreed.

            Anthony Guglielmi said in a statement: "The shooter is dead." Steven Cheung said the same.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Jason Stewart", "Anthony Guglielmi"])
    }

    /// `Cardinal Pietro Parolin`, `Cardinal Vincent Nichols`: a cardinal's title is no word of
    /// the name.
    @Test func aCardinalsTitleIsARole() {
        let blog = LiveBlogParser.parse("H\n\n10.00am\n\nCardinal Vincent Nichols said: \"We pray for him.\"\n")
        #expect(blog.people.map(\.name) == ["Vincent Nichols"])
        #expect(blog.person(named: "Vincent Nichols")?.role == "cardinal")
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Vincent Nichols"])
    }
}
