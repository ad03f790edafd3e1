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
        let blog = try input.load()
        print(TextTimeline.render(blog), terminator: "")
    }
}
