import Testing
@testable import LiveBlogKit

/// Roles and speakers in the shapes of blogs beyond the seed: appositions (`X, its medical
/// director`, `A nurse who was on duty, X, told`), clauses after a name or a quote (`, who
/// works there`, `, which it says`), signed quotes, and where someone works.
@Suite struct AppositionsAndClausesTests {
    /// `A nurse at the Royal Free Hospital, Anna Grey, said`: the role before the name is the
    /// title alone, and where it is held the person's workplace, as `Anna Grey, a nurse at …`
    /// says; a clause that opens the sentence (`Speaking at Downing Street, X said`) gives none.
    @Test func aRoleAtAWorkplaceBeforeTheName() {
        let blog = LiveBlogParser.parse("""
            Strike live

            10.05am
            A nurse at the Royal Free Hospital, Anna Grey, said it was bad. A consultant at Addington, Thandeka Zulu, said: “The ward is full.”

            Speaking at Downing Street, Rishi Sunak said it was bad.
            """)
        let people = Dictionary(uniqueKeysWithValues: blog.people.map { ($0.name, $0) })
        #expect(people["Anna Grey"]?.role == "nurse")
        #expect(people["Anna Grey"]?.hospital == "Royal Free Hospital")
        #expect(people["Thandeka Zulu"]?.role == "consultant")
        #expect(people["Thandeka Zulu"]?.hospital == "Addington")
        #expect(people["Rishi Sunak"]?.role == nil)
    }

    /// `Ulrich Frei, its medical director, said`: the role without `its`, at the hospital the
    /// sentence before was about; `Kenya, its neighbour` makes no one a person.
    @Test func aRoleTheBodyBeforeOwns() {
        let blog = LiveBlogParser.parse("""
            Berlin live

            11.52am GMT
            The Charité hospital, Berlin’s largest, said it was treating 14 of the injured.

            Ulrich Frei, its medical director, said: “We cannot rule out further deaths.”

            11.00am GMT
            Somalia, its neighbour, closed the border.
            """)
        let frei = blog.people.first { $0.name == "Ulrich Frei" }
        #expect(frei?.role == "medical director")
        #expect(frei?.hospital == "Charité Hospital")
        #expect(blog.posts[0].quotes.first?.speaker == "Ulrich Frei")
        #expect(!blog.people.contains { $0.name == "Somalia" })
    }

    /// `A commuter at Clapham Junction, who gave her name only as Priya, said`: the `who` is
    /// the commuter's, not the station's; the quote after is the commuter's words.
    @Test func aWhoClauseAfterAPlaceIsNoPlacesPerson() {
        let blog = LiveBlogParser.parse("""
            Rail strikes live

            5.02pm BST
            A commuter at Clapham Junction, who gave her name only as Priya, said she had spent two hours trying to get to work.

            "It's a nightmare, but I support them," she said.
            """)
        #expect(blog.people.isEmpty)
        #expect(blog.posts[0].quotes.first?.attribution == "a commuter at Clapham Junction")
    }

