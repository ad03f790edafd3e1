/// The one way search text is folded for comparison: lowercase, one apostrophe (`’`, `‘` and
/// `` ` `` read as `'`), runs of white space as one space.
enum TextFolding {
    static func fold<S: StringProtocol>(_ text: S) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar.isWhitespaceFast {
                if !lastWasSpace { folded.append(32) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            appendFolded(scalar, to: &folded)
        }
        if folded.last == 32 { folded.removeLast() }
        return folded
    }

    /// Appends a scalar that is no white space, folded: an apostrophe as `'`, a letter in
    /// lowercase. Returns how many bytes it appended.
    @discardableResult
    static func appendFolded(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) -> Int {
        if isApostrophe(scalar) {
            folded.append(UInt8(ascii: "'"))
            return 1
        }
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            folded.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            return 1
        }
        let lowercased = String(scalar).lowercased().utf8
        folded.append(contentsOf: lowercased)
        return lowercased.count
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "‘" || scalar == "`" || scalar == "'"
    }
}
