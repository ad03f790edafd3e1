/// A hospital's name after `and` when what stands before the `and` is no part of it: a health
/// body's name (`Orlando Health and Winnie Palmer Hospital`), or nothing once an owner's
/// possessive has gone (`Guy’s and St Thomas’ Hospital`). Read for `HospitalRecognizer.nameEnding`.
extension HospitalRecognizer {
    /// Words of health bodies' names (`Orlando Health`, `… University Health Board`), which a
    /// hospital's name joined to them by `and` is no part of.
    private static let wordsOfBodies: WordSet = ["health", "healthcare", "board", "trust", "system", "network", "partnership"]

    /// Where the name that runs from `start` to its keyword at `keywordStart` starts: past the
    /// last `and` with a health body's word before it, and past a joiner left opening it.
    static func startPastJoinedBody(_ nameStart: Int, keywordStart: Int, in tokens: [Token]) -> Int {
        var start = nameStart
        // One pass: a name of many `and`s (a hostile line's) is read once, not once per `and`.
        var bodySeen = false
        for index in nameStart..<max(nameStart, keywordStart) {
            let token = tokens[index]
            if token.lower == .and && !token.isCapitalized || token.isMark("&") {
                if bodySeen { start = index + 1 }
            } else if token.isCapitalized, wordsOfBodies.contains(token.lower) {
                bodySeen = true
            }
        }
        while start < keywordStart, tokens[start].isWord, !tokens[start].isCapitalized, nameJoiners.contains(tokens[start].lower) {
            start += 1
        }
        return start
    }
}