    /// `A woman who lived on the 17th floor, who gave her name only as Zainab, said: “…”`: the
    /// words are the woman's, her description read whole, numbers and all; not those of the
    /// resident who spoke before her.
    @Test func anUnnamedSpeakerWithANumberInHerDescription() {
        let blog = LiveBlogParser.parse("""
            Grenfell Tower fire live

            3.15pm BST
            Edward Daffarn, a resident, told the BBC: “We have been predicting this for years.”

            A woman who lived on the 17th floor, who gave her name only as Zainab, said: “I heard people screaming.”

            A man who lived on the 4th floor said: “We got out with nothing.”
            """)
        #expect(blog.posts[0].quotes.map { $0.speaker ?? $0.attribution } == [
            "Edward Daffarn", "a woman who lived on the 17th floor", "a man who lived on the 4th floor",
        ])
    }

    /// `A nurse who was on duty, Meghna Rai, told local television:` names her as the speaker;
    /// `Jhansi's district magistrate, Avinash Kumar` is a magistrate.
    @Test func aNameInAppositionThatSpeaks() {
        let blog = LiveBlogParser.parse("""
            Fire live

            09:40 GMT
            Jhansi's district magistrate, Avinash Kumar, said 39 babies had been rescued.

            A nurse who was on duty, Meghna Rai, told local television: "We broke the windows to get the babies out."
            """)
        #expect(blog.posts[0].quotes.first?.speaker == "Meghna Rai")
        #expect(blog.people.first { $0.name == "Avinash Kumar" }?.role == "Jhansi's district magistrate")
    }

    /// `X, 81, from Warwickshire, was the second person to receive the jab at University
    /// Hospital Coventry`: where someone was vaccinated is no workplace.
    @Test func whereSomeoneWasVaccinatedIsNoWorkplace() {
        let blog = LiveBlogParser.parse("""
            Vaccine live

            3.45pm GMT
            William Shakespeare, 81, from Warwickshire, was the second person to receive the jab at University Hospital Coventry.
            """)
        let patient = blog.people.first { $0.name == "William Shakespeare" }
        #expect(patient?.age == 81)
        #expect(patient?.hospital == nil)
        #expect(blog.hospitals.map(\.name) == ["University Hospital Coventry"])
    }

    /// `Kensington Palace said`: a palace is no person. `said Dr. Birgit Bodine, who works
    /// there`: her workplace is the hospital her sentence named.
    @Test func aPalaceSpeaksAndWhoWorksThere() {
        let blog = LiveBlogParser.parse("""
            Live

            4:45 p.m. ET
            The Princess of Wales is recovering, Kensington Palace said.

            HCA Florida Fawcett Hospital in Port Charlotte lost part of its roof, said Dr. Birgit Bodine, who works there.
            """)
        #expect(blog.people.map(\.name) == ["Birgit Bodine"])
        #expect(blog.people.first?.hospital == "HCA Florida Fawcett Hospital")
    }

    /// `Witness Pranay Rajput told …` is a witness; `A witness, X, 28, a nurse at Y` is a nurse;
    /// `X, a hospital spokeswoman` speaks for the one hospital the post names.
    @Test func witnessesAndAHospitalSpokeswoman() {
        let blog = LiveBlogParser.parse("""
            Live

            3:45 p.m. ET
            Witness Pranay Rajput, who works at a nearby store, told Guardian Australia he heard screaming.

            A witness, Amanda Hunter, 28, a nurse at the Royal London hospital, told the BBC: “I saw people running.”

            3:40 p.m. ET
            At University Hospital in San Antonio, four patients were being treated, said Leni Kirkman, a hospital spokeswoman.
            """)
        #expect(blog.people.first { $0.name == "Pranay Rajput" }?.role == "witness")
        #expect(blog.people.first { $0.name == "Amanda Hunter" }?.role == "nurse")
        let kirkman = blog.people.first { $0.name == "Leni Kirkman" }
        #expect(kirkman?.role == "hospital spokeswoman")
        #expect(kirkman?.hospital == "University Hospital")
        // A hospital named only in a later paragraph is not the spokesperson's: she speaks for
        // one the blog did not know as a hospital.
        let later = LiveBlogParser.parse("""
            Live

            10:45 p.m. ET
            Tallahassee Memorial HealthCare moved 38 patients, according to hospital spokesperson Stephanie Derzypolski.

            HCA Florida Capital Hospital also said it was "fully staffed and ready".
            """)
        let derzypolski = later.people.first { $0.name == "Stephanie Derzypolski" }
        #expect(derzypolski?.role == "hospital spokesperson")
        #expect(derzypolski.map { $0.hospital == nil } == true)
    }

    /// `At Beth Israel Deaconess Medical Center, Dr Richard Wolfe, the chief of emergency
    /// medicine, said`: a hospital's staff where the sentence opens at it; not a patient.
    @Test func aSentenceThatOpensAtAHospital() {
        let blog = LiveBlogParser.parse("""
            Live

            10.55pm BST
            At Beth Israel Deaconess Medical Center, Dr Richard Wolfe, the chief of emergency medicine, said: "We have many injuries."

            At Boston Medical Center, Jane Doe, 45, a teacher from Quincy, said she was lucky.
            """)
        #expect(blog.people.first { $0.name == "Richard Wolfe" }?.hospital == "Beth Israel Deaconess Medical Center")
        #expect(blog.people.first { $0.name == "Jane Doe" }?.hospital == nil)
    }

    /// `“…” – Helen, 54, a district nurse in Cumbria`: a reader's words signed after a dash;
    /// a dash that goes on into a sentence signs nothing.
    @Test func wordsSignedAfterADash() {
        let blog = LiveBlogParser.parse("""
            Live

            4.50pm GMT
            “I have never known morale this low.” – Helen, 54, a district nurse in Cumbria

            “I use a food bank.” – Tom Price, Birmingham

            “We will win” – Tom Price says so, and then he went back to the picket line to talk to his colleagues about the pay offer.
            """)
        let quotes = blog.posts[0].quotes
        #expect(quotes.map(\.attribution) == ["Helen, 54, a district nurse in Cumbria", nil, nil])
        // A name the blog knows as a person's signs as that person.
        #expect(quotes[1].speaker == "Tom Price")
    }

    /// `Rishi Sunak, asked at PMQs whether he would negotiate, said it was “not the right time”`:
    /// the aside is a person's, so the fragment is his.
    @Test func anAskedAsideBeforeTheSpeechVerb() {
        let blog = LiveBlogParser.parse("""
            Live

            2.30pm GMT
            Rishi Sunak, asked at PMQs whether he would negotiate, said it was “not the right time”.

            Thames Water, the utility, said it was “coping”.
            """)
        #expect(blog.people.map(\.name) == ["Rishi Sunak"])
        #expect(blog.posts[0].quotes.first?.speaker == "Rishi Sunak")
    }

    /// `X, an emergency doctor who worked at the hospital`: the one hospital the post names;
    /// with two named, neither.
    @Test func whoWorkedAtTheHospital() {
        let blog = LiveBlogParser.parse("""
            Live

            5.45pm GMT
            Iskenderun State Hospital partly collapsed on Monday.

            Dr Ahmet Yilmaz, an emergency doctor who worked at the hospital, told Reuters: "We lost colleagues."

            5.00pm GMT
            Patients moved from Hatay State Hospital to Adana City Hospital. Dr Ali Demir, a surgeon at the hospital, said so.
            """)
        #expect(blog.people.first { $0.name == "Ahmet Yilmaz" }?.hospital == "Iskenderun State Hospital")
        #expect(blog.people.first { $0.name == "Ali Demir" }?.hospital == nil)
        // With no role, being at the hospital may be a visit.
        let visit = LiveBlogParser.parse("""
            Live

            7.00am
            Lewisham hospital was busy. Jane Roe, 34, was at the hospital with her mother.
            """)
        #expect(visit.people.first?.hospital == nil)
        // Nor is where someone was to have an operation.
        let patient = LiveBlogParser.parse("""
            Live

            3.30pm
            Margaret Wilson, 71, from Stoke-on-Trent, was due to have a hip replacement at Royal Stoke University Hospital on Wednesday.
            """)
        #expect(patient.people.first?.hospital == nil)
    }

    /// `Dr Ben White, 29, from Manchester Royal Infirmary`: a doctor is from where they work;
    /// anyone else from a hospital may have been its patient.
    @Test func aDoctorFromAHospital() {
        let blog = LiveBlogParser.parse("""
            Live

            3.30pm BST
            Among them was Dr Ben White, 29, from Manchester Royal Infirmary. Jane Hill, 70, from Salford Royal hospital, watched.
            """)
        #expect(blog.people.first { $0.name == "Ben White" }?.hospital == "Manchester Royal Infirmary")
        #expect(blog.people.first { $0.name == "Jane Hill" }?.hospital == nil)
    }

    /// `to remove Speaker Kevin McCarthy`: an office with a capital mid-sentence takes no
    /// lowercase word before it but a modifier (`acting Speaker Patrick McHenry`).
    @Test func aCapitalisedOfficeMidSentence() {
        let blog = LiveBlogParser.parse("""
            Live

            8:40 p.m. ET
            Rep. Matt Gaetz said he would try to remove Speaker Kevin McCarthy. He later met acting Speaker Patrick McHenry.
            """)
        #expect(blog.people.first { $0.name == "Kevin McCarthy" }?.role == "Speaker")
        #expect(blog.people.first { $0.name == "Patrick McHenry" }?.role == "acting Speaker")
    }

    /// `“full pay restoration”, which it says would mean …`: a clause about the quote names
    /// no speaker.
    @Test func aRelativeClauseAfterAQuoteIsNoSpeaker() {
        let blog = LiveBlogParser.parse("""
            Questions live

            1.15pm GMT
            A: The BMA wants “full pay restoration”, which it says would mean a 35% rise.
            """)
        let quote = blog.posts.first?.quotes.first
        #expect(quote?.text == "full pay restoration")
        #expect(quote?.speaker == nil)
        #expect(quote?.attribution == nil)
    }

    /// A body's initialism in a role (`the WHO director general`) is no `who` that ends it.
    @Test func anInitialismThatSpellsAClausesWord() {
        let blog = LiveBlogParser.parse("""
            Gaza live

            16.05 GMT
            Tedros Adhanom Ghebreyesus, the WHO director general, wrote: "We are deeply concerned."
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Tedros Adhanom Ghebreyesus"])
        #expect(blog.person(named: "Tedros Adhanom Ghebreyesus")?.role == "WHO director general")
    }

    /// A plural body's possessive, an apostrophe alone, opens a role in apposition as `’s`
    /// does: `Saffron Cordery, NHS Providers’ interim chief executive, said`.
    @Test func aPluralOwnersRoleInApposition() {
        let blog = LiveBlogParser.parse("""
            Strike live

            8.00am GMT
            Saffron Cordery, NHS Providers’ interim chief executive, said trusts had planned well. Jo Lee, St Thomas' chief nurse, agreed.
            """)
        #expect(blog.person(named: "Saffron Cordery")?.role == "NHS Providers’ interim chief executive")
        #expect(blog.person(named: "Jo Lee")?.role == "St Thomas' chief nurse")
    }
}
