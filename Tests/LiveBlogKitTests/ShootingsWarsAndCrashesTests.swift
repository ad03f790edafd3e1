import Testing
@testable import LiveBlogKit

/// Shapes of a mass-shooting page, a war page, a train-crash page and a football final: a
/// clause before a sentence's subject that names someone else, an office called by its last
/// words, armed groups named like people, a participle in a job, a name after `The`, a visit
/// to the injured, a surname that speaks after a possessive full name, pundits on air, an
/// office that opens a paragraph, an age before a relative's title, and bodies named in
/// other languages.
@Suite struct ShootingsWarsAndCrashesTests {
    static let shooting = LiveBlogParser.parse("""
        Las Vegas shooting: at least 58 killed at country music festival

        5.40pm

        Sheriff: ‘We have no idea what his belief system was’

        Joseph Lombardo, the Clark County sheriff, told a press conference that the suspect had 23 guns.

        Stephen Paddock, 64, was named as the gunman.

        Asked whether Paddock had acted alone, the sheriff said: “We believe so.”

        After meeting Stephen Paddock’s brother, Lombardo said: “He was shocked.”

        In a statement, Mid and South Essex NHS Foundation Trust said: “All patients have been moved safely.”
        """)

    /// `Asked whether Paddock had acted alone, the sheriff said:`: whom the clause before the
    /// subject names did not speak. `the sheriff` is the one person whose role ends so (`Clark
    /// County sheriff`), and a body after an opening clause keeps its capitals.
    @Test func aClauseBeforeTheSubjectNamesNoSpeaker() {
        let quotes = Self.shooting.posts[0].quotes
        #expect(quotes.map(\.speaker) == ["Joseph Lombardo", "Joseph Lombardo", nil])
        #expect(quotes.last?.attribution == "Mid and South Essex NHS Foundation Trust")
        #expect(RolePhrases.forms(of: "Clark County sheriff").contains("sheriff"))
        #expect(RolePhrases.forms(of: "Israel Defense Forces spokesperson").contains("spokesperson"))
        #expect(!RolePhrases.forms(of: "Shadow Health Secretary").contains("secretary"))
        // A place ending in `-ing` opens a list, not a clause.
        let barking = LiveBlogParser.parse("H\n\n9.00am\nBarking, Havering and Redbridge University Hospitals NHS trust said: “Stay away.”")
        #expect(barking.posts.first?.quotes.first?.attribution == "Barking, Havering and Redbridge University Hospitals NHS trust")
    }

    static let war = LiveBlogParser.parse("""
        Israel-Gaza war live

        22.15 BST

        Doctors at al-Shifa describe overwhelming scenes

        Dr Ghassan Abu Sitta, a British-Palestinian surgeon working at al-Shifa hospital, said wounded people were being brought in.

        “Intelligence indicates that Islamic Jihad is responsible for the failed rocket launch,” Daniel Hagari said.

        Palestinian Islamic Jihad has denied it. The Rapid Support Forces said they had withdrawn.
        """)

    /// `a surgeon working at al-Shifa hospital`: the participle is not the job's; and armed
    /// groups (`Islamic Jihad`, `Rapid Support Forces`) are no one, though they are written
    /// doing what people do.
    @Test func armedGroupsAreNoOneAndAJobDropsItsParticiple() {
        #expect(Self.war.people.map(\.name) == ["Ghassan Abu Sitta", "Daniel Hagari"])
        #expect(Self.war.person(named: "Ghassan Abu Sitta")?.role == "British-Palestinian surgeon")
        #expect(Self.war.person(named: "Ghassan Abu Sitta")?.hospital == "al-Shifa Hospital")
    }

    static let crash = LiveBlogParser.parse("""
        Odisha train crash: death toll rises to 288

        4.30pm IST

        Modi visits the injured

        Narendra Modi met the injured at the Fakir Mohan Medical College and Hospital in Balasore.

        The All India Institute of Medical Sciences in Bhubaneswar sent a team of doctors.

        Volunteers gave blood at the All Saints hospital in Soro.
        """)

