import Testing
@testable import LiveBlogKit

@Suite struct SpeakerTests {
    let blog = LiveBlogParser.parse(Fixtures.speakers)

    private func post(_ time: String) -> Post? { Fixtures.post(blog, time: time) }

    @Test func pronounAfterAQuoteIsThePersonJustNamed() {
        #expect(post("5.00pm BST")?.quotes.map(\.speaker) == ["Tom Baker", "Tom Baker"], "he said, then the continuation")
    }

    @Test func aNameLosesItsPossessiveAndNothingElse() {
        let cases = ["Jeremy Hunt’s": "Jeremy Hunt", "Hunt's": "Hunt", "Davies": "Davies", "James’": "James’", "s": "s", "'s": "",
                     "Zoë’s": "Zoë"]
        for (written, name) in cases {
            #expect(NameRuns.withoutPossessive(written) == name, "\(written)")
            let paragraph = TokenizedParagraph("Said \(written) today")
            let run = 1..<(paragraph.tokens.count - 1)
            #expect(paragraph.surface(run) == written[...])
            #expect(NameRuns.name(of: run, in: paragraph) == name, "\(written)")
        }
    }

    @Test func aSharedSurnameMeansThePersonNamedLast() {
        let blog = LiveBlogParser.parse("""
            Patels on the picket line

            3.00pm BST
            Sarah Patel, a junior doctor, said the strike was hard. Raj Patel, a nurse, disagreed.
            “It is the only way,” said Patel.

            2.00pm BST
            Raj Patel, a nurse, joined the picket. Sarah Patel, a junior doctor, was there too.
            “We are tired,” said Patel.
            """)
        #expect(blog.posts.map { $0.quotes.map(\.speaker) } == [["Raj Patel"], ["Sarah Patel"]])
        #expect(blog.people.map(\.name) == ["Raj Patel", "Sarah Patel"])
    }

    @Test func surnameResolvesToTheFullName() {
        #expect(post("4.40pm BST")?.quotes.last?.speaker == "Anna Lee")
    }

    @Test func pronounBeforeAColon() {
        #expect(post("4.20pm BST")?.quotes.first?.speaker == "Grace Moyo")
    }

    @Test func unnamedSpeakersKeepTheirDescription() {
        let quotes = post("3.20pm BST")?.quotes ?? []
        #expect(quotes.map(\.attribution) == ["one man", "a cyclist", "a cyclist"])
        #expect(quotes.allSatisfy { !$0.isFragment && $0.speaker == nil })
    }

    /// `“…,” a campaign spokesman, Tim Murtaugh, told reporters`: the name in apposition to
    /// the description is the speaker; without a verb after it, no one is.
    @Test func aNameInAppositionAfterTheQuoteSpeaks() {
        let said = LiveBlogParser.parse("H\n\n9.00pm EST\n“It’s a big night for us,” a campaign spokesman, Tim Murtaugh, told reporters.")
        #expect(said.posts.first?.quotes.map(\.speaker) == ["Tim Murtaugh"])
        let unsaid = LiveBlogParser.parse("H\n\n9.00pm EST\n“We wait,” a nurse, Jo Park, in the rain.")
        #expect(unsaid.posts.first?.quotes.map(\.speaker) == [nil])
    }

