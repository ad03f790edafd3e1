/// How a report names the dead and the injured: `The victim has been named as Amanda Glenn`,
/// `The victims were identified as Dr Preston Phillips, Amanda Glenn and William Love`.
extension PersonEvidence {
    /// Whether the name `run`, after `as`, `and` or a comma at `before`, is what someone was
    /// named or identified as, alone or in a list of names after `as`, and ends there (a
    /// comma, a stop, `and`): `named as Aston Villa manager` names a club's manager.
    static func isNamedAs(_ run: Range<Int>, before: Int, after: Int, in paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard after >= tokens.count || tokens[after].isPunctuation(",.;") || paragraph.word(at: after) == .and else { return false }
        // Back over the list's names, commas and `and` to its `as`.
        var index = before
        while index >= 1, index > before - 24, paragraph.word(at: index) != .as {
            let token = tokens[index]
            guard token.isTitleCase || token.isMark(",") || token.isMark(".") || token.lower == .and else { return false }
            index -= 1
        }
        guard index >= 1, paragraph.word(at: index) == .as, let verb = paragraph.word(at: index - 1) else { return false }
        return namingVerbs.contains(verb)
    }

    /// Verbs a report names the dead by (`named as`, `identified as`).
    private static let namingVerbs: WordSet = ["named", "identified"]
}
