import Testing
import TestSupport
@testable import LiveBlogKit

@Suite struct HospitalTests {
    let blog = LiveBlogParser.parse(Fixtures.nursesStrike)

    private func hospital(_ name: String) -> Hospital? { blog.hospital(named: name) }
    private func hospitals(at time: String) -> [String] { Fixtures.post(blog, time: time)?.hospitals ?? [] }

    @Test func oneEntryPerRealHospital() {
        #expect(Set(blog.hospitals.map(\.name)) == [
            "Addenbrooke’s Hospital", "Leeds General Infirmary", "Whittington Hospital",
            "Great Ormond Street Hospital for Children", "Hospital for Tropical Diseases",
            "St George’s Hospital", "St Thomas’ Hospital",
        ])
    }

    @Test func initialismDefinedByAFullNameElsewhere() {
        #expect(hospital("Leeds General Infirmary")?.initialisms == ["LGI"])
        #expect(hospitals(at: "3.40pm BST").contains("Leeds General Infirmary"))
        #expect(hospital("Great Ormond Street Hospital for Children")?.initialisms == ["GOSH"])
    }

    @Test(arguments: ["Hospital's", "Hospital’s"])
    func aKeywordsPossessiveEndsTheName(possessive: String) {
        let blog = LiveBlogParser.parse("Head\n\n9.00am BST\nPickets stood at Lewisham \(possessive) main gate.\n")
        #expect(blog.hospitals.map(\.name) == ["Lewisham Hospital"])
        #expect(blog.posts.first?.hospitals == ["Lewisham Hospital"])
    }

    /// `Medical Center` ends a hospital's name as `Hospital` does; `Center` alone, or a name of
    /// general words, does not.
    @Test func aMedicalCentreIsAHospital() {
        let blog = LiveBlogParser.parse("""
            H

            9.00am EDT
            Victims were taken to Vanderbilt University Medical Center. The Kennedy Center closed. A Medical Center spokesman said no.
            She went to Queen’s Medical Centre in Nottingham, then Sunrise Hospital and Medical Center.

            8.00am EDT
            A surgeon at VUMC said it was busy.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Queen’s Medical Centre", "Sunrise Hospital and Medical Center", "Vanderbilt University Medical Center"])
        #expect(blog.hospital(named: "Vanderbilt University Medical Center")?.initialisms == ["VUMC"])
        #expect(blog.posts.last?.hospitals == ["Vanderbilt University Medical Center"])
    }

    /// `medical complex` ends a hospital's name as `hospital` does, in any case, and the two
    /// names one place goes by are one hospital (`Nasser medical complex`, `Nasser hospital`);
    /// `complex` alone, or `medical complex` with no name, is none.
    @Test func aMedicalComplexIsAHospital() {
        let blog = LiveBlogParser.parse("""
            H

            9.00am
            MSF said its teams at Nasser medical complex in Khan Younis treated 40 people.
            Patients were moved from al-Shifa Medical Complex overnight.

            8.00am
            Staff at Nasser hospital said they had no fuel. The Olympic complex was empty. The medical complex was hit.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Nasser Hospital", "al-Shifa Medical Complex"])
        #expect(blog.hospital(named: "Nasser Hospital")?.aliases.sorted() == ["Nasser hospital", "Nasser medical complex"])
        #expect(blog.hospital(named: "Nasser Hospital")?.location == "Khan Younis")
        #expect(blog.posts.map(\.hospitals) == [["Nasser Hospital", "al-Shifa Medical Complex"], ["Nasser Hospital"]])
    }

    /// A name the Arabic article opens in lowercase is a name (`al-Shifa hospital`), shown as
    /// written, and its opening words after `at` refer to it (`at al-Ahli`).
    @Test func aNameOpenedByTheArabicArticle() {
        let blog = LiveBlogParser.parse("""
            H

            10.42 GMT
            WHO chief Tedros Adhanom Ghebreyesus said al-Shifa hospital in Gaza City was not functioning.

            10.05 GMT
            Doctors at al-Ahli Arab hospital received dozens of wounded. Dr Ghassan Abu Sittah, a surgeon working at al-Ahli, agreed.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["al-Ahli Arab Hospital", "al-Shifa Hospital"])
        #expect(blog.hospital(named: "al-Shifa Hospital")?.location == "Gaza City")
        #expect(blog.hospital(named: "al-Ahli Arab Hospital")?.aliases.contains("al-Ahli") == true)
        #expect(blog.person(named: "Ghassan Abu Sittah")?.hospital == "al-Ahli Arab Hospital")
    }

    @Test func aliasesDifferingInApostrophesAndLocationMerge() {
        let georges = hospital("St George’s Hospital")
        #expect(georges?.aliases == ["St George’s hospital", "St Georges Hospital", "St George's"])
        #expect(georges?.location == "Tooting")
    }

    @Test func nameAloneOnceTheFullNameIsKnown() {
        #expect(hospitals(at: "2.30pm BST") == ["Addenbrooke’s Hospital", "Whittington Hospital"])
        #expect(hospital("Great Ormond Street Hospital for Children")?.aliases.contains("Great Ormond Street") == true)
    }

    @Test func hospitalForSpecialty() {
        #expect(hospitals(at: "2.00pm BST") == ["Hospital for Tropical Diseases"])
    }

    /// `of <Place>` ends a name with a name before its keyword; `of` and a common word does not.
    @Test func aPlaceAfterOfEndsTheName() {
        let blog = LiveBlogParser.parse("Head\n\n9.00am BST\nPatients at the University Hospital of Wales in Cardiff waited. "
            + "Lewisham Hospital of the future will be smaller. The University Hospital of Wales’s staff agreed.\n")
        #expect(Set(blog.hospitals.map(\.name)) == ["University Hospital of Wales", "Lewisham Hospital"])
        #expect(blog.hospitals.first { $0.name == "University Hospital of Wales" }?.location == "Cardiff")
    }

    /// An initialism defined in brackets after a name stands for it, spelt out or not; one that
    /// starts with another letter (`(NHS)`) says something else.
    @Test func anInitialismDefinedInBracketsStandsForTheName() {
        let blog = LiveBlogParser.parse("""
            Head

            3.30pm BST
            The QEHB said it was unaffected. Lewisham Hospital (NHS) agreed, as the NHS did.

            3.20pm BST
            Staff at Queen Elizabeth Hospital Birmingham (QEHB) said they were busy.
            """)
        let queen = blog.hospitals.first { $0.name == "Queen Elizabeth Hospital" }
        #expect(queen?.initialisms == ["QEHB"])
        #expect(blog.posts.first?.hospitals.contains("Queen Elizabeth Hospital") == true)
        #expect(blog.hospitals.first { $0.name == "Lewisham Hospital" }?.initialisms == [])
    }

    /// Two names joined by `and`, each with its keyword, are two hospitals; general words are a
    /// name when a place after `of` ends it.
    @Test func twoNamesJoinedAndAGeneralNameWithAPlace() {
        let blog = LiveBlogParser.parse("Head\n\n1:00pm ET\nNewYork-Presbyterian Hospital and Massachusetts General Hospital were ready. "
            + "Children’s Hospital of Philadelphia offered beds; a children’s hospital nearby did not.\n")
        #expect(Set(blog.hospitals.map(\.name)) == ["NewYork-Presbyterian Hospital", "Massachusetts General Hospital", "Children’s Hospital of Philadelphia"])
    }

    @Test func possessiveApostropheAfterS() {
        #expect(hospitals(at: "2.10pm BST").contains("St Thomas’ Hospital"))
    }

    @Test func noFalseHospitals() {
        // hospitals up and down the country, the hospital press office, a local hospital,
        // a PhD at UCL, a food bank, a medical school.
        #expect(hospitals(at: "1.45pm BST") == [])
    }

    @Test func workplaceOfAMedicalWorker() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nAmy Ng, a psychiatry registrar at Bethlem, said she was striking. Later she flew in from Bath.")
        #expect(blog.hospitals.map(\.name) == ["Bethlem"])
        let notPlace = LiveBlogParser.parse("H\n\n9.00am BST\nA nurse at Bath said so.\n\n8.00am BST\nWe are in Bath today.")
        #expect(notPlace.hospitals.isEmpty, "a place the blog puts things in is not a workplace hospital")
    }

    @Test func nearVariantSharingAnInitialismTheBlogUses() {
        let blog = LiveBlogParser.parse("""
            H

            10.00am BST
            Pickets at Royal Victory hospital are growing, say staff at the RVH in Hull.

            9.00am BST
            We are at the Royal Victoria hospital in Hull.
            """)
        #expect(blog.hospitals.map(\.name) == ["Royal Victoria Hospital"])
        #expect(blog.hospitals.first?.posts.count == 2)
    }

    @Test(arguments: [
        ("kings", "King’s College Hospital"), ("King's College", "King’s College Hospital"),
        ("KINGS COLLEGE HOSPITAL", "King’s College Hospital"), ("st marys", "St Mary’s Hospital"),
        ("St Mary’s in Paddington", "St Mary’s Hospital"), ("RUH", "Royal United Hospital"),
        ("ruh", "Royal United Hospital"), ("lewisham", "Lewisham Hospital"), ("maud", "Maudsley"),
        ("university college", "University College Hospital"), ("neurology", "National Hospital for Neurology"),
    ])
    func queryByAnyName(query: String, expected: String) {
        let result = HospitalQuery.match(query, in: Fixtures.seed.hospitals)
        #expect((try? result.get())?.name == expected)
    }

    @Test func queriesThatMatchNoneOrSeveral() {
        let hospitals = Fixtures.seed.hospitals
        guard case .failure(.noMatch) = HospitalQuery.match("ucl", in: hospitals) else {
            Issue.record("ucl is not a hospital in the seed")
            return
        }
        guard case .failure(.ambiguous(_, let candidates, _)) = HospitalQuery.match("royal", in: hospitals) else {
            Issue.record("royal names two hospitals")
            return
        }
        #expect(candidates.count == 2)
    }
}

extension HospitalTests {
    @Test(arguments: 0..<20)
    func asciiNormalFormIsTheGeneralOne(seed: Int) {
        var random = SplitMix(state: UInt64(seed) &+ 41)
        let pieces = ["The", "the", "King’s", "Kings", "St.", "Saint", "saint", "Thomas'", "Hospital", "hospital", "Infirmary",
                      "Royal", "United", "for", "Children", "NHS", "5", "2nd", " ", "  ", "-", ",", "`", "‘", "’", ".", "&", "(",
                      "Zoë", "é", "–", "\t", "Guy’s", "and", "HOSPITAL", "a", "théâtre", "medical", "Medical", "complex", "Complex",
                      " medical complex", "Hopital", "Hôpital", "klinikum", "Ospedale"]
        for _ in 0..<100 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            var contiguous = text
            let fast = contiguous.withUTF8 { HospitalName.asciiNormalized($0) }
            if let fast { #expect(fast == HospitalName.generalNormalized(text), "\(text)") }
            #expect(HospitalName.normalize(text) == HospitalName.generalNormalized(text), "\(text)")
            #expect(contiguous.withUTF8 { HospitalName.normalFirstWord($0) } == WordKey(HospitalName.generalNormalized(text).prefix { $0 != " " }),
                    "\(text)")
        }
    }

    @Test(arguments: ["the", "THE", "Saint", "saint", "St", "Kings", "RUH", "2nd", "", "Hospital", "The Saint Mary’s", "the the",
                      "The", "The Zoë", "King’s College", "NHS-trained", "‘Guy’s", ".St. Thomas’", "A&E",
                      "Hopital", "Hopital Saint-Louis", "The Klinikum Stuttgart", "Hôpital Saint-Antoine", "The Hôpital", "Hôpital Hospital"])
    func firstWordsKeyIsTheKeyOfItsNormalFormsFirstWord(text: String) {
        var contiguous = text
        #expect(contiguous.withUTF8 { HospitalName.normalFirstWord($0) } == WordKey(HospitalName.generalNormalized(text).prefix { $0 != " " }))
    }
}
