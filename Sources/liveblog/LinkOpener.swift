import Foundation
import ReaderUI

/// Opens a link in a web browser for the reader's `o`, with the terminal handed to the browser
/// while it runs (as newsboat and mutt's urlview do: a text browser may be the one), and says
/// in a line for the status bar how it went.
enum LinkOpener {
    static func open(_ link: String, terminal: Terminal, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let url = BrowserCommand.url(for: link) else { return "not opened: not a web address" }
        let candidates = BrowserCommand.candidates(for: url, browserVariable: environment["BROWSER"])
        // The first command that exists is the one run: looked for first, so that with no
        // browser at all the screen is not handed over for nothing.
        guard let command = candidates.first(where: { ChildProcess.locate($0[0], path: environment["PATH"]) != nil }) else {
            return "no browser to open it (set BROWSER): " + url
        }
        // A blog read from a pipe leaves no terminal on standard input for a text browser.
        let input = isatty(STDIN_FILENO) == 1 ? nil : "/dev/tty"
        let name = command[0].split(separator: "/").last.map(String.init) ?? command[0]
        switch terminal.whileSuspended({ ChildProcess.run(command, standardInput: input) }) {
        case .exited(0): return "opened " + url
        case .exited(let status): return "\(name) exited with status \(status): " + url
        case .signalled(let signal): return "\(name) was ended by signal \(signal): " + url
        case .notStarted(let error): return "could not run \(name) (\(String(cString: strerror(error)))): " + url
        }
    }
}
