import Testing
import TestSupport
@testable import LiveBlogKit

/// The words the rules compare tokens with are written as packed letters, worked out when the
/// code is compiled: each must be the key its word makes.
@Suite struct WordKeyTests {
    @Test(arguments: [
        (WordKey.a, "a"), (.an, "an"), (.and, "and"), (.at, "at"), (.been, "been"), (.for, "for"), (.has, "has"), (.in, "in"),
        (.interviewed, "interviewed"), (.hospitalier, "hospitalier"), (.hospital, "hospital"), (.is, "is"), (.more, "more"), (.according, "according"), (.to, "to"), (.medical, "medical"), (.center, "center"), (.centre, "centre"), (.my, "my"), (.of, "of"), (.our, "our"), (.saint, "saint"), (.st, "st"), (.tells, "tells"),
        (.telling, "telling"), (.the, "the"), (.new, "new"), (.complex, "complex"), (.they, "they"), (.he, "he"), (.she, "she"), (.mount, "mount"), (.mt, "mt"), (.lake, "lake"), (.port, "port"), (.fort, "fort"), (.cape, "cape"), (.clinic, "clinic"), (.jr, "jr"), (.sr, "sr"), (.springs, "springs"), (.falls, "falls"), (.heights, "heights"), (.county, "county"), (.was, "was"), (.who, "who"), (.whose, "whose"), (.which, "which"),
        (.hospitals, "hospitals"), (.from, "from"), (.near, "near"), (.such, "such"), (.north, "north"), (.south, "south"), (.east, "east"), (.west, "west"), (.including, "including"), (.`as`, "as"), (.across, "across"), (.throughout, "throughout"), (.yearOld, "year-old"), (.colleague, "colleague"), (.ont, "ont"), (.ha, "ha"), (.hanno, "hanno"), (.went, "went"), (.chief, "chief"), (.her, "her"), (.him, "him"),
    ] as [(WordKey, String)])
    func packedWordsAreTheirWordsKeys(key: WordKey, word: String) {
        #expect(key == WordKey(word))
        // As a token of the word, in any case, is keyed.
        #expect(key == WordKey(word.uppercased()))
    }

    /// The tokenizer keys a word of eight to fifteen bytes from the two blocks it has loaded:
    /// the key must be the one its bytes make, in any case.
    @Test func aWordKeyedFromLoadedBlocksIsItsBytesKey() {
        // Seeded: a failure is seen again on the next run.
        var generator = SplitMix(state: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        for _ in 0..<2_000 {
            let count = Int.random(in: 8...15, using: &generator)
            let word = (0..<count).map { _ in letters.randomElement(using: &generator) ?? 0 }
            let lowered = word.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            let first = lowered[..<8].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let rest = lowered[8...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let expected = word.withUnsafeBufferPointer { WordKey($0) }
            #expect(WordKey(lowercaseFirstEight: first, rest: rest, count: count) == expected, "\(String(decoding: word, as: UTF8.self))")
        }
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
