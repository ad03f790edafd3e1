import Testing
@testable import LiveBlogKit

/// Live blogs from continental Europe: German, Dutch and Spanish pages stamp posts `15.45 Uhr`,
/// `9.05 uur`, `15:45 h`, an hour alone `9 Uhr`; German quotes open low and close high (`„…“`, `‚…‘`), or point in
/// (`»…«`); French quotes point out, spaced (`« … »`); German hospitals' names join their words
/// with lowercase ones (`Klinikum rechts der Isar`).
@Suite struct ContinentalBlogsTests {
    static let blog = """
        Liveblog: Ärztestreik in Deutschland

        Tausende Ärztinnen und Ärzte legen die Arbeit nieder.

        15.45 Uhr
        Streik am Universitätsklinikum Hamburg-Eppendorf

        „Wir sind am Ende unserer Kräfte“, sagte die Assistenzärztin Anna Becker. Am Klinikum rechts der Isar fielen Operationen aus.

        14.30 Uhr
        Marburger Bund zufrieden

        Der Vorsitzende sprach von einem „vollen Erfolg“ und einem ‚klaren Signal‘.

        »Das ist erst der Anfang«, sagte er.

        14.05 Uhr
        Paris

        « Nous sommes épuisés », a déclaré une infirmière.

        9 Uhr
        Streik beginnt

        Die ersten Streikposten stehen vor dem Haupteingang.
        """

