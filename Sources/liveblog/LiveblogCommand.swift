import ArgumentParser

/// The `liveblog` command: the reader by default, and subcommands for scripts.
@main
struct LiveblogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liveblog",
        abstract: "Read news live blogs in the terminal.",
        discussion: """
            With no subcommand, opens FILE (or the seed blog) in the interactive reader; when \
            standard output is not a terminal, prints the plain-text timeline instead.
            Exit codes: 0 success, 64 bad usage, 65 input not plain text, 66 input missing or \
            unreadable, 74 I/O error (reading the input or writing the output).
            """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, ExportCommand.self, HospitalsCommand.self, BenchCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
