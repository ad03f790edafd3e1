import Testing
@testable import LiveBlogKit

/// Shapes of a city attack page (`Manchester Arena attack`): a lone name a stranger gave of
/// themselves, an unnamed speaker who opens a paragraph's second sentence, and a city that a
/// hospital's name opens with, written after `from`.
@Suite struct GivenNamesAndHomeTownsTests {
    static let arena = LiveBlogParser.parse("""
        Manchester Arena attack: 22 dead after explosion at concert – live updates

        12.45pm BST

        Staff at Salford Royal and Manchester Royal Infirmary treated the injured overnight.

        Josh Halliday reports from Manchester:

        Outside the infirmary, relatives waited for news. A man who gave his name as Andy said his niece, 15, was in surgery.

        “We haven’t been told anything yet,” he said.

        Dr Ed Bird, a GP from Stockport, helped in the foyer.

        11.30am BST

        Andy Burnham, the mayor of Greater Manchester, said the city would pull together.
        """)

    /// `A man who gave his name as Andy`: the stranger is not Andy Burnham, and his `he said`
    /// is his, though he opens the paragraph's second sentence, not its first.
    @Test func aStrangersGivenNameIsNoOneElses() {
        let quote = Self.arena.posts[0].quotes.first
        #expect(quote?.speaker == nil)
        #expect(quote?.attribution == "a man who gave his name as Andy")
        #expect(Self.arena.posts[0].people == ["Ed Bird"])
        #expect(PeoplePass.isStrangersGivenName(6..<7, in: TokenizedParagraph("A nurse, identified only as Priya, spoke.")))
        #expect(!PeoplePass.isStrangersGivenName(2..<3, in: TokenizedParagraph("Such as Andy Burnham.")))
    }

    /// `reports from Manchester`, `a GP from Stockport`: a town after `from` or `near` is where
    /// someone comes from, not the hospital whose name it opens (`Manchester Royal Infirmary`);
    /// after `at` it is still that hospital, and a name's opening of two words still is after `from`.
    @Test func aTownAfterFromIsNoHospital() {
        let infirmary = Self.arena.hospitals.first { $0.name == "Manchester Royal Infirmary" }
        #expect(infirmary?.aliases == ["Manchester Royal Infirmary"])
        let at = LiveBlogParser.parse("""
            H

            10.00am

            Staff at Manchester Royal Infirmary treated the injured.

            9.00am

            Relatives waited at Manchester for news. A nurse from Beth Israel said so. Beth Israel Deaconess Medical Center was full.
            """)
        #expect(at.hospitals.first { $0.name == "Manchester Royal Infirmary" }?.aliases == ["Manchester", "Manchester Royal Infirmary"])
        #expect(at.hospitals.first { $0.name == "Beth Israel Deaconess Medical Center" }?.aliases.contains("Beth Israel") == true)
    }
}
