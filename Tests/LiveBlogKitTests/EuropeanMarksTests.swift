import Testing
@testable import LiveBlogKit

/// Live blogs from continental Europe: German, Dutch and Spanish pages stamp posts `15.45 Uhr`,
/// `9.05 uur`, `15:45 h`; German quotes open low and close high (`„…“`, `‚…‘`), or point in
/// (`»…«`); French quotes point out, spaced (`« … »`).
@Suite struct EuropeanMarksTests {
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
        """

    @Test func germanTimesStampPosts() {
        let blog = LiveBlogParser.parse(Self.blog)
        #expect(blog.posts.map(\.time) == ["15.45 Uhr", "14.30 Uhr", "14.05 Uhr"])
        #expect(blog.posts.map(\.title) == ["Streik am Universitätsklinikum Hamburg-Eppendorf", "Marburger Bund zufrieden", "Paris"])
    }

    @Test func germanAndFrenchQuotesCloseWhereTheyEnd() {
        let blog = LiveBlogParser.parse(Self.blog)
        #expect(blog.posts.map { $0.quotes.map(\.text) } == [
            ["Wir sind am Ende unserer Kräfte"],
            ["vollen Erfolg", "klaren Signal", "Das ist erst der Anfang"],
            ["Nous sommes épuisés"],
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
}
