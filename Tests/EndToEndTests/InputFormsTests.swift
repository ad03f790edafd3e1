import Foundation
import Testing

/// Input in other forms than a UTF-8 file. The seed saved as other editors save text (UTF-16,
/// Windows-1252, old Mac line ends) reads as the seed; a file that is not plain text (a
/// compressed blog, a web page, noise) is refused in one line with exit code 65 and a way on,
/// unless `--as-text` is given; a pipe named as a file (`<(zcat blog.gz)`) is read once, whole,
/// as standard input is.
@Suite(.serialized) struct InputFormsTests {
    /// The seed's text in another form, written to a file of its own.
    static func seed(as name: String, _ transform: (String) -> [UInt8]) throws -> String {
        let text = try String(contentsOfFile: Binary.seed, encoding: .utf8)
        return HostileFiles.write(name, Data(transform(text)))
    }

    static let forms: [(String, @Sendable (String) -> [UInt8])] = [
        ("utf16le-bom.txt", { [0xFF, 0xFE] + $0.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
        ("utf16be.txt", { $0.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }),
        // The seed's characters outside ASCII are all in Windows-1252: curly quotes, dashes, £.
        ("windows1252.txt", { text in Array(text.data(using: .windowsCP1252) ?? Data()) }),
        ("old-mac.txt", { Array($0.replacingOccurrences(of: "\n", with: "\r").utf8) }),
    ]

    @Test(arguments: forms.map(\.0))
    func theSeedInAnotherFormReadsAsTheSeed(name: String) throws {
        let transform = try #require(Self.forms.first { $0.0 == name }?.1)
        let path = try Self.seed(as: name, transform)
        let seed = Binary.liveblog(["hospitals"])
        let other = Binary.liveblog(["hospitals", path])
        #expect(other.status == 0)
        #expect(other.stderr.isEmpty)
        #expect(other.stdout == seed.stdout)
        let export = Binary.liveblog(["export", path])
        #expect(export.stdout.contains(#""kind" : "otherEncoding""#))
    }

    @Test func compressedAndBinaryFilesAreRefusedInOneLine() {
        let gzip = Binary.run("/bin/sh", ["-c", "gzip -c '\(Binary.seed)' > '\(HostileFiles.directory.path)/seed.txt.gz'"], in: "/")
        #expect(gzip.status == 0)
        let compressed = HostileFiles.directory.appendingPathComponent("seed.txt.gz").path
        let refused = Binary.liveblog(["hospitals", compressed])
        #expect(refused.status == 65)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "liveblog: '\(compressed)' is gzip-compressed data, not plain text; try: zcat \(compressed) | liveblog -\n")
        let piped = Binary.run("/bin/sh", ["-c", "zcat '\(compressed)' | '\(Binary.path)' hospitals -"], in: "/")
        #expect(piped.stdout == Binary.liveblog(["hospitals"]).stdout)
        let noise = HostileFiles.write("noise.bin", HostileFiles.binary)
        let binary = Binary.liveblog(["export", noise])
        #expect(binary.status == 65)
        #expect(binary.stderr == "liveblog: '\(noise)' is binary data, not plain text; --as-text reads it as plain text anyway\n")
        // A web page saved whole is refused, with a command that gives its text.
        let page = HostileFiles.write("page.html", Data("<!DOCTYPE html>\n<html><body><p>9.00am</p></body></html>\n".utf8))
        let html = Binary.liveblog(["export", page])
        #expect(html.status == 65)
        #expect(html.stderr == "liveblog: '\(page)' is an HTML page, not plain text; try: w3m -dump \(page) | liveblog -\n")
        #expect(Binary.liveblog(["export", page, "--as-text"]).status == 0)
        // A device that never ends is refused from its head, not read for ever.
        let zeros = Binary.liveblog(["hospitals", "/dev/zero"])
        #expect(zeros.status == 65)
        #expect(zeros.stderr == "liveblog: '/dev/zero' is binary data, not plain text; --as-text reads it as plain text anyway\n")
        let fromStandardInput = Binary.run("/bin/sh", ["-c", "'\(Binary.path)' export - < '\(compressed)'"], in: "/")
        #expect(fromStandardInput.status == 65)
        #expect(fromStandardInput.stderr == "liveblog: standard input is gzip-compressed data, not plain text; pipe it through zcat first\n")
    }

    @Test func aPipeNamedAsAFileIsReadOnce() {
        let seed = Binary.liveblog(["hospitals"])
        let piped = Binary.run("/bin/bash", ["-c", "'\(Binary.path)' hospitals <(cat '\(Binary.seed)')"], in: "/")
        #expect(piped.status == 0)
        #expect(piped.stdout == seed.stdout)
        let compressed = Binary.run("/bin/bash", ["-c", "'\(Binary.path)' hospitals <(gzip -c '\(Binary.seed)')"], in: "/")
        #expect(compressed.status == 65)
        #expect(compressed.stderr.hasSuffix(" is gzip-compressed data, not plain text; pipe it through zcat first\n"))
    }

    /// In the reader, a large blog through a pipe opens on its head, then shows all its posts:
    /// the head is not read from the pipe and lost to the whole. `R` says why it cannot read again.
    @Test func theReaderReadsALargeBlogFromAPipe() throws {
        let (path, total) = try ReaderEndToEndTests.largeBlog(named: "piped-blog.txt")
        let session = TmuxSession("exec bash -c \"exec '\(Binary.path)' <(cat '\(path)')\"", width: 120, height: 40)
        #expect(session.waitFor("the whole blog, \(total) posts", timeout: 60) { screen in
            screen.contains("All \(total) posts") && (screen.split(separator: "\n").last ?? "").contains("/\(total)")
        })
        session.send("R")
        #expect(session.waitFor("the note that a pipe cannot be read again") { $0.contains("'/dev/fd/") && $0.contains("' cannot be read again") })
    }

