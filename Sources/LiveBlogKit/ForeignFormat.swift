import Foundation

/// What a file that is not a live blog's plain text holds, told from its first bytes as
/// `file(1)` tells it: a compressed blog, an archive, an image, a program, a web page saved
/// whole, or bytes with no name.
public struct ForeignFormat: Equatable, Sendable {
    /// What the file is, as a sentence's object: "gzip-compressed data".
    public let name: String
    /// The command that gives the file's plain text on standard output, if one does.
    public let textCommand: String?

    /// How many bytes of a file's head `sniff` needs to tell another format from text.
    public static let headLength = 65_536

    /// The file's format, or nil for plain text. Text in UTF-16 is text; text with a control
    /// or a NUL here and there (as a pasted terminal log has) is text too: only a head whose
    /// controls are one byte in twenty or more, a NUL among them, is binary data.
    public static func sniff(head: UnsafeBufferPointer<UInt8>) -> ForeignFormat? {
        if let named = signatures.first(where: { head.starts(with: $0.bytes) }) {
            return ForeignFormat(name: named.name, textCommand: named.textCommand)
        }
        if isHTML(head) { return ForeignFormat(name: "an HTML page", textCommand: "w3m -dump") }
        if TextEncoding.utf16(head: head) != nil { return nil }
        let length = min(head.count, headLength)
        // Text holds no NUL, mostly: one search (memchr's) tells it, and the count is not made.
        guard let base = head.baseAddress, memchr(base, 0, length) != nil else { return nil }
        var controls = 0
        for index in 0..<length where isControl(head[index]) { controls += 1 }
        guard controls * 20 >= length else { return nil }
        return ForeignFormat(name: "binary data", textCommand: nil)
    }

    /// Whether the head opens an HTML page (`<!DOCTYPE html`, `<html`, in any case), past a
    /// byte order mark and white space: a page saved whole, tags and scripts and all, rather
    /// than its text.
    private static func isHTML(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, head[start] == 0x20 || head[start] &- 0x09 <= 4 { start += 1 }
        let opening = head[start...].prefix(14).map { $0 | 0x20 }
        return opening.starts(with: Array("<!doctype html".utf8)) || opening.starts(with: Array("<html".utf8))
    }

    /// A control that text does not hold: not a tab, a line end, a form feed or an escape
    /// (which a terminal log's colours hold).
    @inline(__always)
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte &- 0x09 > 4 && byte != 0x1B) || byte == 0x7F
    }

    /// The first bytes of a format, what it is, and the command that gives its text.
    private struct Signature {
        let bytes: [UInt8]
        let name: String
        var textCommand: String?
    }

    /// The first bytes of formats a blog may arrive in by mistake.
    private static let signatures: [Signature] = [
        Signature(bytes: [0x1F, 0x8B], name: "gzip-compressed data", textCommand: "zcat"),
        Signature(bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], name: "xz-compressed data", textCommand: "xzcat"),
        Signature(bytes: [0x28, 0xB5, 0x2F, 0xFD], name: "zstd-compressed data", textCommand: "zstdcat"),
        Signature(bytes: [0x50, 0x4B, 0x03, 0x04], name: "a zip archive", textCommand: "unzip -p"),
        Signature(bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], name: "a 7-zip archive"),
        Signature(bytes: Array("%PDF-".utf8), name: "a PDF document"),
        Signature(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], name: "a PNG image"),
        Signature(bytes: [0xFF, 0xD8, 0xFF], name: "a JPEG image"),
        Signature(bytes: Array("GIF8".utf8), name: "a GIF image"),
        Signature(bytes: [0x7F, 0x45, 0x4C, 0x46], name: "an ELF program"),
    ] + bzip2Signatures

    /// `BZh` and the block size, a digit from 1 to 9.
    private static let bzip2Signatures: [Signature] = (1...9).map { blockSize in
        Signature(bytes: Array("BZh\(blockSize)".utf8), name: "bzip2-compressed data", textCommand: "bzcat")
    }
}
