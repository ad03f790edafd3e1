/// Splits a paragraph into tokens in one pass over its UTF-8 bytes. Words keep inner
/// apostrophes and hyphens (`King’s`, `NHS-trained`); links and hashtags are whole tokens, and
/// a link glued to the end of a hashtag (`#Strikehttps://t.co/x`) is split off.
enum Tokenizer {
    /// - Parameter asciiFastPath: off only for tests that check the fast path against the general one.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, asciiFastPath: Bool = true) -> [Token] {
        read(bytes, asciiFastPath: asciiFastPath).tokens
    }

    /// The tokens of `bytes`, and which of the kinds that only some paragraphs hold (links,
    /// hashtags, quote marks) are among them: what lets a rule pass over a paragraph that
    /// holds none of what it looks for without reading its tokens.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, asciiFastPath: Bool = true) -> (tokens: [Token], contents: Token.Contents) {
        var tokens: [Token] = []
        let contents = read(bytes, asciiFastPath: asciiFastPath, into: &tokens)
        return (tokens, contents)
    }

    /// `read`, appending the tokens to `tokens`: a caller that reads paragraph after paragraph
    /// can hand the same storage over each time.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, asciiFastPath: Bool = true, into tokens: inout [Token]) -> Token.Contents {
        // English prose has about one token in five bytes, a short line (a time, a byline) one
        // in three: room for one in four, and eight more, is one allocation for nearly every unit.
        tokens.reserveCapacity(tokens.count + bytes.count / 4 + 8)
        // Tokens are gathered a block at a time on the stack and appended to `tokens` a block
        // at once: appending them one by one checked at every token that the array's storage
        // was its own.
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: blockSize) { block in
            var gathered = 0
            @inline(__always)
            func emit(_ token: Token) {
                block.initializeElement(at: gathered, to: token)
                gathered += 1
                if gathered == block.count {
                    tokens.append(contentsOf: UnsafeBufferPointer(rebasing: block[..<gathered]))
                    gathered = 0
                }
            }
            let contents = read(bytes, asciiFastPath: asciiFastPath, emit: emit)
            tokens.append(contentsOf: UnsafeBufferPointer(rebasing: block[..<gathered]))
            return contents
        }
    }

    /// Tokens gathered on the stack before they are appended: 64 of 16 bytes, which the
    /// standard library keeps on the stack (a kilobyte).
    private static let blockSize = 64

    /// Reads `bytes`, handing each token to `emit` in order.
    @inline(__always)
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, asciiFastPath: Bool, emit: (Token) -> Void) -> Token.Contents {
        var contents: Token.Contents = []
        var index = 0
        var spaceBefore = false
        while index < bytes.count {
            let byte = bytes[index]
            // Most tokens are ASCII words between ASCII spaces: those skip scalar decoding.
            if AsciiLanes.isSpace(byte) {
                spaceBefore = true
                index += 1
                continue
            }
            if asciiFastPath, AsciiLanes.isLetter(byte) {
                var word = Token(start: 0, end: 0, kind: .word, shape: [], key: 0)
                // The commonest word, read here with one load and no loop (the call cost as
                // much as the reading): ASCII letters and digits, shorter than eight bytes,
                // with eight bytes or more to the end, ended by an ASCII byte that cannot join
                // it or start a glued link (not `'`, `-` or `:`), and no link.
                if let base = bytes.baseAddress, bytes.count &- index >= 8 {
                    let block = AsciiLanes.load(base + index, available: 8)
                    let lanes = AsciiLanes(block: block, available: 8)
                    let length = lanes.wordRun
                    // The byte that ends the word, when it is among the eight, taken from the
                    // block loaded already: a second load would wait on the word's length.
                    let end = length < 8 ? UInt8(truncatingIfNeeded: block >> (8 &* UInt64(length))) : 0x80
                    if endsPlainly(end), !LinkScanner.startsLink(byte) || !LinkScanner.mayStart(base + index, available: 8) {
                        let covered = AsciiLanes.highBits(lanes: length)
                        // `wordShape` written out: its arguments would be worked out for every
                        // word, where only a capitalised one needs them. No apostrophe ends the
                        // word: it is never possessive.
                        var shape: Token.Shape = spaceBefore ? .spaceBefore : []
                        if byte &- 0x41 < 26 {
                            shape.insert(.capitalized)
                            if lanes.lower & covered != 0 { shape.insert(.titleCase) }
                            if length >= 2, length <= 6, lanes.upper & covered == covered { shape.insert(.initialism) }
                        }
                        let lowercase = (block | lanes.upper >> 2) & ((1 << (8 &* UInt64(length))) &- 1)
                        word = Token(start: index, end: index &+ length, kind: .word, shape: shape,
                                     key: WordKey(packedLowercase: lowercase, count: length).value)
                    }
                }
                if word.end == 0 { word = longAsciiWord(bytes, from: index, spaceBefore: spaceBefore) }
                if word.end == 0 { word = asciiWord(bytes, from: index, spaceBefore: spaceBefore) }
                if word.end != 0 {
                    emit(word)
                    index = Int(word.end)
                    // A space, the commonest byte after a word, is passed over here.
                    spaceBefore = index < bytes.count && bytes[index] == 0x20
                    if spaceBefore { index += 1 }
                    continue
                }
            } else if asciiFastPath, AsciiLanes.isDigit(byte), let end = asciiNumberEnd(bytes, from: index) {
                emit(makeToken(bytes, index..<end, kind: .number, spaceBefore: spaceBefore))
                index = end
                spaceBefore = false
                continue
            } else if asciiFastPath, let length = markLength(bytes, at: index) {
                // Every mark of three bytes `markLength` lets through is a curly quote.
                if length == 3 || Token.isQuoteMark(UInt32(byte)) { contents.insert(.quoteMark) } else if byte == 0x3A { contents.insert(.colon) }
                emit(markToken(bytes, index..<index + length, spaceBefore: spaceBefore))
                index += length
                spaceBefore = false
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
            if scalar.isWhitespaceFast {
                spaceBefore = true
                index += length
                continue
            }
            let start = index
            let kind: Token.Kind
            // Only `h`, `p` or `w` starts a link: other marks skip the call.
            if LinkScanner.startsLink(byte), let end = LinkScanner.end(bytes, from: index) {
                index = end
                kind = .url
            } else if scalar == "#", index + 1 < bytes.count, isWordScalar(UTF8Bytes.scalar(in: bytes, at: index + 1).scalar) {
                index += 1
                while index < bytes.count, LinkScanner.end(bytes, from: index) == nil {
                    let (next, nextLength) = UTF8Bytes.scalar(in: bytes, at: index)
                    guard isWordScalar(next) || next == "_" else { break }
                    index += nextLength
                }
                kind = .hashtag
            } else if scalar.isASCIIDigit {
                index += length
                while index < bytes.count {
                    let (next, nextLength) = UTF8Bytes.scalar(in: bytes, at: index)
                    if next.isASCIIDigit || next.isAlphabeticFast {
                        index += nextLength
                    } else if next == "." || next == "," || next == ":", index + 1 < bytes.count, AsciiLanes.isDigit(bytes[index + 1]) {
                        index += 1
                    } else {
                        break
                    }
                }
                kind = .number
            } else if scalar.isAlphabeticFast {
                index += length
                while index < bytes.count {
                    let (next, nextLength) = UTF8Bytes.scalar(in: bytes, at: index)
                    if next == "h", UTF8Bytes.hasPrefix(bytes, at: index, "http://") || UTF8Bytes.hasPrefix(bytes, at: index, "https://") {
                        break
                    } else if isWordScalar(next) || next.isNonspacingMarkFast {
                        index += nextLength
                    } else if isInnerJoiner(next), index + nextLength < bytes.count,
                              UTF8Bytes.scalar(in: bytes, at: index + nextLength).scalar.isAlphabeticFast {
                        index += nextLength
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                index += length
                kind = .punctuation
            }
            let token = makeToken(bytes, start..<index, kind: kind, spaceBefore: spaceBefore)
            contents.formUnion(token.contents)
            emit(token)
            spaceBefore = false
        }
        return contents
    }

    /// A punctuation mark's token: one scalar, which is its key.
    @inline(__always)
    private static func markToken(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaceBefore: Bool) -> Token {
        Token(start: range.lowerBound, end: range.upperBound, kind: .punctuation, shape: spaceBefore ? .spaceBefore : [],
              key: UInt64(UTF8Bytes.scalar(in: bytes, at: range.lowerBound).scalar.value))
    }

    /// A token for the bytes in `range`, with its lowercase key and shape worked out.
    @inline(__always)
    private static func makeToken(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: Token.Kind,
                                  spaceBefore: Bool) -> Token {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var shape: Token.Shape = spaceBefore ? [.spaceBefore] : []
        if kind == .punctuation { return markToken(bytes, range, spaceBefore: spaceBefore) }
        if kind == .word {
            var isASCII = true
            var uppercase = 0
            var lowercase = 0
            for byte in slice {
                if byte >= 0x80 { isASCII = false } else if byte >= 0x41 && byte <= 0x5A { uppercase += 1 } else if byte >= 0x61 && byte <= 0x7A { lowercase += 1 }
            }
            if isASCII {
                if slice[0] >= 0x41 && slice[0] <= 0x5A || opensWithArticle(slice) {
                    shape.insert(.capitalized)
                    if lowercase > 0 { shape.insert(.titleCase) }
                }
                if (2...6).contains(slice.count) && uppercase == slice.count { shape.insert(.initialism) }
            } else {
                let first = UTF8Bytes.scalar(in: slice, at: 0)
                if first.scalar.isUppercaseFast || opensWithArticle(slice) {
                    shape.insert(.capitalized)
                    var offset = first.length
                    while offset < slice.count {
                        let (next, length) = UTF8Bytes.scalar(in: slice, at: offset)
                        if next.isLowercaseFast {
                            shape.insert(.titleCase)
                            break
                        }
                        offset += length
                    }
                }
            }
            if endsPossessive(slice) { shape.insert(.possessive) }
        }
        return Token(start: range.lowerBound, end: range.upperBound, kind: kind, shape: shape, key: WordKey(slice).value)
    }

    /// Whether a word ends in `’s` or `'s`.
    @inline(__always)
    static func endsPossessive(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard count >= 3, word[count - 1] == UInt8(ascii: "s") else { return false }
        if word[count - 2] == UInt8(ascii: "'") { return true }
        return count >= 5 && word[count - 4] == 0xE2 && word[count - 3] == 0x80 && word[count - 2] == 0x99
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticFast || scalar.isASCIIDigit
    }

    /// Apostrophes (a mistyped `‘` too: `Times‘s`) and hyphens that join the parts of one word.
    @inline(__always)
    static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "'" || scalar == "‘" || scalar == "-" || scalar == "‑"
    }
}
