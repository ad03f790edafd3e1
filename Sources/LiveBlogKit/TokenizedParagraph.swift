/// A paragraph with its tokens: the unit every extractor reads.
struct TokenizedParagraph: Sendable {
    var text: String
    var tokens: [Token]

    init(_ text: String) {
        self.text = text
        self.tokens = Tokenizer.tokens(in: text)
    }

    func surface(_ range: Range<Int>) -> Substring {
        NameRuns.surface(range, in: tokens, of: text)
    }

    /// The lowercased word at an index, or nil past either end or for non-words.
    func word(at index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].lower
    }
}
