/// The famous hospitals of `WellKnownHospitals` that a name run of pass one names, usually
/// written without a keyword (`the Royal Free`, `Alder Hey`).
extension HospitalRecognizer {
    /// Adds the famous hospital a name run is or, when the whole run is none, those its parts
    /// between `and` or `&` are: `Alder Hey and Whiston` is one run to the name reader, and
    /// `Guy’s and St Thomas’` one name. No part of a body's name is a hospital (`Guy’s and St
    /// Thomas’ NHS Foundation Trust`). Asked of every name run: most are passed over on their
    /// first word.
    static func appendWellKnownNames(in run: Range<Int>, of paragraph: TokenizedParagraph, firstWords: WordSet,
                                     to mentions: inout [HospitalMention]) {
        let tokens = paragraph.tokens
        let opensAName = firstWords.contains(tokens[run.lowerBound].lower)
        if opensAName, let mention = wellKnownName(run, of: paragraph) {
            mentions.append(mention)
            return
        }
        guard run.count >= 3 else { return }
        var part = run.lowerBound
        var partOpensAName = opensAName
        // The capital is asked first: most of a run's words have one.
        for index in run.lowerBound + 1..<run.upperBound - 1
        where !tokens[index].isCapitalized && (tokens[index].isWord && tokens[index].lower == .and || tokens[index].isMark("&")) {
            if partOpensAName, !namesABody(run, in: tokens), let mention = wellKnownName(part..<index, of: paragraph) { mentions.append(mention) }
            part = index + 1
            partOpensAName = firstWords.contains(tokens[part].lower)
        }
        guard part > run.lowerBound, partOpensAName, !namesABody(run, in: tokens),
              let mention = wellKnownName(part..<run.upperBound, of: paragraph) else { return }
        mentions.append(mention)
    }

    /// The famous hospital `run` names, with its place after it (`the Royal London in
    /// Whitechapel`), asked only of a run whose first word opens one.
    private static func wellKnownName(_ run: Range<Int>, of paragraph: TokenizedParagraph) -> HospitalMention? {
        let tokens = paragraph.tokens
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
