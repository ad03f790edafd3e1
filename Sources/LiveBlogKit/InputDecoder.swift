import Foundation

/// Turns a text file's bytes, a chunk at a time, into the UTF-8 the parser reads, with line
/// ends it knows: UTF-16 and Windows-1252 text is transcoded, and the lone carriage returns
/// that end the lines of old Mac files become line feeds. UTF-8 passes through uncopied.
///
/// The encoding is told from the file's head (UTF-16) or from the first chunk that holds a
/// byte outside ASCII (UTF-8 or Windows-1252), as vim's `fileencodings` tries UTF-8 first and
/// falls back to Latin-1; until then, ASCII reads the same in all of them.
public struct InputDecoder: Sendable {
    /// The encoding found, or nil while every byte read was ASCII.
    public private(set) var encoding: TextEncoding?
    /// Whether lines end in a carriage return alone; nil until the first line end is read.
    public private(set) var endsLinesWithCarriageReturns: Bool?

    /// The input's head while it is shorter than `TextEncoding.headLength`, gathered before
    /// anything is told from it; nil once told (or when the first chunk was long enough).
    private var pendingHead: [UInt8]? = []
    private var startedReading = false
    /// The first byte of a UTF-16 code unit that the chunk cut in two.
    private var heldByte: UInt8?
    /// A leading surrogate whose trailing half is in the next chunk.
    private var heldSurrogate: UInt16?
    /// A carriage return ending a chunk before any line end was told: a line feed may follow.
    private var heldCarriageReturn = false
    private var lastWasCarriageReturn = false
    private var repaired = false

    public init() {}

    /// The UTF-8 of the next chunk: the chunk itself when it is UTF-8 with line feeds already.
    public mutating func decode(_ chunk: Data) -> Data {
        guard !chunk.isEmpty else { return chunk }
        if let head = pendingHead, !head.isEmpty || chunk.count < TextEncoding.headLength {
            let gathered = head + chunk
            pendingHead = gathered
            return gathered.count < TextEncoding.headLength ? Data() : decodePendingHead()
        }
        pendingHead = nil
        let utf8 = chunk.withUnsafeBytes { raw -> [UInt8]? in
            transcode(raw.bindMemory(to: UInt8.self))
        }
        guard let utf8 else { return chunk }
        return Data(utf8)
    }

    /// What was held back at the end of the input: a head too short to tell anything from
    /// before, a carriage return, or half a UTF-16 code unit or surrogate pair (repaired as
    /// U+FFFD); nil when nothing was.
    public mutating func finish() -> Data? {
        var rest = decodePendingHead()
        if heldCarriageReturn { rest.append(13) }
        heldCarriageReturn = false
        if heldByte != nil || heldSurrogate != nil {
            repaired = true
            rest += Data("\u{FFFD}".utf8)
        }
        heldByte = nil
        heldSurrogate = nil
        return rest.isEmpty ? nil : rest
    }

    /// The UTF-8 of the gathered head, which is let go.
    private mutating func decodePendingHead() -> Data {
        guard let head = pendingHead, !head.isEmpty else { return Data() }
        pendingHead = nil
        return Data(head.withUnsafeBufferPointer { transcode($0) } ?? head)
    }

    /// Notes for the blog's diagnostics on how its text was read, when it was not UTF-8 with
    /// line feeds.
    public var notes: [Diagnostic] {
        var notes: [Diagnostic] = []
        if let encoding, encoding != .utf8 {
            let repair = repaired ? "; broken characters shown as �" : ""
            let how = encoding == .windows1252 ? "was not UTF-8 and was read as Windows-1252 (Latin-1)" : "was \(encoding.name), read as such"
            notes.append(Diagnostic(kind: .otherEncoding, line: nil, message: "input \(how)\(repair)"))
        }
        if endsLinesWithCarriageReturns == true {
            notes.append(Diagnostic(kind: .otherEncoding, line: nil, message: "lines ended in carriage returns alone (old Mac text), read as line ends"))
        }
        return notes
    }

