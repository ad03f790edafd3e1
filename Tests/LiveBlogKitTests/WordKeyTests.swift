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
