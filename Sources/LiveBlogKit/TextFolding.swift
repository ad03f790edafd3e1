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

/// One folded search word, matched against text as written: the text is folded on the fly, so
/// no folded copy of a blog is kept. A word with letters beyond ASCII falls back to folding
/// each field it is looked for in.
struct FoldedNeedle: Sendable {
    let bytes: [UInt8]
    private let isASCII: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether the word occurs in `text`, compared as `TextFolding.fold` would compare them.
    func occurs(in text: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        guard isASCII else { return Self.contains(TextFolding.fold(text), bytes) }
        // `withCString` borrows a native string's own bytes: no copy, and (unlike a UTF-8
        // view) no reference-count traffic, which dominated a search over many paragraphs.
        let count = text.utf8.count
        return text.withCString { start in
            start.withMemoryRebound(to: UInt8.self, capacity: count) { hay in
                bytes.withUnsafeBufferPointer { occurs(in: UnsafeBufferPointer(start: hay, count: count), needle: $0) }
            }
        }
    }

    private func occurs(in hay: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = hay.baseAddress, hay.count >= needle.count else { return false }
        // The bytes a match can start with: a letter in either case; any apostrophe for `'`.
        let first = needle[0]
        let starts: (UInt8, UInt8, UInt8) = first >= 0x61 && first <= 0x7A ? (first, first - 0x20, first - 0x20)
            : first == UInt8(ascii: "'") ? (first, UInt8(ascii: "`"), 0xE2)
            : (first, first, first)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let patterns = (UInt64(starts.0) &* ones, UInt64(starts.1) &* ones, UInt64(starts.2) &* ones)
        // A match is never shorter than the needle.
        let last = hay.count - needle.count
        var start = 0
        while start <= last {
            // Eight bytes at a time while none of them can start a match.
            if start + 8 <= hay.count {
                let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                if Self.hasZeroByte(word ^ patterns.0) | Self.hasZeroByte(word ^ patterns.1) | Self.hasZeroByte(word ^ patterns.2) == 0 {
                    start += 8
                    continue
                }
            }
            let end = min(start + 8, last + 1)
            while start < end {
                let byte = hay[start]
                if byte == starts.0 || byte == starts.1 || byte == starts.2, matches(hay, at: start, needle) { return true }
                start += 1
            }
        }
        return false
    }

    /// Non-zero when some byte of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Whether the ASCII needle matches the text starting at `start`, ASCII letters in any
    /// case and any apostrophe for `'`.
    @inline(__always)
    private func matches(_ hay: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = start
        for wanted in needle {
            guard position < hay.count else { return false }
            let byte = hay[position]
            if wanted == UInt8(ascii: "'") {
                if byte == wanted || byte == UInt8(ascii: "`") {
                    position += 1
                } else if byte == 0xE2, position + 2 < hay.count, hay[position + 1] == 0x80,
                          hay[position + 2] == 0x98 || hay[position + 2] == 0x99 {
                    position += 3
                } else {
                    return false
                }
            } else if wanted >= 0x61 && wanted <= 0x7A {
                guard byte | 0x20 == wanted else { return false }
                position += 1
            } else {
                guard byte == wanted else { return false }
                position += 1
            }
        }
        return true
    }

    /// Whether `needle` occurs in the folded `haystack`.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }
}
