import Testing
@testable import LiveBlogKit

/// Hospital names in the shapes blogs beyond the seed write them: the keyword first, as French,
/// Italian and German names have it; a descriptor between the name and `hospital`; a medical
/// centre after the keyword; and a place's hospital that names none.
@Suite struct HospitalNameFormsTests {
    private func names(_ text: String) -> (blog: [String], post: [String]) {
        let blog = LiveBlogParser.parse("Headline\n\n9.00am\n" + text)
        return (blog.hospitals.map(\.name).sorted(), blog.posts.first?.hospitals ?? [])
    }

    /// `Hôpital Saint-Louis`, `Hôpital de la Pitié-Salpêtrière`, `Ospedale San Raffaele`, `Centre
    /// Hospitalier Annecy Genevois`, `Ysbyty Gwynedd`: the name the keyword opens, joiners and all; a later `at
    /// Saint-Louis` is the same hospital.
    @Test func aKeywordThatOpensTheName() {
        let found = names("""
            Surgeons at the Hôpital Européen Georges-Pompidou operated through the night.
            Donors should go to the Hôpital Saint-Louis, near the Bataclan.
            A nurse at Saint-Louis, who did not want to be named, said: “We have never seen anything like it.”
            Casualties went to the Hôpital de la Pitié-Salpêtrière and to Ospedale San Raffaele in Milan.
            The Klinikum said nothing. Cras was taken to the Centre Hospitalier Annecy Genevois.
            """)
        #expect(found.blog == ["Centre Hospitalier Annecy Genevois", "Hôpital Européen Georges-Pompidou", "Hôpital Saint-Louis",
                               "Hôpital de la Pitié-Salpêtrière", "Ospedale San Raffaele"])
        #expect(found.post.count == 5)
        #expect(names("Ospedale San Raffaele in Milan took the wounded. Doctors at San Raffaele said so.").blog == ["Ospedale San Raffaele"])
        // Welsh puts its word first too: `Ysbyty Gwynedd` is no person.
        let welsh = LiveBlogParser.parse("H\n\n10.00am\nPatients at Ysbyty Gwynedd in Bangor waited. Ysbyty Treforys said it was “extremely busy”.")
        #expect(welsh.hospitals.map(\.name).sorted() == ["Ysbyty Gwynedd", "Ysbyty Treforys"])
        #expect(welsh.people.isEmpty)
    }

    /// English `Hospital` opens a name only in the shape Spanish, Portuguese and Catalan names
    /// have (`Hospital General Universitario de Valencia`, `Hospital Clínic`), never a body's,
    /// an office's or a title-case heading's (`Hospital Trust`, `Hospital Chief Executive`).
    @Test func hospitalOpensANameInRomanceLanguages() {
        let found = names("""
            Hospital Staff Walk Out Over Pay
            The Hospital General Universitario de Valencia treated 160 people.
            The Hospital Trust said so. Hospital Chief Executive Jane Smith resigned. Hospital Episode Statistics show a rise.
            Patients at Hospital Clínic in Barcelona and Hospital Sírio-Libanês were moved.
            """)
        #expect(found.blog == ["Hospital Clínic", "Hospital General Universitario de Valencia", "Hospital Sírio-Libanês"])
    }

    /// `University Hospital Hairmyres`, as Scotland names its hospitals, answers to the words
    /// after its keyword (`Patients at Hairmyres`), as `Hairmyres Hospital` would; `University
    /// Hospital of Wales` does not answer to `Wales`.
    @Test func aNameAfterGeneralWordsAndItsKeyword() {
        let blog = LiveBlogParser.parse("""
            Scotland live

            14.40 GMT
            Patients at Hairmyres waited up to 12 hours. Staff at Wales said so.

            14.10 GMT
            University Hospital Wishaw and University Hospital Hairmyres were at “code black”, as was the University Hospital of Wales.
            """)
        #expect(blog.posts[0].hospitals == ["University Hospital Hairmyres"])
        #expect(blog.hospitals.first { $0.name == "University Hospital Hairmyres" }?.aliases == ["University Hospital Hairmyres", "Hairmyres"])
    }

    /// `the MSF-supported Al-Nau hospital`: who supports or runs a hospital is no word of its
    /// name, so `a surgeon at Al-Nau` works there; `Al-Nau` keeps its own hyphen.
    @Test func aSupportersModifierIsNoWordOfTheName() {
        let blog = LiveBlogParser.parse("""
            Sudan live

            14.05 BST
            In Omdurman, the MSF-supported Al-Nau hospital received 60 wounded people. Patients at the Hamas-run Al-Aqsa Martyrs Hospital waited.

            Dr Jamal Eltayeb, a surgeon at Al-Nau, said: “We are operating in the corridors.”
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Al-Aqsa Martyrs Hospital", "Al-Nau Hospital"])
        #expect(blog.people.first?.hospital == "Al-Nau Hospital")
    }

    /// `Fakir Mohan Medical College and Hospital` is the hospital `Fakir Mohan Medical College`
    /// names, whichever comes first, `&` or `and`.
    @Test func aCollegeAndHospitalIsTheCollegesHospital() {
        let blog = LiveBlogParser.parse("""
            Train crash live

            9.00am
            Patients were taken to Fakir Mohan Medical College in Balasore and to SCB Medical College & Hospital.

            8.00am
            The injured were taken to the Fakir Mohan Medical College and Hospital. SCB Medical College said it had 200 patients.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Fakir Mohan Medical College and Hospital", "SCB Medical College & Hospital"])
        #expect(blog.hospitals.first { $0.name.hasPrefix("Fakir") }?.location == "Balasore")
        #expect(blog.posts.map(\.hospitals.count) == [2, 2])
    }

    /// The other leading words of Italian, Spanish, French and German names (`Policlinico
    /// Gemelli`, `Clínica Universidad de Navarra`, `Clinique des Cèdres`, `Krankenhaus
    /// Nordwest`), and a date a Spanish name is made of (`Hospital Universitario 12 de Octubre`).
    @Test func moreKeywordsThatOpenTheName() {
        let found = names("""
            In Rome, the Policlinico Gemelli set up a heat unit. The Clínica Universidad de Navarra and the Clinique des Cèdres were full.
            The Krankenhaus Nordwest in Frankfurt said so. The Hospital Universitario 12 de Octubre in Madrid treated 43 people.
            At the Ospedale San Camillo 24 beds were added: a name goes on past a number only into a date.
            """)
        #expect(found.blog == ["Clinique des Cèdres", "Clínica Universidad de Navarra", "Hospital Universitario 12 de Octubre",
                               "Krankenhaus Nordwest", "Ospedale San Camillo", "Policlinico Gemelli"])
    }

    /// `the Evelina London children’s hospital`, `the Bégin military hospital`: the descriptor
    /// is part of the name, shown capitalised as the keyword is; the same name written with
    /// capitals is the same hospital.
    @Test func aDescriptorBeforeTheKeyword() {
        let found = names("""
            The Evelina London children’s hospital is also affected.
            The Bégin military hospital in Saint-Mandé has taken in casualties.
            Staff at the Evelina London Children’s Hospital were told to stay.
            """)
        #expect(found.blog == ["Bégin Military Hospital", "Evelina London Children’s Hospital"])
    }

    /// A famous short name and the full name it opens, general words alone after it, are one
    /// hospital whichever comes first (`Alder Hey` and `Alder Hey Children's Hospital`); not
    /// a trust that opens with one (`Guy’s and St Thomas’ NHS Foundation Trust`).
    @Test func aFamousShortNameAndTheFullNameItOpens() {
        let first = LiveBlogParser.parse("H\n\n19:45\nAlder Hey confirms it is treating children.\n\n19:40\nAlder Hey Children's Hospital said so.")
        #expect(first.hospitals.map(\.name) == ["Alder Hey Children's Hospital"])
        #expect(first.hospitals.first?.posts.count == 2)
        let second = LiveBlogParser.parse("H\n\n19:45\nAlder Hey said more.\n\n19:40\nAlder Hey Children's Hospital said so.")
        #expect(second.hospitals.map(\.name) == ["Alder Hey Children's Hospital"])
        let guys = LiveBlogParser.parse("H\n\n19:45\nA nurse at Guy’s said so.\n\n19:40\nA doctor at Guy’s Hospital said so.")
        #expect(guys.hospitals.count == 1)
    }

    /// A name of one distinctive word and the keyword (`Okhmatdyt hospital`, as the header
    /// writes it) is the hospital whose longer name opens with that word, whichever comes
    /// first; a town's (`Kyiv hospital`, the blog putting things `in Kyiv`) is not.
    @Test func aShortNameWithItsKeywordIsTheLongNamesHospital() {
        let blog = LiveBlogParser.parse("""
            Children's hospital in Kyiv hit

            Okhmatdyt hospital's toxicology unit destroyed

            17:40
            Staff at Kyiv hospital treated the wounded.

            16:55
            Dr Volodymyr Zhovnir, the head of surgery at Okhmatdyt National Children's Specialized Hospital, spoke.
            Others went to Kyiv City Children's Clinical Hospital No 1.
            """)
        #expect(blog.hospitals.count == 3)
        let okhmatdyt = blog.hospitals.first { $0.name.hasPrefix("Okhmatdyt") }
        #expect(okhmatdyt?.aliases.contains("Okhmatdyt National Children's Specialized Hospital") == true)
        #expect(blog.posts[0].hospitals == ["Kyiv Hospital"])
        // The longer name met second is the same hospital.
        let later = LiveBlogParser.parse("H\n\n10:00\nPatients went to Soroka Medical Center.\n\n09:00\nSoroka Hospital received casualties.")
        #expect(later.hospitals.map(\.name) == ["Soroka Hospital"])
        #expect(later.hospitals.first?.posts.count == 2)
    }

    /// A name the text calls a children’s hospital in lower case answers to its own word
    /// alone (`the acting director of Okhmatdyt`); one with the descriptor capitalised does
    /// not (`Liverpool` is no name of `Liverpool Women’s Hospital`).
    @Test func aNameWithALowercaseDescriptorAnswersToItsOwnWord() {
        let blog = LiveBlogParser.parse("""
            Headline

            10.00am
            Dr Lesia Lysytsia, the acting director of Okhmatdyt, said the unit was destroyed.
            Fans in Liverpool waited. Liverpool said the match would go ahead.

            9.00am
            Two adults were killed at Okhmatdyt children’s hospital.
            Liverpool Women’s hospital said it was cooperating.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Liverpool Women’s Hospital", "Okhmatdyt Children’s Hospital"])
        #expect(blog.posts[0].hospitals == ["Okhmatdyt Children’s Hospital"])
        #expect(blog.person(named: "Lesia Lysytsia")?.hospital == "Okhmatdyt Children’s Hospital")
    }

    /// A hospital the headline names in full (`al-Shifa hospital`) is the one the posts name by
    /// its short name alone; one only the header names is listed for no post, and not at all.
    @Test func theHeadersNamesAreThoseThePostsReferTo() {
        let blog = LiveBlogParser.parse("""
            Israel-Gaza war live: WHO says al-Shifa hospital is ‘no longer functioning’

            Patients moved from Nasser hospital

            5.02pm GMT
            Mohammed Abu Salmiya, the director of al-Shifa, said two babies had died.

            4.15pm GMT
            Tedros said al-Shifa was “not functioning as a hospital any more”.
            """)
        #expect(blog.hospitals.map(\.name) == ["al-Shifa Hospital"])
        #expect(blog.hospitals.first?.posts.count == 2)
        #expect(blog.person(named: "Mohammed Abu Salmiya")?.hospital == "al-Shifa Hospital")
    }

    /// `a London hospital`, `another Gaza hospital`: one of a place's hospitals, which names
    /// none; `a Lewisham hospital nurse` is a nurse at the hospital the name names.
    @Test func aPlacesHospitalIsNoName() {
        let found = names("""
            He was taken to a London hospital, and another Gaza hospital was hit.
            A Lewisham hospital nurse said the wards were full.
            """)
        #expect(found.blog == ["Lewisham Hospital"])
    }

    /// `Valley Hospital Medical Center and St Rose Dominican Hospital`: two names, the first
    /// with its medical centre, not a third made of the words between them; `Sunrise Hospital &
    /// Medical Center` is one; one run may join two medical centres.
    @Test func aMedicalCentreAfterTheKeyword() {
        let found = names("Valley Hospital Medical Center and St Rose Dominican Hospital are treating the wounded.")
        #expect(found.post == ["Valley Hospital Medical Center", "St Rose Dominican Hospital"])
        #expect(names("Sunrise Hospital & Medical Center said it was treating 180 people.").post == ["Sunrise Hospital & Medical Center"])
        #expect(names("Sunrise Hospital and Medical Center said so.").post == ["Sunrise Hospital and Medical Center"])
        #expect(names("Sheba Medical Center and Soroka Medical Center received casualties.").post
                == ["Sheba Medical Center", "Soroka Medical Center"])
        // `Elmhurst Hospital Center`: a centre straight after the keyword is the name's.
        #expect(names("A nurse at Elmhurst Hospital Center in Queens spoke. Washington Hospital Centre was full.").post
                == ["Elmhurst Hospital Center", "Washington Hospital Centre"])
    }

    /// `Health Sciences Centre` ends a name as `Medical Centre` does, as Canadian hospitals are
    /// named; `Health Centre` alone (a clinic) does not.
    @Test func aHealthSciencesCentre() {
        #expect(names("Sunnybrook Health Sciences Centre received 10 patients.").post == ["Sunnybrook Health Sciences Centre"])
        #expect(names("London Health Sciences Center said it was ready.").post == ["London Health Sciences Center"])
        #expect(names("The Brixton Health Centre was closed.").post.isEmpty)
    }

    /// A word that compounds a Germanic keyword (`Rigshospitalet`, `Inselspital`,
    /// `Universitätsklinikum`, `Universitetssjukhuset`) makes its run a hospital's name, a
    /// place's possessive before it left out; `Hospitals` is no such word.
    @Test func aKeywordCompoundedAsGermanicLanguagesDo() {
        #expect(names("Christian Eriksen was taken to Rigshospitalet in Copenhagen.").post == ["Rigshospitalet"])
        #expect(names("He was flown to Copenhagen's Rigshospitalet on Monday.").post == ["Rigshospitalet"])
        #expect(names("Doctors at Universitätsklinikum Hamburg-Eppendorf and Inselspital said so.").post
                == ["Universitätsklinikum Hamburg-Eppendorf", "Inselspital"])
        #expect(names("Karolinska Universitetssjukhuset said so.").post == ["Karolinska Universitetssjukhuset"])
        #expect(names("Ben Hospitals said so.").post.isEmpty)
    }

    /// A proper name of two general words or more after `the` is a name (`the Women’s and
    /// Children’s Hospital`); one general word is none (`the Children’s Hospital`).
    @Test func aNameOfGeneralWordsAfterThe() {
        #expect(names("Staff at the Women’s and Children’s Hospital in Adelaide said so.").post == ["Women’s and Children’s Hospital"])
        #expect(names("The Women's and Children's Hospital is full.").post == ["Women's and Children's Hospital"])
        #expect(names("Staff at the Children’s Hospital said so.").post.isEmpty)
        #expect(names("Staff at the General Hospital said so.").post.isEmpty)
    }

    /// `Cancer Center` and `Trauma Center` end a name as `Medical Center` does; `Center` alone
    /// does not.
    @Test func cancerAndTraumaCentres() {
        #expect(names("MD Anderson Cancer Center and Memorial Sloan Kettering Cancer Center reported no damage.").post
                == ["MD Anderson Cancer Center", "Memorial Sloan Kettering Cancer Center"])
        #expect(names("He was flown to R Adams Cowley Shock Trauma Center in Baltimore.").post == ["R Adams Cowley Shock Trauma Center"])
        #expect(names("The Kennedy Center and the Reagan Center were closed.").post.isEmpty)
    }

    /// A run that holds a name found at its keyword may go on to name another after `and`
    /// (`Mount Sinai Hospital and Cedars-Sinai Medical Center`).
    @Test func aSecondNameInTheRunOfTheFirst() {
        #expect(names("Patients were moved to Mount Sinai Hospital and Cedars-Sinai Medical Center overnight.").post
                == ["Mount Sinai Hospital", "Cedars-Sinai Medical Center"])
    }

    /// `Clinic` capitalised in a sentence ends a name (`the Mayo Clinic`); a lowercase `clinic`
    /// and a heading whose every word is capitalised do not.
    @Test func namedClinics() {
        #expect(names("The Cleveland Clinic and the Mayo Clinic said appointments would go ahead.").post == ["Cleveland Clinic", "Mayo Clinic"])
        #expect(names("A Covid clinic opened in Leeds.").post.isEmpty)
        #expect(names("Safdarjung Hospital Opens Special Clinic").post == ["Safdarjung Hospital"])
    }

    /// `at Beth Israel` for `Beth Israel Deaconess Medical Center`, `outside Norfolk and
    /// Norwich` for `the Norfolk and Norwich University Hospital`: a name's opening words, where
    /// the blog puts a place or a workplace, are that hospital; not a place the blog puts things
    /// `in` that opens a hospital's name (`in Los Angeles`).
    @Test func aNamesOpeningWordsAreThatHospital() {
        let blog = LiveBlogParser.parse("""
            Shooting live

            11.00am
            Patients at Beth Israel waited for hours. A surgeon at Beth Israel said so.
            Ambulances queued outside Norfolk and Norwich. Officials in Los Angeles said the roads were shut.

            10.00am
            Victims were taken to Beth Israel Deaconess Medical Center, the Norfolk and Norwich University Hospital and Los Angeles General Medical Center.
            """)
        #expect(blog.hospitals.first { $0.name == "Beth Israel Deaconess Medical Center" }?.aliases == ["Beth Israel Deaconess Medical Center", "Beth Israel"])
        #expect(blog.hospitals.first { $0.name == "Norfolk and Norwich University Hospital" }?.aliases
                == ["Norfolk and Norwich University Hospital", "Norfolk and Norwich"])
        #expect(blog.posts[0].hospitals == ["Beth Israel Deaconess Medical Center", "Norfolk and Norwich University Hospital"])
    }

    /// `Queen Elizabeth University Hospital (QEUH) in Glasgow`: the place after the initialism
    /// a name defines is where the hospital is, and the initialism is still its.
    @Test func aPlaceAfterADefinedInitialism() {
        let blog = LiveBlogParser.parse("""
            Live

            9.00am
            The Queen Elizabeth University Hospital (QEUH) in Glasgow said the QEUH was at capacity.
            """)
        #expect(blog.hospitals.map(\.name) == ["Queen Elizabeth University Hospital"])
        #expect(blog.hospitals.first?.location == "Glasgow")
        #expect(blog.hospitals.first?.initialisms == ["QEUH"])
    }

    /// `Johns Hopkins All Children's Hospital`: a capitalised quantifier between two name words
    /// is the name's; a day's capital is a sentence's (`Hunt Today Royal Free Hospital`).
    @Test func aQuantifierInsideAName() {
        let blog = LiveBlogParser.parse("H\n\n10.00am\nA nurse at Johns Hopkins All Children's Hospital said so. Jeremy Hunt Today Royal Free Hospital said so.")
        #expect(blog.hospitals.map(\.name).sorted() == ["Johns Hopkins All Children's Hospital", "Royal Free Hospital"])
    }
}
