/// A paragraph with its tokens: the unit every extractor reads. Tokens hold byte offsets; the
/// paragraph turns them back into text when a rule needs the words as written.
struct TokenizedParagraph: Sendable {
    /// The paragraph as written: a slice of its post's body, or a whole header line.
    var text: Substring
    let tokens: [Token]
    /// Which of the kinds only some paragraphs hold are among its tokens.
    let contents: Token.Contents

    init(_ text: Substring) {
        var contiguous = text
        (tokens, contents) = contiguous.withUTF8 { Tokenizer.read($0) }
        self.text = contiguous
    }

    init(_ text: String) {
        self.init(text[...])
    }

    /// Tokenises `text` into `buffer`'s storage, which the paragraph then shares: a reader of
    /// unit after unit that lets each go before the next hands the same storage over every
    /// time, and allocates none. (Storage a paragraph still holds is never written: the
    /// buffer is copied first.)
    init(_ text: Substring, reusing buffer: inout [Token]) {
        var contiguous = text
        buffer.removeAll(keepingCapacity: true)
        contents = contiguous.withUTF8 { Tokenizer.read($0, into: &buffer) }
        tokens = buffer
        self.text = contiguous
    }

    /// Where a byte offset stands in `text` (constant time: the text is native UTF-8).
    func index(_ offset: UInt32) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: Int(offset))
    }

    /// The text of tokens `range`, as written, from the first's start to the last's end.
    func surface(_ range: Range<Int>) -> Substring {
        guard let first = range.first, range.upperBound <= tokens.count else { return "" }
        return text[index(tokens[first].start)..<index(tokens[range.upperBound - 1].end)]
    }

    /// The UTF-8 bytes of tokens `range`, as `surface` would give them, read in place: for
    /// keys made of a run's text, which need no string.
    func withBytes<Result>(of range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let first = range.first, range.upperBound <= tokens.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        // The offsets first: a closure that read the tokens would hold a copy of the paragraph
        // (its text and tokens retained, then released) for every run read. Not by way of
        // `withUTF8`: the compiler then inlines less of what calls this.
        let start = Int(tokens[first].start)
        let end = Int(tokens[range.upperBound - 1].end)
        guard let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[start..<end])) }) else {
            return Array(surface(range).utf8).withUnsafeBufferPointer(body)
        }
        return result
    }

    /// Calls `body` with the paragraph's UTF-8, read in place: for a rule that reads many
    /// runs' bytes (`bytes(of:tokens:in:)`), the text is reached once.
    @inline(__always)
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The bytes of tokens `range` in `utf8`, the UTF-8 of a paragraph whose tokens are
    /// `tokens` (`withUTF8`), from the first's start to the last's end. The tokens are handed
    /// over, not the paragraph: a closure that reads runs' bytes through the paragraph would
    /// hold a copy of it (text and tokens retained) every time it is made.
    @inline(__always)
    static func bytes(of range: Range<Int>, tokens: [Token], in utf8: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let first = range.first, range.upperBound <= tokens.count else { return UnsafeBufferPointer(rebasing: utf8[0..<0]) }
        return UnsafeBufferPointer(rebasing: utf8[Int(tokens[first].start)..<Int(tokens[range.upperBound - 1].end)])
    }

    /// One token's text, as written.
    func text(of token: Int) -> Substring {
        surface(token..<token + 1)
    }

    /// The lowercased word at an index, or nil past either end or for non-words.
    func word(at index: Int) -> WordKey? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].lower
    }

    /// The key of the token at `index` without its possessive (`lady` for `Lady’s`, `ancelotti`
    /// for `Ancelotti’s`): the word its owner is known by.
    func keyWithoutPossessive(of index: Int) -> WordKey {
        guard tokens[index].isPossessive else { return tokens[index].lower }
        return withBytes(of: index..<index + 1) { WordKey(NameRuns.strippingPossessive($0)) }
    }

    /// Whether a sentence opens at `index`: the paragraph's first token, or one after `.`, `!`
    /// or `?`.
    func opensSentence(at index: Int) -> Bool {
        index == 0 || tokens[index - 1].isPunctuation(".!?")
    }

    /// Whether the word at `index` opens a clause that stands before a sentence's subject: a
    /// preposition or a conjunction (`After meeting …,`, `In a letter to …,`), or a participle
    /// of five letters or more in `-ing` or `-ed` with a lowercase word after it (`Asked
    /// whether …,`, `Speaking to reporters,`; not a place, `Barking, Havering and …`).
    func opensClauseBeforeSubject(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return false }
        if Self.clauseOpeners.contains(tokens[index].lower) { return true }
        guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized else { return false }
        let word = text(of: index)
        return word.utf8.count >= 5 && (word.hasSuffix("ing") || word.hasSuffix("ed"))
    }

    /// Words that open a clause before a sentence's subject.
    private static let clauseOpeners: WordSet = ["after", "before", "during", "following", "despite", "in", "on", "at",
                                                 "with", "without", "for", "from", "under", "unlike", "like", "as",
                                                 "when", "while", "whilst", "if", "although", "though", "since", "once", "until"]
}
