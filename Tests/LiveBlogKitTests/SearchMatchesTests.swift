import Testing
@testable import LiveBlogKit

/// Where a search's words occur, as the search compares them: what the reader highlights.
@Suite struct SearchMatchesTests {
    private func found(_ search: String, in text: String) -> [String] {
        SearchMatches(PostFilter(text: search)).ranges(in: text).map { String(text[$0]) }
    }

    @Test func everyWordInAnyCaseWithAnyApostrophe() {
        #expect(found("cake", in: "The NHS runs on CAKE and cake.") == ["CAKE", "cake"])
        #expect(found("king's cake", in: "King’s College sold Cake") == ["King’s", "Cake"])
        #expect(found("  ", in: "nothing to find") == [])
        #expect(found("zoë", in: "ZOË and Zoë") == ["ZOË", "Zoë"])
    }

    @Test func overlappingMatchesAreJoined() {
        #expect(found("hospital spit", in: "Lewisham hospital") == ["hospital"])
        #expect(found("aa aaa", in: "aaaa b aa") == ["aaaa", "aa"])
    }

    /// A match must hold whole characters: `e` is not found in an `é` written with a combining
    /// accent, nor `caf` cut before it.
    @Test func aMatchHoldsWholeCharacters() {
        #expect(found("e", in: "cafe\u{301}") == [])
        #expect(found("cafe", in: "cafe\u{301} crème") == [])
        #expect(found("crème", in: "cafe\u{301} crème") == ["crème"])
    }
}

extension SearchMatchesTests {
    /// Every ASCII character is folded as the search folds it: a search for it alone, folded as
    /// the search folds it, finds it between two characters it cannot match.
    @Test func asciiIsFoldedAsTheSearchFoldsIt() {
        for value in UInt8(0x21)...UInt8(0x7E) {
            let character = String(UnicodeScalar(value))
            let text = "☃" + character + "☃"
            let search = String(decoding: TextFolding.fold(character), as: UTF8.self)
            #expect(SearchMatches(PostFilter(text: search)).ranges(in: text).map { String(text[$0]) } == [character], "\(character)")
        }
    }
}
