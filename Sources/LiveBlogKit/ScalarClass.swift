/// Character classes with fast paths: Unicode property lookups cost a table search each, and
/// almost every scalar of an English live blog is ASCII or general punctuation (curly quotes,
/// dashes), whose classes are known.
extension Unicode.Scalar {
    var isWhitespaceFast: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if isGeneralPunctuation {
            return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
        }
        return properties.isWhitespace
    }

    var isAlphabeticFast: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        if isGeneralPunctuation { return false }
        return properties.isAlphabetic
    }

    /// An ASCII digit, `0` to `9`.
    @inline(__always)
    var isASCIIDigit: Bool { value &- 0x30 < 10 }

    var isUppercaseFast: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        if isGeneralPunctuation { return false }
        return properties.isUppercase
    }

    var isLowercaseFast: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        if isGeneralPunctuation { return false }
        return properties.isLowercase
    }

    /// A combining mark that sits on the character before it (`e` and U+0301).
    var isNonspacingMarkFast: Bool {
        if value < 0x80 || isGeneralPunctuation { return false }
        return properties.generalCategory == .nonspacingMark
    }

    /// U+2000–U+206F: spaces, dashes, curly quotes, bullets, invisible operators — no letters
    /// or marks.
    @inline(__always)
    private var isGeneralPunctuation: Bool { value >= 0x2000 && value <= 0x206F }
}
