import ArgumentParser
import Foundation
import LiveBlogKit

/// The FILE argument every subcommand takes, and reading it into a blog: no FILE reads the
/// seed the product was made from, `-` reads standard input.
struct BlogInput: ParsableArguments {
    @Argument(help: "A live blog in plain text; '-' reads standard input. Without it, the seed blog is read.")
    var file: String?

    @Flag(name: .customLong("as-text"), help: "Read the input as plain text even when it looks like binary data or an HTML page (as grep -a does).")
    var asText = false

    static let seedName = "000_22f438f6e8b27846.txt"

    /// The name shown for the input in the status line and in errors.
    var displayName: String {
        switch file {
        case nil: return "seed"
        case "-": return "stdin"
        case let path?: return (path as NSString).lastPathComponent
        }
    }

    /// Reads and parses the input, or prints one line on stderr and exits with a sysexits code.
    func load() throws -> LiveBlog {
        try reporting { () throws(InputFailure) in try source().parse() }
    }

    /// Where the input's bytes come from, checked to be readable, or prints one line on
    /// stderr and exits with a sysexits code.
    func openSource() throws -> BlogSource {
        try reporting { () throws(InputFailure) in try source() }
    }

    /// The result of `work`, or its failure printed as one line on stderr and thrown as the exit code.
    private func reporting<Result>(_ work: () throws(InputFailure) -> Result) throws -> Result {
        do {
            return try work()
        } catch {
            FileHandle.standardError.write(Data(("liveblog: " + error.message + "\n").utf8))
            throw ExitCode(error.code)
        }
    }

    func source() throws(InputFailure) -> BlogSource {
        guard let file else {
            guard let seed = Self.seedPath() else {
                throw InputFailure(message: "no FILE given and the seed blog (seeds/\(Self.seedName)) was not found", code: SysExits.noInput)
            }
            return .file(seed)
        }
        if file == "-" {
            return .bytes(try readOnce(FileHandle.standardInput, subject: "standard input"), name: "standard input")
        }
        try checkReadable(file)
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw InputFailure(message: "cannot open '\(file)': permission denied", code: SysExits.noInput)
        }
        defer { try? handle.close() }
        guard isRegularFile(file) else {
            // A pipe (`liveblog <(zcat blog.gz)`) or a device gives its bytes once: they are
            // read whole now, as standard input is, not read again for the whole after the head.
            return .bytes(try readOnce(handle, subject: "'\(file)'"), name: "'\(file)'")
        }
        try refuseOtherFormat(head: try head(of: handle, subject: "'\(file)'"), subject: "'\(file)'", path: file)
        return .file(file, refusingOtherFormats: !asText)
    }

    /// Whether `path` is a regular file (following symbolic links), which can be read again.
    private func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// All the bytes of `handle`, read once, its head first: another format is refused from the
    /// head, so that `/dev/zero` or noise down a pipe is not read for ever.
    private func readOnce(_ handle: FileHandle, subject: String) throws(InputFailure) -> Data {
        var bytes = try head(of: handle, subject: subject)
        try refuseOtherFormat(head: bytes, subject: subject, path: nil)
        do {
            bytes += try handle.readToEnd() ?? Data()
        } catch {
            throw InputFailure(message: "cannot read \(subject): \(error.localizedDescription)", code: SysExits.ioError)
        }
        return bytes
    }

    /// The first bytes `handle` gives, enough to tell another format from plain text.
    private func head(of handle: FileHandle, subject: String) throws(InputFailure) -> Data {
        var chunks = FileChunks(descriptor: handle.fileDescriptor, chunkSize: ForeignFormat.headLength)
        do {
            return try chunks.next() ?? Data()
        } catch {
            throw InputFailure(message: "cannot read \(subject): \(error.localizedDescription)", code: SysExits.ioError)
        }
    }

    /// Throws, unless `--as-text` was given, when `head` is another format's: see `notText`,
    /// which `subject` and `path` are for.
    private func refuseOtherFormat(head: Data, subject: String, path: String?) throws(InputFailure) {
        guard !asText, let format = ForeignFormat.sniff(head) else { return }
        throw InputFailure.notText(format, subject: subject, path: path)
    }

    /// Throws the error that says why `path` cannot be read, if it cannot.
    private func checkReadable(_ path: String) throws(InputFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFailure(message: "cannot open '\(path)': no such file", code: SysExits.noInput)
        }
        if isDirectory.boolValue {
            throw InputFailure(message: "cannot open '\(path)': it is a directory", code: SysExits.noInput)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputFailure(message: "cannot open '\(path)': permission denied", code: SysExits.noInput)
        }
    }

    /// The seed: under the working directory's `seeds/`, else beside this package's sources.
    static func seedPath() -> String? {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/seeds/" + seedName,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("seeds").appendingPathComponent(seedName).path,
        ]
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }
}

/// Why the input could not be read, with the exit code that says so.
struct InputFailure: Error {
    var message: String
    var code: Int32

    /// The error for input that is not plain text (a compressed blog, an image, a web page
    /// saved whole), which would show as pages of noise or tags: it names what the input is
    /// and, when a command gives its text, that command. `path` is given for a file that the
    /// command can read by name (not standard input or a pipe).
    static func notText(_ format: ForeignFormat, subject: String, path: String?) -> InputFailure {
        let advice: String
        if let textCommand = format.textCommand {
            advice = path.map { "try: \(textCommand) \(ShellWord.quoted($0)) | liveblog -" } ?? "pipe it through \(textCommand) first"
        } else {
            advice = "--as-text reads it as plain text anyway"
        }
        return InputFailure(message: "\(subject) is \(format.name), not plain text; \(advice)", code: SysExits.dataError)
    }
}

extension ForeignFormat {
    /// The format of the first bytes of `head`, or nil for plain text.
    static func sniff(_ head: Data) -> ForeignFormat? {
        head.prefix(headLength).withUnsafeBytes { sniff(head: $0.bindMemory(to: UInt8.self)) }
    }
}

/// The exit codes of BSD's sysexits.h that liveblog uses.
enum SysExits {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let ioError: Int32 = 74
}
