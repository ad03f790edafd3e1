/// One word, number, link, hashtag or punctuation mark of a paragraph, with where it stands.
/// What the extraction rules ask of a token (its lowercase form, whether it is capitalised)
/// is worked out once, when the paragraph is tokenised, not at every question.
struct Token: Equatable, Sendable {
    enum Kind: UInt8, Equatable, Sendable { case word, number, url, hashtag, punctuation }

    /// The token as written. Words are short, so this is almost always a small (inline) string.
    var text: String
    /// Lowercased text, for comparisons against word lists.
    var lower: String
    /// Where the token stands in its paragraph's text.
    var range: Range<String.Index>
    var kind: Kind
    /// Whether white space separates this token from the one before it.
    var spaceBefore: Bool
    /// A word starting with a capital letter (`King’s`, `St`, `NHS`).
    var isCapitalized: Bool
    /// A capitalised word with lowercase letters in it: how names are written (`Patel`, not `NHS`).
    var isTitleCase: Bool
    /// All capitals, two to six letters: an initialism (`RUH`, `PRUH`).
    var isInitialism: Bool

    var isWord: Bool { kind == .word }

    func isPunctuation(_ marks: String) -> Bool {
        kind == .punctuation && marks.unicodeScalars.contains(text.unicodeScalars.first ?? " ")
    }
}
