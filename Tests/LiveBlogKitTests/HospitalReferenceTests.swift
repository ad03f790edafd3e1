import Testing
import TestSupport
@testable import LiveBlogKit

/// The hospital-references pass tokenises again only the text units holding a name run the
/// directory of full names may match, or one a workplace named elsewhere may be: what it finds
/// must be what reading every unit that holds a name run finds.
@Suite struct HospitalReferenceTests {
    /// A workplace named in an older post (`a psychiatry registrar at Brambleton`) that a newer
    /// post names on its own (`at Brambleton`), besides full names, initialisms and short forms.
    static let workplaces = """
        Mental health staff strike: live

        4.00pm BST
        Staff at Brambleton walked out at noon.
        Nurses at the RUH and at Kings joined them.

        3.00pm BST
        Ann Lee, a psychiatry registrar at Brambleton, said the rota was unsafe.

        2.00pm BST
        Pickets gathered at Royal United Hospital in Bath and at King’s College Hospital.
        """

    /// A paragraph whose first name run, which starts as a hospital named elsewhere does, is
    /// longer than a kept run's tokens can be told in (`ReferenceRun`), before a reference to
    /// that hospital.
    static let longRun = """
        Strike: live

        4.00pm BST
        Royal \((1...140).map { "Name\($0)" }.joined(separator: " ")) and nurses at the RUH joined them.

        2.00pm BST
        Pickets gathered at Royal United Hospital in Bath.
        """