    /// The chunk's UTF-8 when it differs from the chunk, else nil.
    private mutating func transcode(_ chunk: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if !startedReading {
            startedReading = true
            encoding = TextEncoding.utf16(head: chunk)
        }
        if encoding == nil, let firstOutsideASCII = chunk.firstIndex(where: { $0 >= 0x80 }) {
            encoding = TextEncoding.utf8OrLegacy(UnsafeBufferPointer(rebasing: chunk[firstOutsideASCII...]))
        }
        var transcoded: [UInt8]?
        switch encoding {
        case .utf16(let bigEndian)?: transcoded = utf16(chunk, bigEndian: bigEndian)
        case .windows1252?: transcoded = Self.windows1252(chunk)
        case .utf8?, nil: break
        }
        if heldCarriageReturn {
            transcoded = [13] + (transcoded ?? Array(chunk))
            heldCarriageReturn = false
        }
        if endsLinesWithCarriageReturns == nil {
            endsLinesWithCarriageReturns = if let transcoded { Self.lineEnds(of: transcoded) } else { Self.lineEnds(of: chunk) }
            if endsLinesWithCarriageReturns == nil, (transcoded?.last ?? chunk.last) == 13 {
                heldCarriageReturn = true
                transcoded = Array((transcoded ?? Array(chunk)).dropLast())
            }
        }
        guard endsLinesWithCarriageReturns == true else { return transcoded }
        return lineFeeds(transcoded ?? Array(chunk))
    }

    /// Whether the lines of text starting with `bytes` end in carriage returns alone: the
    /// first line end is one and no line feed follows. Nil when `bytes` hold no line end, or
    /// only a carriage return at their end, which a line feed may follow.
    private static func lineEnds(of bytes: some BidirectionalCollection<UInt8>) -> Bool? {
        guard let end = bytes.firstIndex(where: { $0 == 10 || $0 == 13 }) else { return nil }
        if bytes[end] == 10 { return false }
        if end == bytes.index(before: bytes.endIndex) { return nil }
        return !bytes.contains(10)
    }

    /// UTF-16 code units to UTF-8, holding back what the chunk's end cut in two.
    private mutating func utf16(_ chunk: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
            bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
        }
        var units: [UInt16] = []
        units.reserveCapacity(chunk.count / 2 + 2)
        if let surrogate = heldSurrogate { units.append(surrogate) }
        heldSurrogate = nil
        var index = 0
        if let first = heldByte {
            units.append(unit(first, chunk[0]))
            index = 1
            heldByte = nil
        }
        while index + 1 < chunk.count {
            units.append(unit(chunk[index], chunk[index + 1]))
            index += 2
        }
        if index < chunk.count { heldByte = chunk[index] }
        if let last = units.last, UTF16.isLeadSurrogate(last) { heldSurrogate = units.removeLast() }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 3 / 2)
        if Swift.transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false, into: { output.append($0) }) {
            repaired = true
        }
        return output
    }

    /// Windows-1252 bytes to UTF-8. Its five unassigned bytes become the C1 controls of the
    /// same number, as the WHATWG encoding standard reads them, so that no byte is lost.
    private static func windows1252(_ chunk: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(chunk.count + chunk.count / 4)
        for byte in chunk {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = (0x80...0x9F).contains(byte) ? windows1252Controls[Int(byte) - 0x80] : UInt32(byte)
            UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { output.append($0) }
        }
        return output
    }

    /// The scalars of Windows-1252's bytes 0x80 to 0x9F, where it differs from Latin-1.
    private static let windows1252Controls: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Lone carriage returns as line feeds; a line feed after a carriage return (a Windows
    /// line end in the same file) is dropped, so that it makes one line end, not two.
    private mutating func lineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 13 {
                output.append(10)
            } else if byte != 10 || !lastWasCarriageReturn {
                output.append(byte)
            }
            lastWasCarriageReturn = byte == 13
        }
        return output
    }
}
