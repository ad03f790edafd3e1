import ArgumentParser
import Foundation

/// What a command prints, written with `write(2)` so that a failed write (a full disk, a file
/// closed under it) is an error, as `cat`'s write error is, not a success that lost the
/// output. A reader gone from a pipe ends the process with SIGPIPE first, as for other tools.
enum StandardOutput {
    static func write(_ text: String) throws {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = Foundation.write(STDOUT_FILENO, bytes.baseAddress.map { $0 + written }, bytes.count - written)
                if count > 0 {
                    written += count
                } else if count == 0 {
                    // Nothing taken and no error: a loop would spin, so it is an I/O error.
                    return EIO
                } else if errno != EINTR {
                    return errno
                }
            }
            return nil
        }
        guard let failure else { return }
        FileHandle.standardError.write(Data("liveblog: cannot write the output: \(String(cString: strerror(failure)))\n".utf8))
        throw ExitCode(SysExits.ioError)
    }
}