    @Test func germanTimesStampPosts() {
        let blog = LiveBlogParser.parse(Self.blog)
        #expect(blog.posts.map(\.time) == ["15.45 Uhr", "14.30 Uhr", "14.05 Uhr", "9 Uhr"])
        #expect(blog.posts.map(\.title) == ["Streik am Universitätsklinikum Hamburg-Eppendorf", "Marburger Bund zufrieden", "Paris",
                                            "Streik beginnt"])
        #expect(blog.posts.last?.minutesOfDay == 9 * 60)
    }

    @Test func germanAndFrenchQuotesCloseWhereTheyEnd() {
        let blog = LiveBlogParser.parse(Self.blog)
        #expect(blog.posts.map { $0.quotes.map(\.text) } == [
            ["Wir sind am Ende unserer Kräfte"],
            ["vollen Erfolg", "klaren Signal", "Das ist erst der Anfang"],
            ["Nous sommes épuisés"],
            [],
        ])
        #expect(blog.posts.allSatisfy { $0.quotes.allSatisfy(\.isClosed) })
        #expect(!blog.diagnostics.contains { $0.kind == .unclosedQuote })
    }

    /// Polish and Hungarian pages open low and close with the English closing mark (`„…”`).
    @Test func aLowOpeningMarkClosesWithTheEnglishClosingOneToo() {
        let blog = LiveBlogParser.parse("Head\n\n9.00am\n„Jesteśmy wyczerpani”, powiedziała pielęgniarka.\n")
        #expect(blog.posts.first?.quotes.map(\.text) == ["Jesteśmy wyczerpani"])
        #expect(blog.posts.first?.quotes.first?.isClosed == true)
    }

    /// An English page on a German strike: a name that goes on through lowercase German words
    /// is one hospital, and the bare `Klinikum` of another's name is not its alias.
    @Test func germanNamesGoOnThroughTheirJoiningWords() {
        let blog = LiveBlogParser.parse("""
            Germany doctors' strike: live updates

            13:40 CET
            Munich: Klinikum rechts der Isar on emergency footing

            At Klinikum rechts der Isar, junior doctor Lukas Maier said: "We are striking for patients."

            The University Hospital Düsseldorf, the Krankenhaus am Urban in Berlin and Klinikum Stuttgart reported similar pictures.

            13:10 CET
            An Italian view

            A surgeon at the Ospedale Niguarda an Italian newspaper spoke to said the same.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == ["Klinikum Stuttgart", "Klinikum rechts der Isar", "Krankenhaus am Urban",
                                                        "Ospedale Niguarda", "University Hospital Düsseldorf"])
        #expect(blog.hospitals.first { $0.name == "Klinikum Stuttgart" }?.aliases == ["Klinikum Stuttgart"])
    }

    /// `„…“, sagte Klinikchef Heyo Kroemer`, `dijo Ana García`, `explique Marie Dupont`: a
    /// continental speech verb names its speaker, past a German office compounded before the
    /// name (`Gesundheitsminister`, `Verdi-Sprecherin`), which is their role; after the verb an
    /// article opens a description (`afirmó el consejero de Sanidad`), not the last speaker.
    @Test func continentalSpeechVerbsNameTheSpeaker() {
        let blog = LiveBlogParser.parse("""
            Streik live

            15.45 Uhr

            „Die Lage ist ernst“, sagte Klinikchef Heyo Kroemer.

            Gesundheitsminister Karl Lauterbach erklärte am Nachmittag: „Wir lassen die Kliniken nicht allein.“

            „Die Stimmung ist aufgeheizt“, sagt Verdi-Sprecherin Anna Schmidt.

            „Wir danken allen Pflegekräften“, sagte Bundespräsident Frank Steinmeier.

            14.30 Uhr

            «No podemos seguir así», dijo Ana García, médica del Hospital Universitario La Paz.

            "La situación es grave", afirmó el consejero de Sanidad.

            « Nous ne pouvons plus continuer », explique Marie Dupont.
            """)
        let quotes = blog.posts.flatMap(\.quotes)
        #expect(quotes.map(\.speaker) == ["Heyo Kroemer", "Karl Lauterbach", "Anna Schmidt", "Frank Steinmeier", "Ana García", nil,
                                           "Marie Dupont"])
        #expect(quotes[5].attribution == "el consejero de Sanidad")
        #expect(blog.person(named: "Frank Steinmeier")?.role == "Bundespräsident")
        #expect(blog.person(named: "Heyo Kroemer")?.role == "Klinikchef")
        #expect(blog.person(named: "Anna Schmidt")?.role == "Verdi-Sprecherin")
    }

    /// A French page: the auxiliary before the verb (`a déclaré :`, `», a expliqué Yann
    /// Bubien`, `François Braun a affirmé que « … »`) names the speaker, French offices make
    /// people (`le docteur`, `président de …`, `directeur général du CHU`), and hospitals are
    /// named after `hôpital` in lower case, its article elided (`l'hôpital Lariboisière`,
    /// `l'hôpital européen Georges-Pompidou`), as `Hôpital …`.
    @Test func aFrenchPage() {
        let blog = LiveBlogParser.parse("""
            EN DIRECT - Grève des urgences

            11h45

            À l'hôpital Lariboisière, « la situation est intenable »

            Le docteur Patrick Pelloux, président de l'Association des médecins urgentistes de France, a déclaré : « Nous ne pouvons plus. »

            « C'est une décision difficile », a expliqué Yann Bubien, directeur général du CHU.

            François Braun a affirmé que « l'été sera difficile ».

            L'Hôpital européen Georges-Pompidou et l'hôpital Necker accueillent des patients transférés.
            """)
        let quotes = blog.posts.flatMap(\.quotes)
        #expect(quotes.map(\.speaker) == ["Patrick Pelloux", "Yann Bubien", "François Braun"])
        #expect(quotes.allSatisfy { $0.attribution == nil })
        #expect(blog.person(named: "Yann Bubien")?.role == "directeur général du CHU")
        #expect(blog.hospitals.map(\.name).sorted() == ["Hôpital Lariboisière", "Hôpital Necker", "Hôpital européen Georges-Pompidou"])
    }

    /// An Italian page: `ha detto` and `ha dichiarato:` name the speaker as French `a déclaré`
    /// does; a title before what it is of (`il ministro della Salute Orazio Schillaci`) is the
    /// role, not a word of the name; `all'ospedale San Camillo` is the hospital `Ospedale San
    /// Camillo`.
    @Test func anItalianPage() {
        let blog = LiveBlogParser.parse("""
            Sciopero dei medici, la diretta

            12:35

            Milano, pronto soccorso al limite

            «Siamo allo stremo», ha detto il primario Marco Rossi.

            Il ministro della Salute Orazio Schillaci ha dichiarato: «Ascolteremo i sindacati».

            Al Policlinico Gemelli e all'ospedale San Camillo l'adesione supera il 70 per cento.
            """)
        let quotes = blog.posts.flatMap(\.quotes)
        #expect(quotes.map(\.speaker) == ["Marco Rossi", "Orazio Schillaci"])
        #expect(blog.person(named: "Marco Rossi")?.role == "primario")
        #expect(blog.person(named: "Orazio Schillaci")?.role == "ministro della Salute")
        #expect(blog.hospitals.map(\.name).sorted() == ["Ospedale San Camillo", "Policlinico Gemelli"])
    }
}
