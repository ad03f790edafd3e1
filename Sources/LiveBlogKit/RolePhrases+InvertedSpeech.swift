/// A role no list of titles holds, told by where it stands: between a speech verb that follows
/// a quote and the name of who spoke (`“It is a miracle,” said rescuer Ahmet Demir`).
extension RolePhrases {
    /// Words after such a verb that say when, where or how it was said, not who said it: the
    /// words that open when or where after a speaker's name, and joiners and adverbs.
    private static let circumstanceWords = WordSet(QuoteAttributor.whenOrWhereWords + [
        "to", "by", "with", "of", "for", "and", "or", "but", "as", "while", "that", "then", "also",
        "again", "afterwards", "however", "now", "recently", "simply", "only", "just", "before", "after",
    ])

    /// Speech verbs whose object is who heard it (`,” told nurses Jane Smith`), not who spoke.
    private static let listenerVerbs = WordSet(Vocabulary.tellingVerbs)

    /// Whether the lowercase word at `last`, right before a name, ends a role of one to three
    /// words that follows a speech verb after a closing quote (`,” said rescuer Ahmet Demir`,
    /// `” added retired teacher Mary Jones`). After a quote the verb comes first and who spoke
    /// follows it, so the words between are what that person is, whatever the job; elsewhere
    /// they may say what the name is (`said extra Border Force officers`), and are not read so.
    /// Inlined, its first question asked where the name is read: it is asked of most names.
    @inline(__always)
    static func isRoleAfterInvertedSpeech(endingAt last: Int, in paragraph: TokenizedParagraph) -> Bool {
        guard last >= 3, last < paragraph.tokens.count, paragraph.tokens[last].isWord, !paragraph.tokens[last].isCapitalized,
              paragraph.tokens[last - 1].isWord, paragraph.contents.contains(.quoteMark) else { return false }
        return readsRoleAfterInvertedSpeech(endingAt: last, in: paragraph)
    }

    /// `isRoleAfterInvertedSpeech`, past its first question.
    private static func readsRoleAfterInvertedSpeech(endingAt last: Int, in paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        // The verb and the role are lowercase words after a mark: told on the tokens' shapes
        // before any word is looked up (it is asked of most names).
        var verb = last
        while verb > last - 3, tokens[verb].isWord, !tokens[verb].isCapitalized, tokens[verb - 1].isWord { verb -= 1 }
        guard verb < last, verb >= 2, tokens[verb].isWord, !tokens[verb].isCapitalized, !tokens[verb - 1].isWord,
              Vocabulary.speechVerbs.contains(tokens[verb].lower), !listenerVerbs.contains(tokens[verb].lower) else { return false }
        let closing = tokens[verb - 1].isMark(",") ? verb - 2 : verb - 1
        guard tokens[closing].isPunctuation("”\"’'"), tokens[last].length >= 3 else { return false }
        // An article may open the role (`said the rescuer`), and stands nowhere else in it;
        // no word of it says when or where it was said.
        return !(verb + 1..<last + 1).contains { index in
            let word = tokens[index].lower
            return circumstanceWords.contains(word) || Vocabulary.speechVerbs.contains(word) || index > verb + 1 && QuoteAttributor.articles.contains(word)
        }
    }
}