    /// A capital between `The` and a name is the name's (`The All India Institute of Medical
    /// Sciences`, `the All Saints hospital`), and a visit to the injured is no workplace.
    @Test func aNameAfterTheKeepsItsFirstWordAndAVisitIsNoWorkplace() {
        #expect(Self.crash.hospitals.map(\.name).sorted() == [
            "All India Institute of Medical Sciences", "All Saints Hospital", "Fakir Mohan Medical College and Hospital",
        ])
        #expect(Self.crash.person(named: "Narendra Modi")?.hospital == nil)
    }

    static let final = LiveBlogParser.parse("""
        Real Madrid 2-0 Dortmund: Champions League final – live

        22.01 BST

        Full-time: Real Madrid 2-0 Borussia Dortmund

        Carlo Ancelotti’s side weathered a first-half storm.

        “This club never gives up,” Ancelotti told BT Sport.

        21.44 BST

        Gary Lineker on the BBC: “Of course it’s Real Madrid.”

        Rio Ferdinand on TNT Sports: “Kroos has run this game.”

        Labour on the NHS: “We will fix it.”
        """)

    /// A surname that speaks makes the full name written with a possessive a person's
    /// (`Carlo Ancelotti’s side`, then `Ancelotti told`), and a pundit heard on a broadcaster
    /// speaks (`Gary Lineker on the BBC: “…”`).
    @Test func aSurnameAfterAPossessiveNameAndPunditsOnAirSpeak() {
        #expect(Self.final.posts[0].quotes.map(\.speaker) == ["Carlo Ancelotti"])
        #expect(Self.final.posts[1].quotes.map(\.speaker) == ["Gary Lineker", "Rio Ferdinand", nil])
        #expect(Self.final.people.map(\.name).sorted() == ["Carlo Ancelotti", "Gary Lineker", "Rio Ferdinand"])
    }

    static let bushfire = LiveBlogParser.parse("""
        Australia bushfires live

        2.20pm AEDT

        Morrison heckled in Cobargo

        A young mother, Zoey Salucci-McDermott, said she had refused to shake the prime minister’s hand.

        The prime minister said later that he understood people’s anger. “People are feeling very raw,” he said.

        1.55pm AEDT

        Families wait for news

        Angel Garza, whose 10-year-old daughter Amerie Jo Garza was killed, said she had been a hero.
        """)

    /// A paragraph that opens with an office and a speech verb (`The prime minister said later`)
    /// is about that office's holder, whom a `he said` after it means, not the person named
    /// before; a body that opens one (`The Rural Fire Service said`) is never `she`.
    @Test func anOfficeThatOpensAParagraphIsWhomAPronounMeans() {
        #expect(Self.bushfire.posts[0].quotes.map(\.attribution) == ["the prime minister"])
        let body = LiveBlogParser.parse("H\n\n9.00am\nDr Ann Lee, a burns surgeon, spoke first.\n\nThe Rural Fire Service said it was stretched. “We are doing all we can,” she said.")
        #expect(body.posts.first?.quotes.map(\.speaker) == ["Ann Lee"])
    }

    /// `whose 10-year-old daughter Amerie Jo Garza`: the age is hers, and no word of her role.
    @Test func anAgeBeforeARelativesTitleIsTheirs() {
        let daughter = Self.bushfire.person(named: "Amerie Jo Garza")
        #expect(daughter?.age == 10)
        #expect(daughter?.role == "daughter")
    }

    /// `The Instituto Mexicano del Seguro Social said`: a body named in another language is no
    /// one, while `del` still joins a person's name (`Guillermo del Toro`).
    @Test func bodiesNamedInOtherLanguagesAreNoOne() {
        let blog = LiveBlogParser.parse("""
            H

            18:20 CET

            The Instituto Mexicano del Seguro Social said two clinics were damaged. Institut Pasteur said so too.

            Guillermo del Toro said he was moved.
            """)
        #expect(blog.people.map(\.name) == ["Guillermo del Toro"])
    }

    /// Charities and campaigners that speak as people do (`Human Rights Watch said`, `Christian
    /// Aid said`) are bodies, not people; their spokespeople are people.
    @Test func charitiesAreNoPeople() {
        let blog = LiveBlogParser.parse("""
            Gaza live

            10.00 BST
            Human Rights Watch said the strike on al-Ahli hospital was unlawful. Amnesty International said so too.
            Médecins Sans Frontières said its staff were safe, as did Doctors Without Borders. Christian Aid said aid was blocked.
            Islamic Relief said so. World Vision said children were dying. Its spokesperson, Rania Haddad, said: “We are appalled.”
            """)
        #expect(blog.people.map(\.name) == ["Rania Haddad"])
    }
}
