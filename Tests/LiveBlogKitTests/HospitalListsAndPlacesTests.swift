import Testing
@testable import LiveBlogKit

/// Hospital names of shapes from blogs in Ireland, India, Scotland, Germany and New York: a
/// place after the keyword (`University Hospital Limerick`), a teaching hospital's
/// `Medical College and Hospital`, two names joined by `and` after an initialism, a list after
/// `hospitals:`, and a lone short name after what a hospital has (`chief executive of X`).
@Suite struct HospitalListsAndPlacesTests {
    private func parse(_ text: String) -> LiveBlog {
        LiveBlogParser.parse("Headline\n\n" + text)
    }

    private func names(_ text: String) -> [String] {
        parse("9.00am\n" + text).hospitals.map(\.name).sorted()
    }

    /// `University Hospital Limerick`, `University Hospital Southampton`: a place after the
    /// keyword ends a name of general words; never a body's or an office's word, a day, or
    /// a word a capital follows (`University Hospital Chief Executive`).
    @Test func aPlaceAfterTheKeyword() {
        #expect(names("INMO said University Hospital Limerick (UHL) had 122 patients on trolleys. Our members in UHL are angry.")
                == ["University Hospital Limerick"])
        #expect(names("Staff at University Hospital Southampton and University Hospital Coventry were told.")
                == ["University Hospital Coventry", "University Hospital Southampton"])
        #expect(names("She was taken to General Hospital Tuesday.").isEmpty)
        #expect(!names("The University Hospital Trust said so.").contains("University Hospital Trust"))
        #expect(names("University Hospital Chief Executive Jane Smith resigned.") == ["University Hospital"])
        #expect(names("University Hospital Staff Strike") == ["University Hospital"])
        // A name with a word of its own keeps its end: `Lewisham Hospital` is no place's.
        #expect(names("Strikers at Lewisham Hospital Tuesday sold cake.") == ["Lewisham Hospital"])
    }

    /// `SCB Medical College and Hospital`: one name, its hospital the college's.
    @Test func aMedicalCollegeAndHospital() {
        let blog = parse("""
            9.00am
            At SCB Medical College and Hospital in Cuttack, doctors said 43 were critical.

            Dr Sudhansu Sekhar Mishra, the hospital's superintendent, said: "We have cancelled all leave."
            """)
        #expect(blog.hospitals.map(\.name) == ["SCB Medical College and Hospital"])
        #expect(blog.hospitals.first?.location == "Cuttack")
        #expect(names("Staff at Imperial College and hospital trusts agreed.").isEmpty)
        #expect(blog.people.first { $0.name == "Sudhansu Sekhar Mishra" }?.hospital == "SCB Medical College and Hospital")
    }

    /// `Maharani Laxmi Bai Medical College`: a teaching hospital named as its college is;
    /// `Medical College` of no name is none, nor is `Imperial College`.
    @Test func aMedicalCollege() {
        #expect(names("The fire broke out in the neonatal unit of Maharani Laxmi Bai Medical College in Jhansi.")
                == ["Maharani Laxmi Bai Medical College"])
        #expect(names("She studied at Imperial College London. The Medical College said nothing.").isEmpty)
    }

    /// `the QEUH and Glasgow Royal Infirmary`: an initialism before `and` is a hospital's own,
    /// so the two are two; `Chelsea and Westminster hospital` stays one.
    @Test func anInitialismBeforeAndIsNoPartOfTheNextName() {
        let found = names("""
            The Queen Elizabeth University hospital in Glasgow declared a critical incident. The QEUH and Glasgow Royal Infirmary were full.
            A doctor at Chelsea and Westminster hospital said so.
            """)
        #expect(found == ["Chelsea and Westminster Hospital", "Glasgow Royal Infirmary", "Queen Elizabeth University Hospital"])
    }

    /// `Orlando Health and Winnie Palmer Hospital`, `Swansea Bay University Health Board and
    /// Morriston Hospital`: a health body's name before `and` is no part of the hospital's, and
    /// `Guy’s and St Thomas’ Hospital`, its owner's possessive gone, is not `and St Thomas’
    /// Hospital`.
    @Test func aHealthBodyBeforeAndIsNoPartOfTheHospitalsName() {
        let found = names("""
            Patients were moved between Orlando Health and Winnie Palmer Hospital overnight.
            Swansea Bay University Health Board and Morriston Hospital said the roof leaked.
            Bayfront Health St. Petersburg and St. Anthony's Hospital are sheltering in place.
            Staff at Guy's and St Thomas' Hospital walked out.
            """)
        #expect(found == ["Morriston Hospital", "St Thomas' Hospital", "St. Anthony's Hospital", "Winnie Palmer Hospital"])
    }

    /// A name's opening words cut to their initials (`UC Medical Center` for `University of
    /// Cincinnati Medical Center`) are cut at most until five letters: a name of thousands of
    /// words gives a few forms, not one a word.
    @Test func initialledFormsStopAtFiveLetters() {
        #expect(HospitalDirectory.initialledForms(of: "university of cincinnati medical center")
                == ["uc medical center", "ucm center"])
        // `nn` to `nnnnn`, each cut before and after its `and`.
        let long = (0..<5_000).map { "name\($0)" }.joined(separator: " and ") + " hospital"
        #expect(HospitalDirectory.initialledForms(of: long).map { $0.prefix { $0 != " " } }
                == ["nn", "nn", "nnn", "nnn", "nnnn", "nnnn", "nnnnn", "nnnnn"])
    }

    /// `at Nepean and Blacktown hospitals`, `at Liverpool, Campbelltown and Bankstown-Lidcombe
    /// hospitals`: after `at`, where someone is, one-word names sharing the keyword are
    /// hospitals; after `in` they are places (`in London and Manchester hospitals`), and
    /// peoples' adjectives name none (`at Scottish and Welsh hospitals`).
    @Test func oneWordNamesSharingAKeywordAfterAt() {
        #expect(names("Patients at Nepean and Blacktown hospitals were asked to bring their medications.")
                == ["Blacktown Hospital", "Nepean Hospital"])
        #expect(names("Emergency departments at Liverpool, Campbelltown and Bankstown-Lidcombe hospitals were short-staffed.")
                == ["Bankstown-Lidcombe Hospital", "Campbelltown Hospital", "Liverpool Hospital"])
        #expect(names("Beds in London and Manchester hospitals are full.").isEmpty)
        #expect(names("Queues at Scottish and Welsh hospitals grew.").isEmpty)
    }

    /// `treated at six London hospitals: St Mary’s, Chelsea and Westminster, …, St Thomas’ and
    /// Charing Cross.`: each name of the list is a hospital; an `and` inside an earlier name is
    /// the name's, the last `and` the list's.
    @Test func aListAfterHospitals() {
        let blog = parse("""
            9.00am
            NHS England said 74 patients had been treated at six London hospitals: St Mary’s, Chelsea and Westminster, King’s College Hospital, the Royal Free, St Thomas’ and Charing Cross.

            8.00am
            Staff at St Mary’s gave blood.
            """)
        #expect(blog.hospitals.map(\.name).sorted()
                == ["Charing Cross", "Chelsea and Westminster", "King’s College Hospital", "Royal Free", "St Mary’s", "St Thomas’"])
        #expect(blog.posts[0].hospitals.count == 6)
        #expect(blog.posts[1].hospitals == ["St Mary’s"])
    }

    /// `the London Clinic, a private hospital in Marylebone`, `Kenyatta, the country’s largest
    /// hospital`: a name in apposition with `hospital` is one; a person's apposition is not
    /// (`a doctor at the hospital`, `a hospital porter`).
    @Test func aNameInAppositionWithHospital() {
        #expect(names("The princess is recovering at the London Clinic, a private hospital in Marylebone.") == ["London Clinic"])
        #expect(names("The injured went to Kenyatta, the country’s largest hospital, by road.") == ["Kenyatta"])
        #expect(names("Doctors at Kenyatta, the country’s largest hospital, said so.") == ["Kenyatta"])
        #expect(names("Jane Smith, a doctor at the hospital, said so. Tom Jones, a hospital porter, agreed.").isEmpty)
        #expect(names("In Gaza, the hospital in the north was hit. In Khan Younis, a hospital was shelled.").isEmpty)
    }

    /// `Liverpool’s Royal Liverpool University hospital`: the place's possessive is no word
    /// of the name; `King’s College Hospital` keeps its own. `Southport and Formby district
    /// general hospital` has two descriptors.
    @Test func aPlacesPossessiveAndTwoDescriptors() {
        let blog = parse("""
            9.00am
            Liverpool’s Royal Liverpool University hospital and Southport and Formby district general hospital have received patients. Staff at King’s College Hospital were told.

            8.00am
            Staff at the Royal Liverpool were praised. A nurse at Southport and Formby said so.
            """)
        #expect(blog.hospitals.map(\.name).sorted()
                == ["King’s College Hospital", "Royal Liverpool University Hospital", "Southport and Formby District General Hospital"])
        #expect(blog.posts[1].hospitals.sorted() == ["Royal Liverpool University Hospital", "Southport and Formby District General Hospital"])
    }

    /// `taken to hospitals across Sydney: St Vincent's, Prince of Wales, …`: the colon may
    /// close where the hospitals are, too.
    @Test func aListAfterWhereTheHospitalsAre() {
        #expect(names("Eight people were taken to hospitals across Sydney: St Vincent's, Prince of Wales, Royal North Shore and Royal Prince Alfred.")
                == ["Prince of Wales", "Royal North Shore", "Royal Prince Alfred", "St Vincent's"])
        #expect(names("Doctors at hospitals across Sydney said: Prince Harry and Meghan Markle.").isEmpty)
    }

    /// `Guy’s and St Thomas’` is the famous pair's name; followed by `NHS Foundation Trust`
    /// it is the trust's.
    @Test func guysAndStThomas() {
        #expect(names("Dr Sarah Clarke, a consultant at Guy’s and St Thomas’, said A&E was full.") == ["Guy’s and St Thomas’"])
        #expect(names("A source at Guy’s and St Thomas’ NHS Foundation Trust said so.").isEmpty)
    }

    /// What follows `hospitals:` is a list of names only when the whole sentence is one.
    @Test func noListWhereTheColonOpensASentence() {
        #expect(names("Figures for the worst-hit hospitals: Lewisham had 40 patients waiting, Bath 30.").isEmpty)
        #expect(names("The hospitals: a view from the picket line.").isEmpty)
        #expect(names("Two hospitals: Lewisham.").isEmpty)
    }

    /// `chief executive of Montefiore`, `a spokesman for the Charité`: a lone word the blog
    /// knows as a hospital's short name is that hospital after what a hospital has.
    @Test func aShortNameAfterWhatAHospitalHas() {
        let blog = parse("""
            9.00am
            Nurses walked out at Montefiore Medical Center in the Bronx. The Charité hospital said it was full.

            8.00am
            Dr Philip Ozuah, chief executive of Montefiore, said the demands would cost $1bn. A spokesman for the Charité said staff had been called in.

            7.00am
            Montefiore said nothing. Charité was quiet.
            """)
        #expect(blog.posts[1].hospitals.sorted() == ["Charité Hospital", "Montefiore Medical Center"])
        #expect(blog.posts[2].hospitals.isEmpty)
        // A place the blog puts things in may be a borough's: `the chief executive of Lewisham`.
        let borough = parse("""
            9.00am
            Strikers at Lewisham hospital sold cake. Protests in Lewisham went on.

            8.00am
            The chief executive of Lewisham said so.
            """)
        #expect(borough.posts[1].hospitals.isEmpty)
    }
}

