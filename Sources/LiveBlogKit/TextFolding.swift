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
            if isApostrophe(scalar) {
                folded.append(UInt8(ascii: "'"))
            } else if scalar.isASCII {
                let byte = UInt8(scalar.value)
                folded.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else {
                folded.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        if folded.last == 32 { folded.removeLast() }
        return folded
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "‘" || scalar == "`" || scalar == "'"
    }
}