    /// A blog replaced by a compressed file while it is read: `R` keeps the blog shown and
    /// says why it could not read the file again.
    @Test func readingAgainAFileThatIsNoLongerTextKeepsTheBlog() throws {
        let path = HostileFiles.write("replaced.txt", try Data(contentsOf: URL(fileURLWithPath: Binary.seed)))
        let session = TmuxSession("exec '\(Binary.path)' '\(path)'", width: 160, height: 20)
        #expect(session.waitFor(text: "All 29 posts"))
        _ = Binary.run("/bin/sh", ["-c", "gzip -c '\(Binary.seed)' > '\(path)'"], in: "/")
        session.send("R")
        #expect(session.waitFor(text: "could not read it again: '\(path)' is gzip-compressed data, not plain text"))
        #expect(session.screen.contains("All 29 posts") && session.screen.contains("top/29"))
    }

    /// In the terminal: the UTF-16 seed opens as the seed does; a compressed one is refused
    /// before the screen is touched, and the terminal is left as it was.
    @Test func theReaderOpensUTF16AndRefusesACompressedBlog() throws {
        let path = try Self.seed(as: "reader-utf16.txt", try #require(Self.forms.first?.1))
        let utf16 = TmuxSession("exec '\(Binary.path)' '\(path)'", width: 120, height: 30)
        #expect(utf16.waitFor(text: "All 29 posts"))
        #expect(utf16.waitFor(text: "Junior doctors stage a second stoppage"))
        let compressed = HostileFiles.directory.appendingPathComponent("reader-seed.gz").path
        _ = Binary.run("/bin/sh", ["-c", "gzip -c '\(Binary.seed)' > '\(compressed)'"], in: "/")
        // The error goes to a file and is shown after the second stty line, so that the stty
        // lines stand either side of the exit line.
        let error = HostileFiles.directory.appendingPathComponent("reader-seed.err").path
        let refused = TmuxSession("stty -g; '\(Binary.path)' '\(compressed)' 2>'\(error)'; echo \"EXITED:$?\"; stty -g; cat '\(error)'; sleep 600",
                                  width: 160, height: 20)
        #expect(refused.waitFor(text: "liveblog: '\(compressed)' is gzip-compressed data, not plain text; try: zcat"))
        guard let stty = refused.sttyAround(exitStatus: 65) else { return }
        #expect(stty.before == stty.after, "stty -g before and after differ")
    }
}
