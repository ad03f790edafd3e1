/// One word, number, link, hashtag or punctuation mark of a paragraph, with where it stands.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case word, number, url, hashtag, punctuation }

    var text: Substring
    var kind: Kind
    /// Whether white space separates this token from the one before it.
    var spaceBefore: Bool

    var range: Range<String.Index> { text.startIndex..<text.endIndex }

    var isWord: Bool { kind == .word }

    /// Lowercased text, for comparisons against word lists.
    var lower: String { text.lowercased() }

    /// A word starting with a capital letter (`King’s`, `St`, `NHS`).
    var isCapitalized: Bool {
        kind == .word && (text.unicodeScalars.first?.isUppercaseFast ?? false)
    }

    /// A capitalised word with lowercase letters in it: how names are written (`Patel`, not `NHS`).
    var isTitleCase: Bool {
        isCapitalized && text.unicodeScalars.dropFirst().contains { $0.isLowercaseFast }
    }

    /// All capitals, two to six letters: an initialism (`RUH`, `PRUH`).
    var isInitialism: Bool {
        kind == .word && (2...6).contains(text.unicodeScalars.count)
            && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    func isPunctuation(_ marks: String) -> Bool {
        kind == .punctuation && marks.contains(text.first ?? " ")
    }
}

/// Splits a paragraph into tokens in one pass. Words keep inner apostrophes and hyphens
/// (`King’s`, `NHS-trained`); links and hashtags are whole tokens, and a link glued to the end
/// of a hashtag (`#Strikehttps://t.co/x`) is split off.
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var spaceBefore = false
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isWhitespaceFast {
                spaceBefore = true
                index = scalars.index(after: index)
                continue
            }
            let start = index
            let kind: Token.Kind
            if let end = linkEnd(scalars, from: index) {
                index = end
                kind = .url
            } else if scalar == "#", let next = scalars.index(index, offsetBy: 1, limitedBy: scalars.endIndex),
                      next != scalars.endIndex, isWordScalar(scalars[next]) {
                index = next
                while index != scalars.endIndex, isWordScalar(scalars[index]) || scalars[index] == "_",
                      linkEnd(scalars, from: index) == nil {
                    index = scalars.index(after: index)
                }
                kind = .hashtag
            } else if ("0"..."9").contains(scalar) {
                index = scalars.index(after: index)
                while index != scalars.endIndex {
                    let current = scalars[index]
                    if ("0"..."9").contains(current) || current.properties.isAlphabetic {
                        index = scalars.index(after: index)
                    } else if ".,:".unicodeScalars.contains(current), followedByDigit(scalars, index) {
                        index = scalars.index(after: index)
                    } else {
                        break
                    }
                }
                kind = .number
            } else if scalar.isAlphabeticFast {
                index = scalars.index(after: index)
                while index != scalars.endIndex {
                    let current = scalars[index]
                    if current == "h", hasPrefix(scalars, at: index, "http://") || hasPrefix(scalars, at: index, "https://") {
                        break
                    } else if isWordScalar(current) || (!current.isASCII && current.properties.generalCategory == .nonspacingMark) {
                        index = scalars.index(after: index)
                    } else if isInnerJoiner(current), followedByLetter(scalars, index) {
                        index = scalars.index(after: index)
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                index = scalars.index(after: index)
                kind = .punctuation
            }
            tokens.append(Token(text: text[start..<index], kind: kind, spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticFast || ("0"..."9").contains(scalar)
    }

    /// Apostrophes (a mistyped `‘` too: `Times‘s`) and hyphens that join the parts of one word.
    private static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "'" || scalar == "‘" || scalar == "-" || scalar == "‑"
    }

    private static func followedByLetter(_ scalars: String.UnicodeScalarView, _ index: String.Index) -> Bool {
        let next = scalars.index(after: index)
        return next != scalars.endIndex && scalars[next].isAlphabeticFast
    }

    private static func followedByDigit(_ scalars: String.UnicodeScalarView, _ index: String.Index) -> Bool {
        let next = scalars.index(after: index)
        return next != scalars.endIndex && ("0"..."9").contains(scalars[next])
    }

    private static let linkPrefixes = ["https://", "http://", "pic.twitter.com/", "www."]

    /// Where a link starting here ends (at white space), or nil when none starts here.
    private static func linkEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        let first = scalars[start]
        guard first == "h" || first == "p" || first == "w" else { return nil }
        var matched = false
        for prefix in linkPrefixes where hasPrefix(scalars, at: start, prefix) {
            matched = true
            break
        }
        guard matched else { return nil }
        var index = start
        while index != scalars.endIndex, !scalars[index].isWhitespaceFast {
            index = scalars.index(after: index)
        }
        // Trailing sentence punctuation belongs to the sentence, not the link.
        while index > start, let previous = Optional(scalars[scalars.index(before: index)]),
              ".,;:!?)”\"’'".unicodeScalars.contains(previous) {
            index = scalars.index(before: index)
        }
        return index
    }

    private static func hasPrefix(_ scalars: String.UnicodeScalarView, at start: String.Index, _ prefix: String) -> Bool {
        var index = start
        for expected in prefix.unicodeScalars {
            guard index != scalars.endIndex, scalars[index] == expected else { return false }
            index = scalars.index(after: index)
        }
        return true
    }
}