    /// Posts of one to three paragraphs drawn at random from every fixture's lines, so that
    /// full names, workplaces, initialisms and short forms meet in any order.
    static func shuffledBlog(seed: UInt64) -> String {
        let lines = (Fixtures.all + [workplaces]).flatMap { $0.split(separator: "\n") }.filter { line in
            line.count > 20 && TimeOfDay.parseLine(String(line)) == nil
        }
        var generator = SplitMix(state: seed)
        var text = "Strike: live\n\n"
        for index in 0..<400 {
            // Newest first, a minute apart: 11.59pm, 11.58pm…
            let hour = 11 - index / 60 % 11
            let minute = 59 - index % 60
            text += "\(hour).\(minute < 10 ? "0" : "")\(minute)pm BST\n\n"
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                text += (lines.randomElement(using: &generator).map(String.init) ?? "") + "\n\n"
            }
        }
        return text
    }

    @Test(arguments: Fixtures.all + [workplaces, longRun, shuffledBlog(seed: 1), shuffledBlog(seed: 2)])
    func unitsReadFindWhatReadingEveryUnitFinds(text: String) {
        let blog = LiveBlogParser.parseLayout(bytes: Array(text.utf8))
        let texts = PostTexts(posts: blog.posts)
        let ids = blog.posts.map(\.id)
        func hospitals(readingEveryUnit: Bool) -> HospitalPass.Output {
            let readings = FirstReading.Readings(FirstReading.completing([], in: blog.posts))
            let resolution = HospitalPass.resolve(texts: texts, readings: readings, order: Array(blog.posts.indices.reversed()),
                                                  readingEveryUnit: readingEveryUnit, prepare: { _ in () }, resolved: { _, _, _ in })
            return HospitalPass.finish(resolution, postIDs: ids)
        }
        let some = hospitals(readingEveryUnit: false)
        let every = hospitals(readingEveryUnit: true)
        #expect(some.list == every.list)
        for post in blog.posts.indices {
            #expect(some.mentions.hospitals(ofPost: post) == every.mentions.hospitals(ofPost: post), "post \(post)")
            for unit in 0..<texts.unitCount(post) {
                #expect(some.mentions.resolved(post: post, unit: unit) == every.mentions.resolved(post: post, unit: unit), "post \(post) unit \(unit)")
            }
        }
    }

    @Test func shuffledBlogsNameHospitalsBothWays() {
        let blog = LiveBlogParser.parse(Self.shuffledBlog(seed: 1))
        #expect(blog.posts.count == 400)
        // Named in full somewhere, and by a short form or initialism elsewhere.
        #expect(blog.hospitals.contains { !$0.initialisms.isEmpty })
        #expect(blog.hospitals.contains { $0.aliases.count > 1 })
    }

    @Test func aReferenceAfterANameRunTooLongToKeepIsFound() {
        let blog = LiveBlogParser.parse(Self.longRun)
        #expect(blog.posts.first?.hospitals == ["Royal United Hospital"])
    }

    /// A kept run tells its tokens, unless there are more than it can hold.
    @Test func aReferenceRunHoldsItsTokensUpToItsLimit() {
        #expect(ReferenceRun(unit: 3, tokens: 5..<9, word: "royal", mayBeWorkplace: true).tokens == 5..<9)
        #expect(ReferenceRun(unit: 3, tokens: 0..<127, word: "royal", mayBeWorkplace: false).tokens == 0..<127)
        #expect(ReferenceRun(unit: 3, tokens: 0..<128, word: "royal", mayBeWorkplace: false).tokens == nil)
        let run = ReferenceRun(unit: 3, tokens: 5..<9, word: "royal", mayBeWorkplace: true)
        #expect(run.word == "royal" && run.mayBeWorkplace && run.unit == 3)
    }

    /// `at the Royal Liverpool`: a name's opening words up to its first distinctive one, after
    /// `at`, refer to it, and no person is made of them; without `at` they do not refer.
    @Test func aNamesOpeningWordsAfterAtReferToIt() {
        let blog = LiveBlogParser.parse("""
            H

            3.40pm BST
            A&E at the Royal Liverpool was closed to ambulances.

            3.30pm BST
            The Royal Liverpool said it was busy.

            3.10pm BST
            Beds at Royal Liverpool University hospital are full.
            """)
        #expect(blog.posts.map(\.hospitals) == [["Royal Liverpool University Hospital"], [], ["Royal Liverpool University Hospital"]])
        #expect(blog.person(named: "Royal Liverpool") == nil)
    }

    @Test func aWorkplaceNamedEarlierIsFoundWhereItStandsAlone() {
        let blog = LiveBlogParser.parse(Self.workplaces)
        #expect(blog.posts.first?.hospitals.contains("Brambleton") == true)
        #expect(blog.posts.first?.hospitals.contains("Royal United Hospital") == true)
    }

    /// `RPA’s director`, `al-Awda’s acting director`, `the Royal Free’s chief executive`: a
    /// known hospital's name or initialism owning what a hospital has refers to it, and is the
    /// workplace of the person it describes; a place's possessive (`Lewisham’s chief executive`
    /// where the blog puts things in Lewisham, which may be the borough's), or an
    /// unknown body's (`Tesco’s chief executive`), does not.
    @Test func aHospitalsPossessiveRefersToIt() {
        let blog = LiveBlogParser.parse("""
            Heatwave live

            3.00pm AEST
            RPA’s director of medical services, Dr Jane Cho, said the wait was long.
            Dr Omar Salha, Sheba’s acting director, said: “We have no fuel.”
            Tesco’s chief executive, Ken Murphy, said stores were open.

            2.00pm AEST
            Later the Royal Free’s chief executive, Dr Mark Hall, said it was full. Lewisham’s chief executive was there.

            1.00pm AEST
            Royal Prince Alfred hospital (RPA) has opened a tent. Staff at Sheba hospital in Gaza City had no fuel.
            Royal Free hospital opened a ward. Lewisham hospital was calm. Crowds gathered in Lewisham.
            """)
        #expect(blog.posts.map(\.hospitals) == [["Royal Prince Alfred Hospital", "Sheba Hospital"], ["Royal Free Hospital"],
                                                ["Royal Prince Alfred Hospital", "Sheba Hospital", "Royal Free Hospital", "Lewisham Hospital"]])
        #expect(blog.person(named: "Jane Cho")?.hospital == "Royal Prince Alfred Hospital")
        #expect(blog.person(named: "Omar Salha")?.hospital == "Sheba Hospital")
        #expect(blog.person(named: "Mark Hall")?.hospital == "Royal Free Hospital")
        #expect(blog.person(named: "Ken Murphy")?.hospital == nil)
        #expect(!blog.hospitals.contains { $0.name.hasPrefix("Tesco") })
    }

    /// A famous hospital named without the word keeps its name before a possessive that is
    /// no part of it (`The Royal Free’s chief executive, Dr X`: the Royal Free, his workplace),
    /// while a name that is a possessive stays whole (`Guy’s`).
    @Test func aFamousHospitalsPossessive() {
        let blog = LiveBlogParser.parse("""
            Winter live

            4.48pm GMT
            The Royal Free’s chief executive, Dr Mark Hall, said it was full. Guy’s opened a ward.
            """)
        #expect(blog.posts.first?.hospitals == ["Royal Free", "Guy’s"])
        #expect(blog.person(named: "Mark Hall")?.hospital == "Royal Free")
    }

    /// `Guru Teg Bahadur (GTB) Hospital`: an initialism in brackets inside a name is defined by
    /// it, and the initialism with the keyword (`GTB Hospital`) is the same hospital; what a
    /// title is of is a workplace (`medical superintendent of GTB Hospital`).
    @Test func anInitialismInsideAName() {
        let blog = LiveBlogParser.parse("""
            Fire live

            2.00pm IST
            Dr Ashok Kumar, medical superintendent of GTB Hospital, said: “The next 48 hours are critical.”

            1.00pm IST
            Doctors at Guru Teg Bahadur (GTB) Hospital said two babies were on ventilators.
            """)
        #expect(blog.hospitals.map(\.name) == ["Guru Teg Bahadur Hospital"])
        #expect(blog.hospitals.first?.aliases.contains("GTB Hospital") == true)
        #expect(blog.posts.map(\.hospitals) == [["Guru Teg Bahadur Hospital"], ["Guru Teg Bahadur Hospital"]])
        #expect(blog.person(named: "Ashok Kumar")?.hospital == "Guru Teg Bahadur Hospital")
    }
}

