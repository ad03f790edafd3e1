/// A hospital's name after `and` when what stands before the `and` is no part of it: a health
/// body's name (`Orlando Health and Winnie Palmer Hospital`), or nothing once an owner's
/// possessive has gone (`Guy’s and St Thomas’ Hospital`). Read for `HospitalRecognizer.nameEnding`.
extension HospitalRecognizer {
    /// Words of health bodies' names (`Orlando Health`, `… University Health Board`), which a
    /// hospital's name joined to them by `and` is no part of.
    private static let wordsOfBodies: WordSet = ["health", "healthcare", "board", "trust", "system", "network", "partnership"]

    /// Where the name that runs from `start` to its keyword at `keywordStart` starts: past the
    /// last `and` with a health body's word before it, and past a joiner left opening it.
    static func startPastJoinedBody(_ start: Int, keywordStart: Int, in tokens: [Token]) -> Int {
        var start = start
        if let joiner = (start + 1..<max(start + 1, keywordStart)).last(where: { index in
            (tokens[index].lower == .and && !tokens[index].isCapitalized || tokens[index].isMark("&"))
                && tokens[start..<index].contains { $0.isCapitalized && wordsOfBodies.contains($0.lower) }
        }) {
            start = joiner + 1
        }
        while start < keywordStart, tokens[start].isWord, !tokens[start].isCapitalized, nameJoiners.contains(tokens[start].lower) {
            start += 1
        }
        return start
    }
}
