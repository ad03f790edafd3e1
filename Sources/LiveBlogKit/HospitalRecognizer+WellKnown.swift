extension HospitalRecognizer {
    /// Adds the famous hospital a name run is (`the Royal Free`, `Alder Hey`) or, when the
    /// whole run is none, those its parts between `and` or `&` are: `Alder Hey and Whiston` is
    /// one run to the name reader, and `Guy’s and St Thomas’` one name.
    static func appendWellKnownNames(in run: Range<Int>, of paragraph: TokenizedParagraph, firstWords: WordSet,
                                     to mentions: inout [HospitalMention]) {
        if let mention = wellKnownName(run, of: paragraph, firstWords: firstWords) {
            mentions.append(mention)
            return
        }
        let tokens = paragraph.tokens
        // `Guy’s and St Thomas’ NHS Foundation Trust`: no part of a body's name is a hospital.
        guard run.count >= 3, !namesABody(run, in: tokens) else { return }
        var partStart = run.lowerBound
        for index in run.lowerBound + 1..<run.upperBound - 1
        where tokens[index].isWord && !tokens[index].isCapitalized && tokens[index].lower == .and || tokens[index].isMark("&") {
            if let mention = wellKnownName(partStart..<index, of: paragraph, firstWords: firstWords) { mentions.append(mention) }
            partStart = index + 1
        }
        guard partStart > run.lowerBound, partStart < run.upperBound,
              let mention = wellKnownName(partStart..<run.upperBound, of: paragraph, firstWords: firstWords) else { return }
        mentions.append(mention)
    }

    /// The famous hospital `run` names, with its place after it (`the Royal London in
    /// Whitechapel`); nil for most runs, which the first word tells without normalising.
    private static func wellKnownName(_ run: Range<Int>, of paragraph: TokenizedParagraph, firstWords: WordSet) -> HospitalMention? {
        let tokens = paragraph.tokens
        guard !run.isEmpty, firstWords.contains(tokens[run.lowerBound].lower) else { return nil }
        var surface = String(paragraph.surface(run))
        var key = HospitalName.normalize(surface)
        // `the Royal Free’s chief executive`: a possessive that is no part of the name
        // (`Guy’s` is a name as written).
        if WellKnownHospitals.keys[key] == nil, tokens[run.upperBound - 1].isPossessive {
            surface = NameRuns.withoutPossessive(surface)
            key = HospitalName.normalize(surface)
        }
        guard WellKnownHospitals.keys[key] != nil else { return nil }
        // `St Thomas’`: the apostrophe after a final s is the name's.
        var tokensOfName = run
        if run.upperBound < tokens.count, !tokens[run.upperBound].spaceBefore, tokens[run.upperBound].isPunctuation("’'"),
           surface.hasSuffix("s") {
            tokensOfName = run.lowerBound..<run.upperBound + 1
            surface = String(paragraph.surface(tokensOfName))
        }
        if namesABody(tokensOfName, in: tokens) { return nil }
        var mention = HospitalMention(kind: .wellKnown, surface: surface, key: key, location: nil, tokens: tokensOfName)
        attachLocation(to: &mention, in: paragraph)
        return mention
    }

    /// Whether the words after a name make it a body's (`Guy’s and St Thomas’ NHS Foundation
    /// Trust` is the trust's name), past the apostrophe of a final s.
    private static func namesABody(_ name: Range<Int>, in tokens: [Token]) -> Bool {
        var end = name.upperBound
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].isPunctuation("’'") { end += 1 }
        let nhs = end < tokens.count && tokens[end].isWord && tokens[end].lower == .nhs
        return NameRuns.isFollowedByInstitution(name.lowerBound..<(nhs ? end + 1 : end), in: tokens)
    }
}
