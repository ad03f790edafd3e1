import Testing
@testable import LiveBlogKit

/// Shapes of an earthquake page, a mass-shooting page, an NHS winter-crisis page and a train
/// crash page: a job no list holds between `said` and a name after a quote, a hospital's short
/// name beside its name of a place, a trust written with a lowercase `trust`, a description that
/// holds a number, a hospital named after a doctor, a role two people share, a joint statement, and a hospital's one word that speaks after `the`.
@Suite struct DisasterAndCrisisBlogsTests {
    /// `“It is a miracle,” said rescuer Ahmet Demir`: after a quote the words between the verb
    /// and the name are the speaker's role, whatever the job.
    @Test func aJobBetweenTheVerbAndTheNameAfterAQuoteIsTheRole() {
        let blog = LiveBlogParser.parse("""
            Earthquake live

            13:40
            A girl was pulled alive from the rubble in Antakya.
            “It is a miracle,” said rescuer Ahmet Demir. “We heard her voice this morning.”
            “We are exhausted”, added retired miner Hasan Kaya.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Ahmet Demir", "Ahmet Demir", "Hasan Kaya"])
        #expect(blog.people.first { $0.name == "Ahmet Demir" }?.role == "rescuer")
        #expect(blog.people.first { $0.name == "Hasan Kaya" }?.role == "retired miner")
    }

    /// Without a quote before the verb, the words may say what the name is, not who spoke; and
    /// who heard it (`told`), or when it was said, is no role.
    @Test func wordsAfterAVerbWithNoQuoteBeforeItAreNoRole() {
        let blog = LiveBlogParser.parse("""
            Borders live

            10:00
            The Home Office said extra Border Force officers would be sent to Dover.
            “We are ready,” told reporters Ahmet Demir.
            “It is calm,” said yesterday Hasan Kaya.
            """)
        #expect(!blog.people.contains { $0.name == "Border Force" })
        #expect(blog.people.allSatisfy { $0.role == nil })
    }

    /// `University Medical Center` and `University Medical Center of Southern Nevada` are one
    /// hospital; two names of places a short name opens leave it apart from both.
    @Test func aShortNameIsTheOneNameOfAPlaceItOpens() {
        let blog = LiveBlogParser.parse("""
            Las Vegas shooting: live updates

            3:45 p.m. ET
            University Medical Center treated 104 patients
            University Medical Center of Southern Nevada, the region's only level 1 trauma center, treated 104 patients.
            "Our staff worked through the night," said Dr. Jay Coates, the trauma medical director at UMC.
            """)
        let umc = blog.hospitals.filter { $0.name.hasPrefix("University Medical Center") }
        #expect(umc.count == 1)
        #expect(Set(umc.first?.aliases ?? []) == ["University Medical Center", "University Medical Center of Southern Nevada"])

        let scotland = LiveBlogParser.parse("""
            Winter live

            10:00
            Patients waited for hours at the Royal Infirmary of Edinburgh and the Royal Infirmary of Glasgow.

            9:00
            Corridors at the Royal Infirmary were full.
            """)
        #expect(scotland.hospitals.count == 3)
    }

    /// `The Alfred said`: a lone word between `the` and a speech verb that a hospital's name is
    /// (`Alfred Hospital`) is that hospital; a place does not speak (`The Valley was quiet`,
    /// with `Valley Hospital` named).
    @Test func aLoneWordThatSpeaksAfterTheIsTheHospitalItNames() {
        let blog = LiveBlogParser.parse("""
            Bushfires live

            4.10pm AEDT
            A firefighter was flown to the Alfred hospital in Melbourne. Two went to Valley Hospital.

            2.00pm AEDT
            The Alfred said it had treated two patients.

            1.00pm AEDT
            Fires are burning in the Valley. The Valley was quiet by night.
            """)
        #expect(blog.posts.map(\.hospitals) == [["Alfred Hospital", "Valley Hospital"], ["Alfred Hospital"], []])
    }

    /// `Portsmouth Hospitals University NHS trust said it was “extremely busy”`: a body whose
    /// own noun is written in lower case; `A paramedic with 20 years’ experience, who asked not
    /// to be named, said:` is described with its number and apostrophe.
    @Test func aLowercaseTrustAndANumberInADescription() {
        let blog = LiveBlogParser.parse("""
            NHS winter crisis live

            18:30
            A paramedic with 20 years' experience, who asked not to be named, said: "I have never seen it this bad."
            Portsmouth Hospitals University NHS trust said it was "extremely busy".
            West Midlands police said the roads were "treacherous".
            Officials said the queues were "unprecedented".
            """)
        #expect(blog.posts[0].quotes.map(\.attribution) == [
            "a paramedic with 20 years' experience", "Portsmouth Hospitals University NHS trust", "West Midlands police", nil,
        ])
    }

    /// A doctor's title opens the name of a hospital named after a doctor (`Dr Gray's Hospital`,
    /// `Dr. Ram Manohar Lohia Hospital`), written with the keyword's capital; before a lowercase
    /// keyword it may be where the doctor works, and stays out.
    @Test func aDoctorsTitleOpensTheNameOfAHospitalNamedAfterADoctor() {
        let blog = LiveBlogParser.parse("""
            Train derailment live

            18:20
            Patients went to Dr Gray's Hospital in Elgin and to Dr. Ram Manohar Lohia Hospital.
            Another was seen at Dr Patel's hospital.
            """)
        let names = Set(blog.hospitals.map(\.name))
        #expect(names.contains("Dr Gray's Hospital"))
        #expect(names.contains("Dr. Ram Manohar Lohia Hospital"))
        #expect(!names.contains { $0.hasPrefix("Dr Patel") })
    }

    /// A role two people share, written once in the plural: before both names (`Junior doctors
    /// Amy Cole and Ben Hart`, `Labour MPs Jess Phillips and Rosie Duffield`) or after them in
    /// apposition (`Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of …,`), is each one's,
    /// its title in the singular.
    @Test func aPluralRoleIsEachOfTwoNamesRole() {
        let blog = LiveBlogParser.parse("""
            Junior doctors' strike live

            11:20
            Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the BMA junior doctors committee, said: "We will talk."
            Junior doctors Amy Cole and Ben Hart told her they had not taken the decision lightly.
            Labour MPs Jess Phillips and Rosie Duffield said they would vote against. The coaches Tom Hale and Sam Ryder agreed.
            John Ward and Jane Doe, both nurses at the Royal Free, were hurt.
            """)
        let roles = Dictionary(uniqueKeysWithValues: blog.people.map { ($0.name, $0.role ?? "-") })
        #expect(roles == [
            "Robert Laurenson": "co-chair of the BMA junior doctors committee", "Vivek Trivedi": "co-chair of the BMA junior doctors committee",
            "Amy Cole": "junior doctor", "Ben Hart": "junior doctor", "Jess Phillips": "Labour MP", "Rosie Duffield": "Labour MP",
            "Tom Hale": "coach", "Sam Ryder": "coach", "John Ward": "nurse", "Jane Doe": "nurse",
        ])
        // Where a shared role is done is no word of it, as with one person's (`a nurse at …`).
        #expect(blog.person(named: "Jane Doe")?.hospital == "Royal Free")
        #expect(PersonEvidence.singularTitle(at: 0, in: TokenizedParagraph("secretaries")) == "secretary")
        #expect(PersonEvidence.singularTitle(at: 0, in: TokenizedParagraph("activists")) == "activist")
        #expect(PersonEvidence.singularTitle(at: 0, in: TokenizedParagraph("cities")) == nil)
        #expect(PersonEvidence.singularTitle(at: 0, in: TokenizedParagraph("boss")) == nil)
    }

    /// A joint statement's signers are all its speakers, the first named as the speaker and the
    /// others after (`Dr X and Dr Y, co-chairs of …, said:`, `X, the chief executive of …, and
    /// Z, …, said in a joint statement:`, `“…,” said X and Y`, a list ended by `and`); not a
    /// list a comma alone joins, nor names in an aside or after the verb.
    @Test func aJointStatementHasEverySignerAsASpeaker() {
        let blog = LiveBlogParser.parse("""
            Junior doctors' strike live

            11:20
            Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the BMA junior doctors committee, said: "We will talk."
            Sir Julian Hartley, the chief executive of NHS Providers, and Matthew Taylor, the chief executive of the NHS Confederation, said in a joint statement: "Patients will bear the brunt."
            "We are united," said Jane Smith and Tom Brown.
            "Enough," Jane Smith, Tom Brown and Amy Lee said in a joint statement.
            Jane Smith, who met Tom Brown and Amy Lee, said: "Fine."
            Jane Smith told Tom Brown: "Hello."
            """)
        let quotes = blog.posts[0].quotes
        #expect(quotes.map(\.speaker) == ["Robert Laurenson", "Julian Hartley", "Jane Smith", "Jane Smith", "Jane Smith", "Jane Smith"])
        #expect(quotes.map(\.coSpeakers) == [["Vivek Trivedi"], ["Matthew Taylor"], ["Tom Brown"], ["Tom Brown", "Amy Lee"], [], []])
        #expect(TextTimeline.speakerLine(quotes[3], people: [:]) == "Jane Smith, Tom Brown and Amy Lee")
        let export = ExportDocument(blog: blog)
        #expect(export.posts[0].quotes.map(\.coSpeakers) == [["Vivek Trivedi"], ["Matthew Taylor"], ["Tom Brown"], ["Tom Brown", "Amy Lee"], nil, nil])
    }
}
