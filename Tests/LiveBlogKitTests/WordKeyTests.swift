import Testing
@testable import LiveBlogKit

/// The words the rules compare tokens with are written as packed letters, worked out when the
/// code is compiled: each must be the key its word makes.
@Suite struct WordKeyTests {
    @Test(arguments: [
        (WordKey.a, "a"), (.an, "an"), (.at, "at"), (.been, "been"), (.for, "for"), (.has, "has"), (.in, "in"),
        (.interviewed, "interviewed"), (.is, "is"), (.more, "more"), (.saint, "saint"), (.st, "st"), (.tells, "tells"),
        (.telling, "telling"), (.the, "the"), (.they, "they"), (.was, "was"), (.who, "who"),
    ] as [(WordKey, String)])
    func packedWordsAreTheirWordsKeys(key: WordKey, word: String) {
        #expect(key == WordKey(word))
        // As a token of the word, in any case, is keyed.
        #expect(key == WordKey(word.uppercased()))
    }
}

/// A word list made from its words knows their lengths, so a rule can pass over a word of no
/// length in it unasked; one made from keys alone knows none and rules out no length.
@Suite struct WordSetLengthTests {
    @Test func aListOfWordsRulesOutOtherLengths() {
        let words: WordSet = ["hospital", "infirmary", "at"]
        for length in [2, 8, 9] { #expect(words.mayContain(length: length)) }
        for length in [0, 1, 3, 7, 10, 64, 1_000] { #expect(!words.mayContain(length: length)) }
        #expect(words.contains(WordKey("Hospital")))
        #expect(!words.contains(WordKey("hospitals")))
    }

    @Test func aListOfKeysRulesOutNoLength() {
        let keys = WordSet(keys: [WordKey("hospital")])
        for length in [0, 1, 8, 100] { #expect(keys.mayContain(length: length)) }
    }

    @Test func aLongWordIsAskedAboutAtAnyLongLength() {
        let long = WordSet([String(repeating: "a", count: 70)])
        #expect(long.mayContain(length: 70))
        #expect(long.mayContain(length: 63))
        #expect(!long.mayContain(length: 62))
    }
}
