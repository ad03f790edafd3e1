import Foundation
import LiveBlogKit
import ReaderUI

/// Runs the interactive reader: the main loop between the terminal and the pure core. A large
/// blog opens on its head (its newest posts) while the whole is read on another thread.
enum ReaderSession {
    /// Blogs larger than this open on their head first.
    static let headBudget = 256 << 10

    /// Returns the exit code: 0 on `q`, 128 + the signal on SIGINT, SIGTERM or SIGHUP, 66 or
    /// 74 when the input cannot be read; nil when there is no terminal to run on.
    static func run(source: BlogSource, sourceName: String, colors: Bool) -> Int32? {
        guard let terminal = Terminal(colors: colors) else { return nil }
        defer { terminal.stop() }
        let first: (blog: LiveBlog, isPartial: Bool)
        do {
            first = try source.firstView(budget: headBudget)
        } catch {
            terminal.stop()
            FileHandle.standardError.write(Data(("liveblog: " + error.message + "\n").utf8))
            return error.code
        }
        let size = terminal.size
        var state = AppState(blog: first.blog, sourceName: sourceName, width: size.width, height: size.height)
        var loading: BackgroundParse?
        let total = source.byteCount
        if first.isPartial {
            loading = BackgroundParse(source)
            state.notice = loading?.notice(of: total)
        }
        terminal.present(Renderer.render(state))
        while true {
            // While the rest is read, wake every 100 ms to look; afterwards block on the keyboard.
            terminal.setWaitLimit(milliseconds: loading == nil ? nil : 100)
            let read = terminal.read()
            if let loading, loading.result == nil, case let notice = loading.notice(of: total), notice != state.notice {
                state.notice = notice
                terminal.present(Renderer.render(state))
            }
            if let done = loading?.result {
                loading = nil
                switch done {
                case .success(let blog):
                    state.notice = nil
                    state.replaceBlog(blog)
                case .failure(let failure):
                    // What was shown stays; the status line says the rest could not be read.
                    state.notice = "only the first part: " + failure.message
                }
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
    private var parsed: Result<LiveBlog, InputFailure>?
    private var progress = BlogSource.Progress.reading(bytes: 0)

    init(_ source: BlogSource) {
        let thread = Thread { [self] in
            let blog = Result { () throws(InputFailure) in
                try source.parse { progress in
                    self.lock.lock()
                    self.progress = progress
                    self.lock.unlock()
                }
            }
            lock.lock()
            parsed = blog
            lock.unlock()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    var result: Result<LiveBlog, InputFailure>? {
        lock.lock()
        defer { lock.unlock() }
        return parsed
    }

    /// The status line while the blog is read: how much of it, then what is being done.
    func notice(of total: Int) -> String {
        lock.lock()
        let progress = progress
        lock.unlock()
        switch progress {
        case .reading(let bytes):
            return "reading \(total >> 20) MB… \(total > 0 ? min(99, bytes * 100 / total) : 0)%"
        case .extracting(let share):
            return "finding hospitals, people and quotes… \(min(99, Int(share * 100)))%"
        }
    }
}