extension HospitalReferenceTests {
    /// Names listed after a locative refer as the first does (`at Westmead, Concord and RPA`),
    /// the last two read apart from the run `and` joins them into.
    @Test func namesListedAfterALocative() {
        let blog = LiveBlogParser.parse("""
            H

            3.58pm
            He said patients at Westmead, Concord and RPA had been affected.

            2.41pm
            Patients at Concord Repatriation General Hospital were told. Royal Prince Alfred Hospital (RPA) said so. Westmead Hospital too.
            """)
        #expect(Set(blog.posts[0].hospitals) == ["Westmead Hospital", "Concord Repatriation General Hospital", "Royal Prince Alfred Hospital"])
        // Not a list that opens with no locative: `Concord and Westmead said` names no places.
        let unplaced = LiveBlogParser.parse("H\n\n3.58pm\nHe met Concord and Jones.\n\n2.41pm\nConcord Repatriation General Hospital said so.")
        #expect(unplaced.posts[0].hospitals.isEmpty)
    }
}

extension HospitalReferenceTests {
    /// A town the blog puts things `in` (`in Kyiv`, said in the headline) is no reference to a
    /// hospital its name opens (`Kyiv City Children's Clinical Hospital`), even after a
    /// locative (`outside the Kyiv blood centre`); where the blog names no such town, the
    /// same line refers to it.
    @Test func aTownIsNoHospital() {
        func blog(headline: String) -> LiveBlog {
            LiveBlogParser.parse("""
                \(headline)

                12:31
                Hundreds of people queued outside the Kyiv blood centre.

                11:02
                Patients moved to the Kyiv City Children's Clinical Hospital No 1.
                """)
        }
        #expect(blog(headline: "Children's hospital in Kyiv hit").posts[0].hospitals.isEmpty)
        #expect(blog(headline: "Children's hospital hit").posts[0].hospitals == ["Kyiv City Children's Clinical Hospital No 1"])
        #expect(blog(headline: "Children's hospital in Kyiv hit").posts[1].hospitals == ["Kyiv City Children's Clinical Hospital No 1"])
    }

    /// `a collision near Larissa` in the headline makes Larissa a town, as `in Larissa` does:
    /// `The stationmaster at Larissa` is no reference to `Larissa General Hospital`.
    @Test func aTownNearWhichSomethingHappened() {
        let blog = LiveBlogParser.parse("""
            Greece train crash: 57 dead after collision near Larissa – live

            4.20pm EET
            The stationmaster at Larissa has been arrested.

            3.45pm EET
            Six patients were in intensive care at Larissa General Hospital.
            """)
        #expect(blog.posts.map(\.hospitals) == [[], ["Larissa General Hospital"]])
    }

    /// What an attack is `on` is a place: a hospital's short name there refers to it (`the
    /// strike on Okhmatdyt`, named in full earlier).
    @Test func whatAnAttackIsOn() {
        let blog = LiveBlogParser.parse("""
            H

            17:40
            Zelenskyy said the strike on Okhmatdyt showed Russia's intent. He met Okhmatdyt later.

            16:55
            Dr Volodymyr Zhovnir, the head of surgery at Okhmatdyt National Children's Specialized Hospital, spoke.
            """)
        #expect(blog.posts[0].hospitals == ["Okhmatdyt National Children's Specialized Hospital"])
    }
}
