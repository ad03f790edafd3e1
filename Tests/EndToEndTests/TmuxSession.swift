import Foundation
import Testing

/// A real terminal for a test: a private tmux server running one command at a fixed size,
/// driven with send-keys and read back with capture-pane. Waits poll every 50 ms up to a
/// limit (fzf's harness) and print the screen when the condition never held.
final class TmuxSession {
    private static let counter = Counter()
    let socket: String

    init(_ command: String, width: Int = 120, height: Int = 40) {
        socket = "liveblog-test-\(getpid())-\(Self.counter.next())"
        Binary.spawnDetached(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), command])
        tmux(["set-option", "-g", "status", "off"])
    }

    deinit { tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) -> String {
        Binary.run("/usr/bin/env", ["tmux", "-L", socket] + arguments, in: Binary.packageRoot.path).stdout
    }

    /// Sends tmux key names (`Down`, `Enter`, `C-c`) or literal text with `literal`.
    func send(_ keys: String...) { tmux(["send-keys"] + keys) }
    func type(_ text: String) { tmux(["send-keys", "-l", text]) }

    var screen: String { tmux(["capture-pane", "-p"]) }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Polls until the screen satisfies the condition; records an issue with the screen if it never does.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen
            if condition(last) { return true }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return false
    }

    @discardableResult
    func waitFor(text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        waitFor("“\(text)”", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// For a pane running `stty -g; <reader>; echo "EXITED:$?"; stty -g`: the two stty lines
    /// around the exit line, or nil (with an issue recorded) when they never both show. The
    /// second prints a moment after the exit line (longer on a busy machine), so it is waited for.
    func sttyAround(exitStatus status: Int32, sourceLocation: SourceLocation = #_sourceLocation) -> (before: String, after: String)? {
        var found: (before: String, after: String)?
        waitFor("the stty lines around “EXITED:\(status)”", sourceLocation: sourceLocation) { screen in
            let lines = screen.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            guard let exited = lines.firstIndex(of: "EXITED:\(status)"), exited >= 1, exited + 1 < lines.count else { return false }
            found = (lines[exited - 1], lines[exited + 1])
            return true
        }
        return found
    }

    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
