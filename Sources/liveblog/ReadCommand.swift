import ArgumentParser
import Foundation
import LiveBlogKit

/// The default command: the interactive reader on a terminal, the text timeline otherwise.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the blog in the interactive reader (the default)."
    )

    @OptionGroup var input: BlogInput

    @Flag(name: .customLong("no-color"), help: "Monochrome: bold and reverse only (NO_COLOR is honoured too).")
    var noColor = false

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            // Like git without a pager: not a terminal, so print the timeline.
            try StandardOutput.write(TextTimeline.render(try input.load()))
            return
        }
        let source = try input.openSource()
        let environment = ProcessInfo.processInfo.environment
        let colors = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        guard let code = ReaderSession.run(source: source, sourceName: input.displayName, colors: colors) else {
            FileHandle.standardError.write(Data("liveblog: cannot start the terminal (TERM=\(environment["TERM"] ?? "unset")); printing the timeline\n".utf8))
            try StandardOutput.write(TextTimeline.render(try input.load()))
            return
        }
        if code != 0 { throw ExitCode(code) }
    }
}
