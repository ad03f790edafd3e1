import ArgumentParser
import Foundation
import LiveBlogKit

/// The FILE argument every subcommand takes, and reading it into a blog: no FILE reads the
/// seed the product was made from, `-` reads standard input.
struct BlogInput: ParsableArguments {
    @Argument(help: "A live blog in plain text; '-' reads standard input. Without it, the seed blog is read.")
    var file: String?

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
        LiveBlogParser.parse(bytes: try loadBytes())
    }

    /// Reads the input's bytes, or prints one line on stderr and exits with a sysexits code.
    func loadBytes() throws -> Data {
        switch read() {
        case .success(let data):
            return data
        case .failure(let failure):
            FileHandle.standardError.write(Data(("liveblog: " + failure.message + "\n").utf8))
            throw ExitCode(failure.code)
        }
    }

    func read() -> Result<Data, InputFailure> {
        guard let file else {
            guard let seed = Self.seedPath() else {
                return .failure(InputFailure(message: "no FILE given and the seed blog (seeds/\(Self.seedName)) was not found", code: SysExits.noInput))
            }
            return readFile(seed)
        }
        if file == "-" {
            do {
                return .success(try FileHandle.standardInput.readToEnd() ?? Data())
            } catch {
                return .failure(InputFailure(message: "cannot read standard input: \(error.localizedDescription)", code: SysExits.ioError))
            }
        }
        return readFile(file)
    }

    private func readFile(_ path: String) -> Result<Data, InputFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(InputFailure(message: "cannot open '\(path)': no such file", code: SysExits.noInput))
        }
        if isDirectory.boolValue {
            return .failure(InputFailure(message: "cannot open '\(path)': it is a directory", code: SysExits.noInput))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(InputFailure(message: "cannot open '\(path)': permission denied", code: SysExits.noInput))
        }
        do {
            // Read, not mapped: a live blog's file may be rewritten while it is read, and a
            // mapping of a file that shrinks faults (SIGBUS) instead of failing cleanly.
            return .success(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return .failure(InputFailure(message: "cannot read '\(path)': \(error.localizedDescription)", code: SysExits.ioError))
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
}

/// The exit codes of BSD's sysexits.h that liveblog uses.
enum SysExits {
    static let usage: Int32 = 64
    static let noInput: Int32 = 66
    static let ioError: Int32 = 74
}
