/// One folded search word, matched against text as written: the text is folded on the fly, so
/// no folded copy of a blog is kept. A word with letters beyond ASCII falls back to folding
/// each field it is looked for in.
struct FoldedNeedle: Sendable {
    let bytes: [UInt8]
    private let isASCII: Bool
    /// An apostrophe matches one to three bytes of text (`'`, `’`): without one, a match is
    /// exactly as long as the word.
    private let hasApostrophe: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        hasApostrophe = bytes.contains(UInt8(ascii: "'"))
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
                bytes.withUnsafeBufferPointer { needle in
                    let hay = UnsafeBufferPointer(start: hay, count: count)
                    return hasApostrophe ? occurs(in: hay, needle: needle) : Self.occursByEnds(in: hay, needle: needle)
                }
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
                if byte == starts.0 || byte == starts.1 || byte == starts.2, Self.matches(hay, at: start, needle) { return true }
                start += 1
            }
        }
        return false
    }

    /// `occurs` for a word without an apostrophe, sixteen starts at a time: a block of text is
    /// compared with the word's first byte and the block `count - 1` bytes on with its last
    /// (letters in either case), and only a start where both match is read in full. Looking
    /// for the first byte alone stops every few bytes on a common letter (`d` of `doctor`).
    private static func occursByEnds(in hay: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let span = needle.count - 1
        guard let base = hay.baseAddress, span >= 0, hay.count > span else { return false }
        // A letter's 0x20 bit set makes a capital its lowercase letter, and no other byte that
        // letter; any other byte is compared as it is.
        func lanes(_ byte: UInt8) -> (fold: SIMD16<UInt8>, wanted: SIMD16<UInt8>) {
            (SIMD16(repeating: byte &- 0x61 < 26 ? 0x20 : 0), SIMD16(repeating: byte))
        }
        let first = lanes(needle[0])
        let last = lanes(needle[span])
        var start = 0
        while start + 16 + span <= hay.count {
            let head = UnsafeRawPointer(base + start).loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = UnsafeRawPointer(base + start + span).loadUnaligned(as: SIMD16<UInt8>.self)
            let both = (head | first.fold .== first.wanted) .& (tail | last.fold .== last.wanted)
            // A lane's flag as a byte, read as two words: a test of the mask itself compiles
            // to a lane-by-lane reduction.
            let flags = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: both), to: SIMD2<UInt64>.self)
            for half in 0..<2 {
                var bits = flags[half]
                while bits != 0 {
                    if matches(hay, at: start + half * 8 + bits.trailingZeroBitCount / 8, needle) { return true }
                    bits &= bits &- 1
                }
            }
            start += 16
        }
        while start + span < hay.count {
            if matches(hay, at: start, needle) { return true }
            start += 1
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
    private static func matches(_ hay: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
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
