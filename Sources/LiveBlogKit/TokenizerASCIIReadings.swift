/// The tokenizer's readings on ASCII bytes, eight at a time where they can be: words, numbers
/// and marks whose reading needs no scalar decoding. Each gives way (nil, or a token ending
/// at 0) where the general reading in `Tokenizer.read` must decide; a randomised test holds
/// the two to the same tokens.
extension Tokenizer {
    /// Where a number starting with an ASCII digit at `start` ends, read on the bytes as the
    /// general reading would (letters and digits, and `.`, `,` or `:` between digits: `10.23am`,
    /// `£3,000`), or nil when a byte beyond ASCII comes first: the general reading decides then.
    @inline(__always)
    static func asciiNumberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if AsciiLanes.isDigit(byte) || AsciiLanes.isLetter(byte) {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":"),
                      index + 1 < bytes.count, AsciiLanes.isDigit(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The length of a punctuation mark standing at `index` that is a token on its own
    /// whatever follows it — ASCII punctuation other than `#`, or a curly quote — or nil when
    /// the general reading must look further (a digit, a hashtag, anything else).
    @inline(__always)
    static func markLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 {
            // Letters and white space are read before this is asked.
            return AsciiLanes.isDigit(byte) || byte == UInt8(ascii: "#") ? nil : 1
        }
        // U+2018–U+201F: ‘ ’ ‚ ‛ “ ” „ ‟.
        guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] &- 0x98 < 8 else { return nil }
        return 3
    }

    /// Whether the byte after a run of an ASCII word's letters ends the word as it stands:
    /// ASCII, and nothing that could join it (`'`, `-`) or start a link glued to it (`:`).
    @inline(__always)
    static func endsPlainly(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ":")
    }

    /// An ASCII word's shape from what its reading found: capitalised, title case, an
    /// initialism (two to six capitals). Whether it is possessive is the caller's to add.
    @inline(__always)
    static func wordShape(spaceBefore: Bool, firstIsUpper: Bool, anyLower: Bool, allUpper: Bool, length: Int) -> Token.Shape {
        var shape: Token.Shape = spaceBefore ? .spaceBefore : []
        // Only a capitalised word can be all capitals: the rest skip the tests.
        if firstIsUpper {
            shape.insert(.capitalized)
            if anyLower { shape.insert(.titleCase) }
            if length >= 2 && length <= 6 && allUpper { shape.insert(.initialism) }
        }
        return shape
    }

    /// The next commonest word: eight to fifteen ASCII letters and digits, ended as the
    /// commonest is, read with two loads; a token ending at 0 for any other (`asciiWord` reads
    /// those). Kept out of the loop, so that the loop's own reading stays small.
    @inline(never)
    static func longAsciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Bool) -> Token {
        let none = Token(start: 0, end: 0, kind: .word, shape: [], key: 0)
        let available = bytes.count &- start
        guard let base = bytes.baseAddress, available > 8 else { return none }
        let firstBlock = AsciiLanes.load(base + start, available: 8)
        let first = AsciiLanes(block: firstBlock, available: 8)
        guard first.wordRun == 8 else { return none }
        let secondBlock = AsciiLanes.load(base + (start &+ 8), available: available &- 8)
        let second = AsciiLanes(block: secondBlock, available: available &- 8)
        let run = second.wordRun
        guard run < 8 else { return none }
        let length = 8 &+ run
        // At the paragraph's end nothing can join the word.
        let end = start &+ length < bytes.count ? base[start &+ length] : UInt8(ascii: " ")
        guard endsPlainly(end), !LinkScanner.startsLink(base[start]) || !LinkScanner.mayStart(base + start, available: available) else { return none }
        // Longer than an initialism, and with no apostrophe never possessive.
        let shape = wordShape(spaceBefore: spaceBefore, firstIsUpper: base[start] &- 0x41 < 26,
                              anyLower: first.lower != 0 || second.lower & AsciiLanes.highBits(lanes: run) != 0, allUpper: false, length: length)
        // The key from the bytes loaded already, lowercased as the short word's are.
        let rest = (secondBlock | second.upper >> 2) & ((1 << (8 &* UInt64(run))) &- 1)
        let key = WordKey(lowercaseFirstEight: firstBlock | first.upper >> 2, rest: rest, count: length)
        return Token(start: start, end: start &+ length, kind: .word, shape: shape, key: key.value)
    }

    /// An ASCII word starting with a letter, read in one pass that also works out its shape;
    /// a token ending at 0 where the general reading is needed (a link, a word with letters
    /// beyond ASCII). Letters and digits are classified eight bytes at a time (`AsciiLanes`);
    /// only the byte that ends a run of them is looked at on its own.
    @inline(__always)
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Bool) -> Token {
        let none = Token(start: 0, end: 0, kind: .word, shape: [], key: 0)
        guard let base = bytes.baseAddress else { return none }
        let count = bytes.count
        let first = base[start]
        let firstIsUpper = first &- 0x41 < 26
        if LinkScanner.startsLink(first), LinkScanner.mayStart(base + start, available: count - start), LinkScanner.end(bytes, from: start) != nil {
            return none
        }
        let firstBlock = AsciiLanes.load(base + start, available: count - start)
        var allUpper = true
        var anyLower = false
        var index = start
        var lanes = AsciiLanes(block: firstBlock, available: count - start)
        // The first eight bytes lowercased, from the capitals already found: a short word's key.
        let firstLowercase = firstBlock | lanes.upper >> 2
        while true {
            let run = lanes.wordRun
            let covered = AsciiLanes.highBits(lanes: run)
            anyLower = anyLower || lanes.lower & covered != 0
            allUpper = allUpper && lanes.upper & covered == covered
            index += run
            if run < 8 {
                guard index < count else { break }
                let byte = base[index]
                if byte >= 0x80 {
                    // Beyond ASCII: a curly apostrophe before an ASCII letter joins the word
                    // (`King’s`), a mark that no word holds ends it (`doctors’ `, `said”`);
                    // anything else is for the general reading.
                    guard let joined = joinBeyondASCII(bytes, at: index) else { return none }
                    if joined == 0 { break }
                    allUpper = false
                    index += joined
                    lanes = AsciiLanes(base + index, available: count - index)
                    continue
                }
                // Inner apostrophes and hyphens join letters (`King's`, `NHS-trained`).
                guard byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"), index + 1 < count else { break }
                let next = base[index + 1]
                if next >= 0x80 { return none }
                guard AsciiLanes.isLetter(next) else { break }
                allUpper = false
                index += 1
            }
            lanes = AsciiLanes(base + index, available: count - index)
        }
        // A link glued to the word ends it (`out.https://…` is split in two): the link's colon
        // ended the run, so only the run's last letters can start it.
        if index < count, base[index] == UInt8(ascii: ":"), let cut = LinkScanner.gluedStart(base, count: count, wordStart: start, wordEnd: index) {
            index = cut
            allUpper = true
            anyLower = false
            for offset in start..<index {
                let byte = base[offset]
                anyLower = anyLower || byte &- 0x61 < 26
                allUpper = allUpper && byte &- 0x41 < 26
            }
        }
        let length = index - start
        let opensAsName = firstIsUpper || opensWithArticle(UnsafeBufferPointer(start: base + start, count: length))
        var shape = wordShape(spaceBefore: spaceBefore, firstIsUpper: opensAsName, anyLower: anyLower, allUpper: allUpper, length: length)
        if length >= 3, endsPossessive(UnsafeBufferPointer(start: base + start, count: length)) { shape.insert(.possessive) }
        let key = length <= 8 ? WordKey(packedLowercase: length == 8 ? firstLowercase : firstLowercase & ((1 << (8 * UInt64(length))) - 1), count: length)
            : WordKey(UnsafeBufferPointer(start: base + start, count: length))
        return Token(start: start, end: index, kind: .word, shape: shape, key: key.value)
    }

    /// Whether a word is a name the Arabic article opens in lowercase (`al-Shifa`, `el-Sisi`):
    /// it is read as capitalised, as the name is.
    @inline(__always)
    static func opensWithArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count >= 4 && (word[0] == UInt8(ascii: "a") || word[0] == UInt8(ascii: "e")) && word[1] == UInt8(ascii: "l")
            && word[2] == UInt8(ascii: "-") && word[3] &- 0x41 < 26
    }

    /// How the scalar beyond ASCII at `index`, just after a run of a word's ASCII letters,
    /// bears on the word, as the general reading would have it: the bytes to take in when it
    /// is an inner joiner before an ASCII letter (the word goes on), 0 when it ends the word,
    /// nil when the general reading must decide (a letter, a combining mark, a joiner before
    /// a letter beyond ASCII).
    @inline(__always)
    static func joinBeyondASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        // The commonest such scalar, a curly apostrophe (`’`, E2 80 99) before an ASCII byte
        // or the end (`doctors’ `, `it’s`), read on its bytes: it joins an ASCII letter.
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            guard index + 3 < bytes.count else { return 0 }
            let next = bytes[index + 3]
            if next < 0x80 { return AsciiLanes.isLetter(next) ? 3 : 0 }
        }
        let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
        if scalar.isAlphabeticFast || scalar.isNonspacingMarkFast { return nil }
        guard isInnerJoiner(scalar) else { return 0 }
        guard index + length < bytes.count else { return 0 }
        let next = UTF8Bytes.scalar(in: bytes, at: index + length).scalar
        guard next.isAlphabeticFast else { return 0 }
        return next.isASCII ? length : nil
    }
}
