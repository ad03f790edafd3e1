/// `X writes:` and `X reports:`, which a live blog hands a post over with: to its own reporter
/// (`Denis Campbell writes:`, `Our health editor, Denis Campbell, writes:`), or to someone it
/// describes outside its newsroom, whose words follow (`Emma Jones, a junior doctor at Leeds
/// General Infirmary, writes:`, `A reader, Anna Kowalski, writes:`). Read for
/// `PersonEvidence.read`.
extension PersonEvidence {
    /// The verbs a post is handed over with.
    private static let handingOverVerbs: WordSet = ["writes", "reports"]

    /// Where the verb of `writes:` stands when the name's own clause ends in it (`, the
    /// Guardian’s health policy editor, writes:`); nil when it does not. Only the present tense
    /// a live blog hands over with: `Gov. X wrote: “…”` quotes what a politician posted.
    static func handOverVerb(after start: Int, in tokens: [Token]) -> Int? {
        var index = start
        while index + 1 < tokens.count, index < start + 16, !tokens[index].isPunctuation(".!?“\"") {
            // The colon first: it rules out nearly every word without a look in the verb list.
            if tokens[index + 1].isMark(":"), Self.handingOverVerbs.contains(tokens[index].lower) { return index }
            index += 1
        }
        return nil
    }

    /// Notes what a hand-over at `verb` says of the name that ends at `nameEnd`: a reporter's,
    /// unless the text describes them as no one of the newsroom — with an honorific or a title
    /// before the name (`Dr`, `A reader,`; `previous` is the word before it), an age or a role,
    /// and no newsroom's word in what stands between the name and the verb — when the one who
    /// writes is a person the blog quotes.
    mutating func noteHandOver(at verb: Int, nameEnd: Int, previous: WordKey, titleBefore: Bool, in paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let described = titleBefore || age != nil || role != nil || Vocabulary.honorifics.contains(previous)
        var roleIsTheNewsroom = false
        if var role {
            // The role's words read as bytes: splitting the string would make one per word.
            roleIsTheNewsroom = role.withUTF8 { bytes in
                bytes.split(separator: 0x20).contains { Self.isNewsroomWord(WordKey(UnsafeBufferPointer(rebasing: $0))) }
            }
        }
        let asideIsTheNewsroom = nameEnd < verb && tokens[nameEnd..<verb].contains { $0.isWord && Self.isNewsroomWord($0.lower) }
        if described, !roleIsTheNewsroom, !asideIsTheNewsroom {
            isPerson = true
        } else {
            markReporter()
        }
    }

    /// Words that make a role or an aside the newsroom's (`our health editor`, `the Guardian’s
    /// correspondent`, `my colleague`).
    private static func isNewsroomWord(_ word: WordKey) -> Bool {
        Vocabulary.newsroomTitles.contains(word) || Vocabulary.newsroomMarkers.contains(word) || word == .our || word == .my
    }
}
