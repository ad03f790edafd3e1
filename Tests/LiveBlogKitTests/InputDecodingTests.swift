import Foundation
import Testing
@testable import LiveBlogKit

/// Text files as editors other than a web page's save them: UTF-16 ("Unicode" in Windows'
/// Notepad), Windows-1252 ("ANSI"), lines ended by carriage returns alone (old Mac text); and
/// files that are not plain text at all.
@Suite struct InputDecodingTests {
    /// A blog with letters outside Latin-1 and outside the Basic Multilingual Plane (a
    /// surrogate pair in UTF-16), so that every path of the decoding is taken.
    static let blog = "Médecins strike at King’s College Hospital\n\n9.41am BST\n“We are exhausted,” said Zoë Adeyemi, a nurse 👩‍⚕️.\n\n9.30am BST\nPickets at Lewisham hospital.\n"

    /// `bytes` decoded by an `InputDecoder` fed `chunkSize` bytes at a time.
    static func decoded(_ bytes: [UInt8], chunkSize: Int) -> (text: [UInt8], decoder: InputDecoder) {
        var decoder = InputDecoder()
        var text: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunkSize)
            text += decoder.decode(Data(bytes[start..<end]))
            start = end
        }
        text += decoder.finish() ?? Data()
        return (text, decoder)
    }

    static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
        let units = (byteOrderMark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    /// However the chunks cut its code units and surrogate pairs, UTF-16 reads as the same
    /// blog as its UTF-8, with or without a byte order mark, in either byte order.
    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16ReadsAsItsUTF8(bigEndian: Bool, byteOrderMark: Bool) {
        let bytes = Self.utf16(Self.blog, bigEndian: bigEndian, byteOrderMark: byteOrderMark)
        for chunkSize in [1, 2, 3, 5, 7, 64, bytes.count] {
            let (text, decoder) = Self.decoded(bytes, chunkSize: chunkSize)
            #expect(LiveBlogParser.parse(bytes: text) == LiveBlogParser.parse(Self.blog), "chunks of \(chunkSize)")
            #expect(decoder.encoding == .utf16(bigEndian: bigEndian))
        }
        let note = Self.decoded(bytes, chunkSize: 3).decoder.notes.map(\.message)
        #expect(note == ["input was UTF-16 (\(bigEndian ? "big" : "little")-endian), read as such"])
    }

    @Test func aUTF16FileCutShortEndsInAReplacementCharacter() {
        let bytes = Self.utf16("Head\n\n9.00am\nA nurse 👩", bigEndian: false, byteOrderMark: true)
        let (text, decoder) = Self.decoded(Array(bytes.dropLast()), chunkSize: 4)
        #expect(String(decoding: text, as: UTF8.self).hasSuffix("A nurse \u{FFFD}"))
        #expect(decoder.notes.first?.message == "input was UTF-16 (little-endian), read as such; broken characters shown as �")
    }

    /// Notepad's "ANSI": curly quotes, the pound, accents, and the five bytes Windows-1252
    /// leaves unassigned, which become C1 controls as browsers read them, so no byte is lost.
    @Test func windows1252ReadsItsPunctuationAndAccents() {
        let bytes: [UInt8] = Array("Head\n\n9.00am\n".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0xA3, 0x35, 0x20, 0x96, 0x20, 0x81, 0x9D]
        let (text, decoder) = Self.decoded(bytes, chunkSize: 5)
        #expect(String(decoding: text, as: UTF8.self) == "Head\n\n9.00am\n“Café” £5 – \u{81}\u{9D}")
        #expect(decoder.encoding == .windows1252)
        #expect(decoder.notes.map(\.message) == ["input was not UTF-8 and was read as Windows-1252 (Latin-1)"])
        let blog = LiveBlogParser.parse(bytes: text)
        #expect(blog.posts.first?.quotes.first?.text == "Café")
    }

    /// The encoding is told by the first chunk that holds a byte outside ASCII, however far
    /// into the file: ASCII reads the same in both.
    @Test func windows1252FoundPastAnASCIIHead() {
        let head = Array(("Head\n\n" + String(repeating: "9.00am\nPlain words.\n", count: 400)).utf8)
        let (text, decoder) = Self.decoded(head + [0x91, 0x4F, 0x4B, 0x92], chunkSize: 256)
        #expect(Array(text.suffix(8)) == Array("‘OK’".utf8))
        #expect(decoder.encoding == .windows1252)
    }

    /// UTF-8 with a stray bad byte stays UTF-8, passed through for the parser to repair and
    /// note; so do ASCII and Windows line ends. A chunk as long as a file's first passes
    /// through uncopied.
    @Test func utf8PassesThroughWithItsFaults() {
        let faulty = Array("Head\n\n9.00am\nCafé ".utf8) + [0xFF] + Array(" “ok”\n".utf8)
        let ascii = Array("Head\r\n\r\n9.00am\r\nText\r\n".utf8)
        for (bytes, encoding) in [(faulty, TextEncoding.utf8), (ascii, nil)] {
            for chunkSize in [1, 2, 3, bytes.count] {
                let (text, decoder) = Self.decoded(bytes, chunkSize: chunkSize)
                #expect(text == bytes)
                #expect(decoder.encoding == encoding)
                #expect(decoder.notes.isEmpty)
            }
        }
        var decoder = InputDecoder()
        let long = Data(faulty + Array(repeating: UInt8(ascii: "a"), count: 8192))
        let decoded = decoder.decode(long)
        #expect(decoded == long)
        #expect(decoded.withUnsafeBytes { $0.baseAddress } == long.withUnsafeBytes { $0.baseAddress })
    }

    /// Old Mac text ends its lines with carriage returns alone: each becomes a line feed.
    @Test func carriageReturnsAloneEndLines() {
        let bytes = Array("Head\r\r9.41am BST\rPickets at Lewisham hospital.\r\r9.30am BST\rMore.\r".utf8)
        for chunkSize in [1, 2, 16, bytes.count] {
            let (text, decoder) = Self.decoded(bytes, chunkSize: chunkSize)
            #expect(String(decoding: text, as: UTF8.self) == "Head\n\n9.41am BST\nPickets at Lewisham hospital.\n\n9.30am BST\nMore.\n")
            #expect(decoder.endsLinesWithCarriageReturns == true)
            #expect(decoder.notes.map(\.message) == ["lines ended in carriage returns alone (old Mac text), read as line ends"])
        }
        #expect(LiveBlogParser.parse(bytes: Self.decoded(bytes, chunkSize: 3).text).posts.map(\.time) == ["9.41am BST", "9.30am BST"])
    }

    /// A first line longer than the head, cut by a chunk just after its carriage return: the
    /// next chunk tells whether a line feed follows it (Windows) or not (old Mac).
    @Test func aCarriageReturnEndingAChunkWaitsForTheNext() {
        let line = String(repeating: "a", count: 5000)
        let windows = Array("\(line)\r\n9.00am\r\nText\r\n".utf8)
        let (same, notMac) = Self.decoded(windows, chunkSize: 5001)
        #expect(same == windows)
        #expect(notMac.endsLinesWithCarriageReturns == false)
        let (mac, decoder) = Self.decoded(Array("\(line)\r9.00am\rText\r".utf8), chunkSize: 5001)
        #expect(mac == Array("\(line)\n9.00am\nText\n".utf8))
        #expect(decoder.endsLinesWithCarriageReturns == true)
        // Text with a stray carriage return before its first line feed is not old Mac text.
        let stray = Array("Head \r with a stray return\n\n9.00am\nText\n".utf8)
        #expect(Self.decoded(stray, chunkSize: 4).text == stray)
    }

    @Test func binaryFormatsAreNamedFromTheirFirstBytes() {
        func sniff(_ bytes: [UInt8]) -> ForeignFormat? { bytes.withUnsafeBufferPointer { ForeignFormat.sniff(head: $0) } }
        #expect(sniff([0x1F, 0x8B, 0x08, 0x08]) == ForeignFormat(name: "gzip-compressed data", textCommand: "zcat"))
        #expect(sniff(Array("BZh91AY&SY".utf8))?.textCommand == "bzcat")
        #expect(sniff([0x89] + Array("PNG\r\n".utf8) + [0x1A, 0x0A, 0, 0])?.name == "a PNG image")
        #expect(sniff(Array("%PDF-1.7\n".utf8))?.name == "a PDF document")
        // A web page saved whole, past a byte order mark and white space, in any case.
        let page = ForeignFormat(name: "an HTML page", textCommand: "w3m -dump")
        #expect(sniff(Array("<!DOCTYPE html>\n<html lang=\"en\">".utf8)) == page)
        #expect(sniff([0xEF, 0xBB, 0xBF] + Array("\n  <HTML>\n<head>".utf8)) == page)
        #expect(sniff(Array("<!doctype html>".utf8)) == page)
        // Noise: a control in every ten bytes or so, NULs among them.
        var state: UInt64 = 7
        let noise = (0..<4096).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        #expect(sniff(noise) == ForeignFormat(name: "binary data", textCommand: nil))
    }

    /// Text is never refused: UTF-16 (all those NULs), a terminal log with its escapes, text
    /// with a stray NUL or bell, Windows-1252, a blog headed "BZh", nothing at all.
    @Test func textIsNotBinary() {
        func sniff(_ bytes: [UInt8]) -> ForeignFormat? { bytes.withUnsafeBufferPointer { ForeignFormat.sniff(head: $0) } }
        #expect(sniff(Self.utf16(Self.blog, bigEndian: false, byteOrderMark: false)) == nil)
        #expect(sniff(Self.utf16(Self.blog, bigEndian: true, byteOrderMark: true)) == nil)
        let log = String(repeating: "9.00am\n\u{1B}[31mred\u{1B}[0m text\u{07} with a NUL\u{0} and a tab\there.\n", count: 50)
        #expect(sniff(Array(log.utf8)) == nil)
        #expect(sniff(Array(Self.blog.utf8) + [0x93, 0x94, 0xE9]) == nil)
        #expect(sniff(Array("BZh: a blog's headline\n".utf8)) == nil)
        #expect(sniff(Array("<b>Live:</b> a headline with a tag\n\n9.00am\nText about <html> tags.\n".utf8)) == nil)
        #expect(sniff([]) == nil)
    }
}