    /// A company, a force or a service speaks too, but is no person.
    @Test func institutionsThatSpeakAreNotPeople() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nThames Water said demand had hit a record. Avon Police said two roads were shut. "
            + "Jo Park said she was fine.")
        #expect(blog.people.map(\.name) == ["Jo Park"])
    }

    /// `and`, `&` and `of` stand in no one's name: two people joined are two, and a person
    /// `of` a body is the person; both are subjects of the verb after them.
    @Test func namesJoinedByAndOrOfAreApart() {
        let blog = LiveBlogParser.parse("H\n\n1:00pm BST\nJeremy Hunt and David Cameron said no. Sarah Jones of Unite said maybe. Amy Lee & Bo Chan agreed. "
            + "Johann Malawana of the BMA told us. A plague on the BMA and Jeremy Hunt, said Roy Lilley.")
        #expect(Set(blog.people.map(\.name)) == ["Jeremy Hunt", "David Cameron", "Sarah Jones", "Amy Lee", "Bo Chan", "Johann Malawana", "Roy Lilley"])
    }

    /// A title before the name, with or without its full stop, is not the speaker.
    @Test func anHonorificWithAFullStopIsNotTheSpeaker() {
        for title in ["Dr.", "Dr", "Prof."] {
            let blog = LiveBlogParser.parse("H\n\n1:00pm ET\n“We are ready,” said \(title) Ravi Patel.")
            #expect(blog.posts.first?.quotes.map(\.speaker) == ["Ravi Patel"], "\(title)")
            #expect(blog.people.map(\.name) == ["Ravi Patel"], "\(title)")
        }
    }

    /// A byline's names are the post's reporters (and the blog's), not people.
    @Test func aBylineNamesThePostsReporters() {
        let blog = LiveBlogParser.parse("H\n\n3.20pm BST\nBy Jo Bloggs and Sam Smith in Leeds, political editors\nVoters queued.")
        #expect(blog.posts.first?.reporters == ["Jo Bloggs", "Sam Smith"])
        #expect(blog.reporters == ["Jo Bloggs", "Sam Smith"])
        #expect(blog.people.isEmpty)
        #expect(PostLayout.bylineNames("By Damien Gayle") == ["Damien Gayle"])
    }

    @Test func reportersAreNotSpeakersOrPeople() {
        #expect(blog.reporters.contains("Priya Shah"))
        #expect(blog.reporters.contains("Ruth Evans"))
        #expect(blog.person(named: "Priya Shah") == nil)
        #expect(post("5.00pm BST")?.reporters == ["Priya Shah"])
        #expect(post("5.00pm BST")?.people == ["Tom Baker"])
    }

    @Test func whatTheTextSaysOfPeople() {
        let tom = blog.person(named: "Tom Baker")
        #expect(tom?.age == 29)
        #expect(tom?.role == "junior doctor")
        #expect(tom?.hospital == "Whittington Hospital")
        #expect(blog.person(named: "Anna Lee")?.role == "consultant anaesthetist")
        #expect(blog.person(named: "Grace Moyo")?.hospital == "Whittington Hospital")
    }

    /// A paragraph naming many hospitals: each person's workplace is the mention their own
    /// words point to, looked up among them all.
    @Test func workplacesAmongManyHospitalsInOneParagraph() {
        let others = (0..<300).map { "Town\(String(UnicodeScalar(UInt8(65 + $0 % 26))))\($0) Hospital" }.joined(separator: " and ")
        let text = "H\n\n9.00am BST\nPickets stood outside \(others). Jo Park, a nurse at Whittington Hospital, said: “We stay.” "
            + "Later Sam Reed, a porter at the Royal Free Hospital, told us: “We wait.”"
        let blog = LiveBlogParser.parse(text)
        #expect(blog.person(named: "Jo Park")?.hospital == "Whittington Hospital")
        #expect(blog.person(named: "Sam Reed")?.hospital == "Royal Free Hospital")
    }

    @Test func roleFromIsA() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nJo Park, 36, has worked here for years. Park is a specialist cancer surgeon.")
        #expect(blog.person(named: "Jo Park")?.role == "specialist cancer surgeon")
        #expect(blog.person(named: "Jo Park")?.age == 36)
    }

    /// `there` points back at a place named before: the role ends before it.
    @Test func aRoleEndsBeforeAPlaceWordPointingBack() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nPatients went to Prince Charles hospital, according to Dr Gareth Jones, a consultant in emergency medicine there. "
            + "Mo Reid, a porter here since 1999, agreed.")
        #expect(blog.person(named: "Gareth Jones")?.role == "consultant in emergency medicine")
        #expect(blog.person(named: "Mo Reid")?.role == "porter")
    }

    /// `and` inside a capitalised name does not end the role; between common words it does.
    @Test func aRoleRunsOnThroughAnAndInsideAName() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nDr Anthony Fauci, director of the National Institute of Allergy and Infectious Diseases, warned of delays. "
            + "Jo Park, a nurse and mother of two, agreed.")
        #expect(blog.person(named: "Anthony Fauci")?.role == "director of the National Institute of Allergy and Infectious Diseases")
        #expect(blog.person(named: "Jo Park")?.role == "nurse")
    }

    @Test func titleBeforeTheName() {
        let blog = LiveBlogParser.parse("H\n\n9.00am BST\nJunior doctor Ana Silva on the picket line. The health secretary Mark Bell refused. Dr Ian Roe agreed.")
        #expect(blog.person(named: "Ana Silva")?.role == "junior doctor")
        #expect(blog.person(named: "Mark Bell")?.role == "health secretary")
        #expect(blog.person(named: "Ian Roe") != nil)
        // A sentence's capital is dropped from a common word, kept on a proper noun's.
        let roles = LiveBlogParser.parse("H\n\n9.00am BST\nNHS blogger Roy Lilley said no. Liverpool’s metro mayor Steve Rotheram agreed.")
        #expect(roles.person(named: "Roy Lilley")?.role == "NHS blogger")
        #expect(roles.person(named: "Steve Rotheram")?.role == "Liverpool’s metro mayor")
        let nurse = LiveBlogParser.parse("H\n\n9.00am BST\nNurse practitioner Keisha Brown, 38, said she had waited two hours.")
        #expect(nurse.person(named: "Keisha Brown")?.role == "nurse practitioner")
    }

    /// A body that speaks before a quote is named whole, its capitals kept; a capital that
    /// only opens the sentence goes.
    @Test func aBodyBeforeTheQuoteIsNamedWhole() {
        let blog = LiveBlogParser.parse("""
            H

            9.00am GMT
            Barking, Havering and Redbridge University Hospitals NHS trust said: “Please only attend if you are seriously ill.”
            Swansea Bay University Health Board said: “We are under extreme pressure.”
            The Royal College of Nursing said: “We will strike.”
            NHS England said: “Flu is up.”
            Officials said: “Stay at home.”
            In Leeds, Unison Health Branch Committee said: “We are out.”
            """)
        #expect(blog.posts.first?.quotes.map(\.attribution) == [
            "Barking, Havering and Redbridge University Hospitals NHS trust", "Swansea Bay University Health Board",
            "the Royal College of Nursing", "NHS England", "officials", "Unison Health Branch Committee",
        ])
    }

    /// A role a body's possessive opens, with no article: `NHS England’s national medical director`.
    @Test func aRoleOpenedByABodysPossessive() {
        let blog = LiveBlogParser.parse("H\n\n9.00am GMT\nProf Sir Stephen Powis, NHS England’s national medical director, said flu was up. "
            + "Tom Jones, Labour’s health spokesman, said it was bad. Ann Lee, Unison’s members, said so.")
        #expect(blog.person(named: "Stephen Powis")?.role == "NHS England’s national medical director")
        #expect(blog.person(named: "Tom Jones")?.role == "Labour’s health spokesman")
        #expect(blog.person(named: "Ann Lee")?.role == nil, "no title after the possessive: no role")
    }

    /// The blog's own writers: `I’m Andrew Gregory`, `our health policy editor, Denis Campbell`.
    @Test func theNewsroomsOwnAreReporters() {
        let blog = LiveBlogParser.parse("""
            H

            10.00am GMT
            Here’s more from our health policy editor, Denis Campbell: the wards are full. The trust’s chief executive, Ann James, said so.

            9.00am GMT
            Good morning. I’m Andrew Gregory, the Guardian’s health editor.
            """)
        #expect(blog.reporters == ["Andrew Gregory", "Denis Campbell"])
        #expect(blog.people.map(\.name) == ["Ann James"])
    }

    /// A header line of the blog's writers names its reporters, first: the Guardian's `A (now)
    /// and B (earlier)`, `By …`, `Edited by …`; a summary line that only looks like one does not.
    @Test(arguments: [
        ("Tom Ambrose (now) and Helen Livingstone (earlier)", ["Tom Ambrose", "Helen Livingstone"]),
        ("Jamie Grierson (now), Denis Campbell and Nicola Slawson (earlier)", ["Jamie Grierson", "Denis Campbell", "Nicola Slawson"]),
        ("Edited by Jo Couzens and Marie Jackson", ["Jo Couzens", "Marie Jackson"]),
        ("By Damien Gayle", ["Damien Gayle"]),
        ("Talks resumed (now) after a row (earlier) over pay", []),
        ("By Monday, hospitals will have run out of blood", []),
    ])
    func aHeaderLineOfWriters(line: String, writers: [String]) {
        let blog = LiveBlogParser.parse("Junior doctors strike – live\n\(line)\n\n9.00am BST\nPickets formed, writes Steven Morris.\n")
        #expect(blog.reporters == writers + ["Steven Morris"])
    }

    /// An office before a name is the person's role, not a word of their name; a role across
    /// a comma may end in the place it is of (`The mayor of Nashville, John Cooper,`).
    @Test func officesAndPlacesAreRolesNotNames() {
        let blog = LiveBlogParser.parse("""
            H

            5.00pm EDT
            The mayor of Nashville, John Cooper, called it a tragedy. “Our city is heartbroken,” Cooper wrote on Twitter.
            Speaking at the White House, President Joe Biden said: “It’s sick.”
            Tennessee governor Bill Lee said he was monitoring it. Junior doctor Ana Silva agreed.
            """)
        #expect(blog.person(named: "John Cooper")?.role == "mayor of Nashville")
        #expect(blog.person(named: "Joe Biden")?.role == "President")
        #expect(blog.person(named: "Bill Lee")?.role == "Tennessee governor", "a proper noun's capital stays")
        #expect(blog.person(named: "Ana Silva")?.role == "junior doctor", "a common word's goes")
        #expect(blog.posts.first?.quotes.map(\.speaker) == ["John Cooper", "Joe Biden"])
        // The place a role is of is no person, whatever follows it.
        let mp = LiveBlogParser.parse("H\n\n9.00pm CEST\nIan Byrne, the Labour MP for Liverpool West Derby, who was at the game, told the BBC he feared for his life.")
        #expect(mp.people.map(\.name) == ["Ian Byrne"])
        #expect(mp.person(named: "Ian Byrne")?.role == "Labour MP for Liverpool West Derby")
    }

    /// `Another parent, who did not give her name, said:` — the subject before the aside.
    @Test func theSpeakerBeforeAnAside() {
        let blog = LiveBlogParser.parse("""
            H

            3.00pm EDT
            Aaron Brown, a father, told the Associated Press: “I just want to hold my daughter.”
            Another parent, who did not give her name, said: “Nobody should have to go through this.”
            """)
        #expect(blog.posts.first?.quotes.map(\.speaker) == ["Aaron Brown", nil])
        #expect(blog.posts.first?.quotes.map(\.attribution) == [nil, "another parent"])
    }

    /// Titles between a role's comma and the name (`its director, Dr X`, `An IDF spokesperson,
    /// Lt Col X`) leave the role in apposition; a military rank is no word of the name.
    @Test func titlesBetweenARoleAndTheName() {
        let blog = LiveBlogParser.parse("""
            H

            9.31 GMT
            An IDF spokesperson, Lt Col Peter Lerner, said Hamas used the hospital. It is running out of fuel, according to its director, Dr Hussam Abu Safiya.
            """)
        #expect(blog.person(named: "Peter Lerner")?.role == "IDF spokesperson")
        #expect(blog.person(named: "Hussam Abu Safiya")?.role == "director")
    }

    /// After a quote: a speaker with an aside before the verb, and `according to X`.
    @Test func speakersAfterAQuoteWithAnAsideOrAccordingTo() {
        let blog = LiveBlogParser.parse("""
            H

            10.00 BST
            "We are at breaking point," says Dr Sarah Clarke, a GP in Leeds.
            "It is chaos," one paramedic, who asked not to be named, told the Guardian.
            “The wards are full,” according to Dr Omar Said, a registrar at Leeds General Infirmary.
            “We will win,” Clarke, who was speaking in Leeds, said.
            """)
        #expect(blog.posts.first?.quotes.map(\.speaker) == ["Sarah Clarke", nil, "Omar Said", "Sarah Clarke"])
        #expect(blog.posts.first?.quotes.map(\.attribution) == [nil, "one paramedic", nil, nil])
    }

    /// A middle initial with its full stop stays in the name; a capital after a sentence's end
    /// does not join the name before it.
    @Test func aMiddleInitialStaysInTheName() {
        let blog = LiveBlogParser.parse("""
            H

            3:45 p.m. ET
            "We will fight on," said George W. Bush. Later, Bush said more.
            Ann Lee, a nurse, took vitamin D. Doctors agreed.
            """)
        #expect(blog.posts.first?.quotes.map(\.speaker) == ["George W. Bush"])
        #expect(blog.people.map(\.name).sorted() == ["Ann Lee", "George W. Bush"])
    }

    /// American titles written with a full stop are passed over as `Dr.` is.
    @Test func americanTitlesWithAFullStop() {
        let blog = LiveBlogParser.parse("""
            H

            3:45 p.m. ET
            "This is a life-threatening storm," said Gov. Ron DeSantis.
            "We are ready," said Sen. Marco Rubio, who toured the area.
            """)
        #expect(blog.posts.first?.quotes.map(\.speaker) == ["Ron DeSantis", "Marco Rubio"])
        #expect(blog.people.map(\.name).sorted() == ["Marco Rubio", "Ron DeSantis"])
    }
}

