import Testing
@testable import LiveBlogKit

/// A clause a sentence opens with before its subject (`Asked what she would say to the prime
/// minister,`, `According to Dr Anna Lee,`): the role it names is no one's after its comma, and
/// the source it names is whose words the sentence quotes.
@Suite struct OpeningClausesTests {
    static let blog = LiveBlogParser.parse("""
        Strike live

        12.00pm

        Asked what she would say to the prime minister, Dr Priya Patel replied: “Come and see for yourself.”

        After meeting the health secretary, Jeremy Hunt, the BMA’s Johann Malawana said talks would go on.

        According to Dr Anna Lee, the unit is “at breaking point”.

        According to Dr Mary Bousted, the NEU’s joint general secretary, more than 23,000 schools were affected.
        """)

    /// A role inside the opening clause is not the name's after its comma (`to the prime
    /// minister, Dr Priya Patel replied`), unless a comma closes the name as an apposition
    /// (`the health secretary, Jeremy Hunt,`).
    @Test func aRoleInAnOpeningClauseIsNotTheNamesAfterIt() {
        #expect(Self.blog.person(named: "Priya Patel")?.role == nil)
        #expect(Self.blog.person(named: "Jeremy Hunt")?.role == "health secretary")
        #expect(Self.blog.posts[0].quotes.first?.speaker == "Priya Patel")
        let paragraph = TokenizedParagraph("Asked what she would say, Dr Lee replied. Barking, Havering and Redbridge.")
        #expect(paragraph.opensClauseBeforeSubject(at: 0))
        #expect(!paragraph.opensClauseBeforeSubject(at: 10))
    }

    /// `According to Dr Anna Lee, the unit is “at breaking point”`: the source's words, and
    /// `the unit` is no role of hers; a job after her name still is (`the NEU’s joint general
    /// secretary`).
    @Test func theSourceAnOpeningClauseNamesSpeaks() {
        #expect(Self.blog.posts[0].quotes.last?.speaker == "Anna Lee")
        #expect(Self.blog.person(named: "Anna Lee")?.role == nil)
        #expect(Self.blog.person(named: "Mary Bousted")?.role == "NEU’s joint general secretary")
    }
}