extension HospitalListsAndPlacesTests {
    /// An owner's or a place's possessive before a name with a word of its own is no word of
    /// it (`Gaza’s al-Shifa hospital`, `Kaiser's Oakland Medical Center`), so the hospital is
    /// one with its name written plain; a name's own possessive stays (`King’s College
    /// Hospital`, `Guy’s Hospital`, `Children’s Mercy Hospital`).
    @Test func anOwnersPossessiveBeforeAName() {
        let blog = LiveBlogParser.parse("""
            H

            10:00
            Staff at Gaza’s al-Shifa hospital were told. Workers marched outside Kaiser's Oakland Medical Center.

            09:00
            Al-Shifa hospital was surrounded. Oakland Medical Center stayed open. Doctors at King’s College Hospital, Guy’s Hospital
            and Children’s Mercy Hospital struck.
            """)
        #expect(Set(blog.hospitals.map { $0.name.lowercased() }) == ["al-shifa hospital", "oakland medical center", "king’s college hospital",
                                                                    "guy’s hospital", "children’s mercy hospital"])
        #expect(blog.hospitals.first { $0.name.lowercased() == "al-shifa hospital" }?.posts.count == 2)
        #expect(blog.hospitals.first { $0.name == "Oakland Medical Center" }?.posts.count == 2)
    }

    /// `Nurses at Whipps Cross, the Royal London and Newham joined the strike`: after `at` a
    /// list of places goes on, and the name before its comma is no person with a role; one with
    /// an age is (`at Jane Hill, 45, a nurse,` reads as a person).
    @Test func aListOfPlacesAfterAtIsNoPerson() {
        let blog = LiveBlogParser.parse("""
            Strike live

            9.00am GMT
            Nurses at Whipps Cross, the Royal London and Newham joined the strike. Crowds in Hyde Park, the capital's largest park, grew.

            8.00am GMT
            A message from Jane Smith, the trust's chief executive, said the wards were full.
            """)
        #expect(blog.people.map(\.name) == ["Jane Smith"])
        #expect(blog.person(named: "Jane Smith")?.role == "trust's chief executive")
    }

    /// `Asheville hospital` (a title) above `Mission Hospital in Asheville`, `Jersey hospital`
    /// above `Jersey General Hospital`: a town the blog puts things in, and a lowercase keyword,
    /// is the one hospital the blog names there, shown by its own name; with two there, neither.
    @Test func aTownsHospitalIsTheOneHospitalThere() {
        let blog = LiveBlogParser.parse("""
            Storms live
            Red warning in Jersey

            6:12 p.m. ET
            Asheville hospital running on backup water
            Mission Hospital in Asheville said it was trucking in water.

            5:40 p.m. ET
            Jersey hospital on emergency power
            Jersey General Hospital was running on generators.

            5:10 p.m. ET
            Kyiv hospital hit
            Okhmatdyt children’s hospital in Kyiv was hit, and so was Kyiv City Clinical Hospital.
            """)
        let names = blog.hospitals.map { "\($0.name): \($0.aliases.joined(separator: ", "))" }.sorted()
        #expect(names == [
            "Jersey General Hospital: Jersey hospital, Jersey General Hospital",
            "Kyiv City Clinical Hospital: Kyiv City Clinical Hospital",
            "Kyiv Hospital: Kyiv hospital",
            "Mission Hospital: Asheville hospital, Mission Hospital",
            "Okhmatdyt Children’s Hospital: Okhmatdyt children’s hospital",
        ])
    }

    /// A list's lines that give a hospital's place after a comma (`• Royal Sussex County
    /// Hospital, Brighton`) place it there, and so does a sentence that ends with one; a name in
    /// apposition (`A nurse at Addington Hospital, Thandeka Zulu, said`), a list's next item or
    /// a body's name is no place.
    @Test func aPlaceAfterACommaThatEndsTheLine() {
        let blog = LiveBlogParser.parse("""
            Critical incidents live

            10.30am
            These hospitals have declared critical incidents:
            • Royal Sussex County Hospital, Brighton
            - Princess Royal Hospital, Telford
            Patients were moved to Queen Alexandra Hospital, Portsmouth.
            A nurse at Addington Hospital, Thandeka Zulu, said it was full. Staff at King's College Hospital, Lewisham and Greenwich walked out.
            St Mary's Hospital, Imperial College Healthcare NHS Trust said so.
            """)
        let places = Dictionary(uniqueKeysWithValues: blog.hospitals.map { ($0.name, $0.location ?? "-") })
        #expect(places == ["Royal Sussex County Hospital": "Brighton", "Princess Royal Hospital": "Telford",
                           "Queen Alexandra Hospital": "Portsmouth", "Addington Hospital": "-", "King's College Hospital": "-",
                           "St Mary's Hospital": "-"])
    }
}
