/// An initialism a text defines in brackets straight after a hospital's full name
/// (`Queen Elizabeth Hospital Birmingham (QEHB)`): the blog's own word that the two are one,
/// whether or not the letters spell the name.
struct InitialismDefinition: Equatable, Sendable {
    /// As written: `QEHB`.
    var initialism: String
    /// The normal form of the name it stands for (`HospitalName.normalize`).
    var key: String

    /// The definitions that follow the full-name mentions `found` of `unit`: `(`, one
    /// initialism, `)` after a mention, or after up to three capitalised words that go on
    /// with its name as written (`Hospital Birmingham (QEHB)`), or inside it before its
    /// keyword (`Guru Teg Bahadur (GTB) Hospital`).
    static func following(_ found: [HospitalMention], in unit: borrowing TokenizedParagraph) -> [InitialismDefinition] {
        let tokens = unit.tokens
        var definitions: [InitialismDefinition] = []
        for index in found.indices {
            let inside = found[index].tokens.dropLast().first { tokens[$0].isMark("(") }
            var after = inside ?? found[index].tokens.upperBound
            let limit = after + 3
            while after < tokens.count, after < limit, tokens[after].isTitleCase, tokens[after].spaceBefore,
                  !Vocabulary.nonNameWords.contains(tokens[after].lower) {
                after += 1
            }
            guard after + 2 < tokens.count, tokens[after].isMark("("), tokens[after + 1].isInitialism,
                  tokens[after + 2].isMark(")") else { continue }
            let initialism = String(unit.text(of: after + 1))
            // An initialism of the name starts with its first letter: `(NHS)` after `Lewisham
            // Hospital` says something else of it.
            guard let first = found[index].key.unicodeScalars.first, let letter = initialism.unicodeScalars.first,
                  String(first).uppercased() == String(letter) else { continue }
            definitions.append(InitialismDefinition(initialism: initialism, key: found[index].key))
        }
        return definitions
    }
}
