import Foundation
import LiveBlogKit
import ReaderUI

/// Runs the interactive reader: the main loop between the terminal and the pure core. A large
/// blog opens on its head (its newest posts) while the whole is read on another thread.
enum ReaderSession {
    /// Blogs larger than this open on their head first.
    static let headBudget = 256 << 10

    /// Returns the exit code: 0 on `q`, 128 + the signal on SIGINT, SIGTERM or SIGHUP; nil
    /// when there is no terminal to run on.
    static func run(bytes: Data, sourceName: String, colors: Bool) -> Int32? {
        guard let terminal = Terminal(colors: colors) else { return nil }
        defer { terminal.stop() }
        let first = HeadOfBlog.firstView(of: bytes, budget: headBudget)
        let size = terminal.size
        var state = AppState(blog: first.blog, sourceName: sourceName, width: size.width, height: size.height)
        var loading: BackgroundParse?
        if first.isPartial {
            loading = BackgroundParse(bytes)
            state.notice = "reading \(bytes.count >> 20) MB…"
        }
        terminal.present(Renderer.render(state))
        while true {
            // While the rest is read, wake every 100 ms to look; afterwards block on the keyboard.
            terminal.setWaitLimit(milliseconds: loading == nil ? nil : 100)
            let read = terminal.read()
            if let done = loading?.result {
                loading = nil
                state.notice = nil
                state.replaceBlog(done)
                terminal.present(Renderer.render(state))
            }
            switch read {
            case .signal(let signal):
                terminal.stop()
                return 128 + signal
            case .lost:
                terminal.stop()
                return 74
            case .nothing:
                continue
            case .event(let event):
                Reader.update(&state, event)
                if state.wantsQuit { return 0 }
                terminal.present(Renderer.render(state))
            }
        }
    }
}

/// Parses a whole blog on a thread of its own; `result` is nil until it is done.
final class BackgroundParse: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: LiveBlog?

    init(_ bytes: Data) {
        let thread = Thread { [self] in
            let blog = LiveBlogParser.parse(bytes: bytes)
            lock.lock()
            parsed = blog
            lock.unlock()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    var result: LiveBlog? {
        lock.lock()
        defer { lock.unlock() }
        return parsed
    }
}
