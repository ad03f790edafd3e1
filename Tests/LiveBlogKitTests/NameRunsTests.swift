import Testing
import TestSupport
@testable import LiveBlogKit

/// Name runs split after possessives are made from the runs found without splitting; the two
/// readings must agree on any text.
@Suite struct NameRunsTests {
    @Test(arguments: 0..<20)
    func splittingFoundRunsIsSplittingWhileFinding(seed: Int) {
        var random = SplitMix(state: UInt64(seed) &+ 57)
        let pieces = ["Guy’s", "King's", "Thomas’", "St", "St.", "Dr", ".", "and", "&", "of", "de", "Maria", "Souza", "The", "the",
                      "Hunt’s", "NHS", "RUH", "said", "Royal", "United", "Hospital", ",", "“", "”", "James's", "O'Neill", "A", "x",
                      "von", "der", "Leyen"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...16, using: &random)).map { _ in
                let piece = pieces.randomElement(using: &random) ?? ""
                // Mostly spaced, sometimes glued to the word before.
                return Int.random(in: 0..<5, using: &random) == 0 ? piece : " " + piece
            }.joined()
            let tokens = TokenizedParagraph(text).tokens
            #expect(NameRuns.splittingPossessives(NameRuns.runs(in: tokens), in: tokens) == NameRuns.runs(in: tokens, splittingPossessives: true),
                    "\(text)")
            // People's runs: the first reading cuts the runs it found at their joiners, the
            // people pass finds them without joiners; the two must agree.
            var cut = NameRuns.splittingPossessives(NameRuns.runs(in: tokens), in: tokens)
            NameRuns.splitAtJoiners(&cut, in: tokens)
            var found: [Range<Int>] = []
            NameRuns.appendRuns(in: tokens, splittingPossessives: true, splittingJoiners: true, to: &found)
            #expect(cut == found, "\(text)")
        }
    }

    /// Two particles may join a name's words (`Ursula von der Leyen`, `Maria de la Cruz`);
    /// a joiner is no particle (`Hunt and the Guardian`).
    @Test func twoParticlesInAName() {
        func runs(_ text: String) -> [String] {
            let paragraph = TokenizedParagraph(text)
            return NameRuns.runs(in: paragraph.tokens).map { String(paragraph.surface($0)) }
        }
        #expect(runs("said Ursula von der Leyen today") == ["Ursula von der Leyen"])
        #expect(runs("said Maria de la Cruz") == ["Maria de la Cruz"])
        #expect(runs("Hunt and the Guardian") == ["Hunt", "Guardian"])
        #expect(runs("Ursula von der") == ["Ursula"])
    }
}