extension SpeakerTests {
    /// `,” PRCS spokeswoman Nebal Farsakh said`, `,” said hospital director X on Sunday`: a
    /// role's words before a name the post knows are not the speaker; the name is. A name that
    /// stands deeper in the clause is not (`the spokeswoman X whose team was there`).
    @Test func aRoleWrittenBeforeTheSpeakersName() {
        func speakers(_ line: String) -> [String?] {
            let blog = LiveBlogParser.parse("H\n\n10:00\nThe Palestine Red Crescent Society (PRCS) said Nebal Farsakh was there.\n\n" + line)
            return blog.posts.flatMap(\.quotes).map { $0.speaker ?? $0.attribution }
        }
        #expect(speakers("“The hospital is surrounded,” PRCS spokeswoman Nebal Farsakh said.") == ["Nebal Farsakh"])
        #expect(speakers("“The hospital is surrounded,” spokeswoman Nebal Farsakh said.") == ["Nebal Farsakh"])
        #expect(speakers("“The hospital is surrounded,” Red Crescent spokeswoman Nebal Farsakh told Al Jazeera.") == ["Nebal Farsakh"])
        #expect(speakers("“The hospital is surrounded,” said PRCS spokeswoman Nebal Farsakh.") == ["Nebal Farsakh"])
        #expect(speakers("“The hospital is surrounded,” said the PRCS spokeswoman Nebal Farsakh on Sunday.") == ["Nebal Farsakh"])
        #expect(speakers("“The hospital is surrounded,” said the spokeswoman Nebal Farsakh whose team was there.")
                == ["the spokeswoman Nebal Farsakh whose team was there"])
    }

    /// `,” Chief Wendell Franklin of the Tulsa Police Department said`: the body a speaker
    /// speaks for may stand between the name and the verb.
    @Test func theBodyASpeakerSpeaksForBeforeTheVerb() {
        let blog = LiveBlogParser.parse("""
            Live

            9:12 a.m. ET
            “He came in with the intent of killing,” Chief Wendell Franklin of the Tulsa Police Department said at a news conference.
            “We are ready,” Dr. Ann Lee from Médecins Sans Frontières told reporters.
            """)
        #expect(blog.posts[0].quotes.map { $0.speaker ?? $0.attribution } == ["Wendell Franklin", "Ann Lee"])
        #expect(QuoteAttributor.speechVerbAfterBody(at: 0, in: TokenizedParagraph("of the Tulsa Police Department said").tokens))
        #expect(!QuoteAttributor.speechVerbAfterBody(at: 0, in: TokenizedParagraph("of the nurses who were there said").tokens))
    }

    /// Who the people a reporter meets are, given before their name in apposition (`Another
    /// parent, Tom Hughes, disagreed.`), makes the name a person's, whom a later `he said` means.
    @Test func whoThePeopleAReporterMeetsAre() {
        let blog = LiveBlogParser.parse("""
            Teachers' strike live

            16.45 GMT
            Sarah Bell, 41, from Leeds, said: "I support the teachers."
            Another parent, Tom Hughes, disagreed. "It's the kids who lose out," he said.
            A commuter, Priya Shah, was stuck at Leeds station. "Nothing is moving," she said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Sarah Bell", "Tom Hughes", "Priya Shah"])
        #expect(blog.person(named: "Tom Hughes")?.role == "parent")
    }

    /// `he` cannot mean someone the post wrote `she` of (or the other way): it means the
    /// person met before them whom it can. The post's own pronouns tell, no list of names.
    @Test func aPronounMeansWhomItCan() {
        let blog = LiveBlogParser.parse("""
            Strike live

            10:00
            Jeremy Hunt said: "We will not back down."
            Sarah Wollaston, who chairs the health committee, disagreed. "This is a mistake," she said.
            "It will cost lives," he added.
            "We must talk," she said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Jeremy Hunt", "Sarah Wollaston", "Jeremy Hunt", "Sarah Wollaston"])
        // With no one else it can mean, it means whom the post was talking about.
        let alone = LiveBlogParser.parse("H\n\n10:00\nSarah Wollaston said: \"No.\" \"Never,\" she said.\n\"Not now,\" he said.")
        #expect(alone.posts[0].quotes.map(\.speaker) == ["Sarah Wollaston", "Sarah Wollaston", "Sarah Wollaston"])
    }

    /// A title tells `he` from `she` before any pronoun has (`Ms Cullen`, `Mr Streeting`): the
    /// first `she` after Mr Streeting speaks is not his, and means Ms Cullen.
    @Test func aTitleTellsWhomAPronounCanMean() {
        let blog = LiveBlogParser.parse("""
            Strike live

            10:00
            Pat Cullen, the union's general secretary, said nurses were angry.
            Wes Streeting, the health secretary, said the offer was fair.
            Ms Cullen met ministers on Monday. Mr Streeting said: "The door is open."
            "We will not be ignored," she said.
            """)
        #expect(blog.posts[0].quotes.map(\.speaker) == ["Wes Streeting", "Pat Cullen"])
        // With no title, the pronoun means whom the post was last talking about.
        let untitled = LiveBlogParser.parse("H\n\n10:00\nPat Cullen met ministers. Wes Streeting said: \"Open.\"\n\"No,\" she said.")
        #expect(untitled.posts[0].quotes.map(\.speaker) == ["Wes Streeting", "Wes Streeting"])
    }

    /// A name after the verb of a sentence whose subject is `she` (`She praised Inspector Amy
    /// Scott`) is no new subject while the post is talking about someone: `she said` after it is
    /// still theirs. With no one named before, `He spoke to Dr Arjun Mehta` (the `he` a
    /// reporter) makes the name the one a quote's `he` means.
    @Test func aNameAfterAPronounSubjectsVerb() {
        let blog = LiveBlogParser.parse("""
            H

            10:00
            NSW Police Commissioner Karen Webb said the attacker had a history of mental illness.
            She praised Inspector Amy Scott, who shot the attacker. "She's a hero," she said.

            09:00
            Our correspondent Ashish Joshi is at the hospital.
            He spoke to Dr Arjun Mehta, a junior doctor.
            "We cannot go on like this," he said.
            """)
        #expect(blog.posts.map { $0.quotes.map(\.speaker) } == [["Karen Webb"], ["Arjun Mehta"]])
    }
}

