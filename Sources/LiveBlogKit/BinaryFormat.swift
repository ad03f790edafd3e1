/// What a file that is not text holds, told from its first bytes as `file(1)` tells it: a
/// compressed blog, an archive, an image, a program, or bytes with no name.
public struct BinaryFormat: Equatable, Sendable {
    /// What the file is, as a sentence's object: "gzip-compressed data".
    public let name: String
    /// The command that gives the text of a compressed file on standard output, if one does.
    public let decompressor: String?

    /// How many bytes of a file's head `sniff` needs to tell binary data from text.
    public static let headLength = 65_536

    /// The file's binary format, or nil for text. Text in UTF-16 is text; text with a control
    /// or a NUL here and there (as a pasted terminal log has) is text too: only a head whose
    /// controls are one byte in twenty or more, a NUL among them, is binary data.
    public static func sniff(head: UnsafeBufferPointer<UInt8>) -> BinaryFormat? {
        if let named = signatures.first(where: { head.starts(with: $0.bytes) }) {
            return BinaryFormat(name: named.name, decompressor: named.decompressor)
        }
        if TextEncoding.utf16(head: head) != nil { return nil }
        var controls = 0, nuls = 0
        for byte in head.prefix(headLength) where isControl(byte) {
            controls += 1
            if byte == 0 { nuls += 1 }
        }
        guard nuls > 0, controls * 20 >= min(head.count, headLength) else { return nil }
        return BinaryFormat(name: "binary data", decompressor: nil)
    }

    /// A control that text does not hold: not a tab, a line end, a form feed or an escape
    /// (which a terminal log's colours hold).
    private static func isControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x1B: return false
        default: return byte < 0x20 || byte == 0x7F
        }
    }

    /// The first bytes of formats a blog may arrive in by mistake.
    private static let signatures: [(bytes: [UInt8], name: String, decompressor: String?)] = [
        ([0x1F, 0x8B], "gzip-compressed data", "zcat"),
    ] + (1...9).map { blockSize in (Array("BZh\(blockSize)".utf8), "bzip2-compressed data", "bzcat") } + [
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data", "xzcat"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data", "zstdcat"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive", "unzip -p"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-zip archive", nil),
        (Array("%PDF-".utf8), "a PDF document", nil),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image", nil),
        ([0xFF, 0xD8, 0xFF], "a JPEG image", nil),
        (Array("GIF8".utf8), "a GIF image", nil),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF program", nil),
    ]
}
