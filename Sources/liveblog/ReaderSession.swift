import Foundation
import LiveBlogKit
import ReaderUI

/// Runs the interactive reader: the main loop between the terminal and the pure core.
enum ReaderSession {
    /// Returns the exit code: 0 on `q`, 128 + the signal on SIGINT, SIGTERM or SIGHUP.
    static func run(blog: LiveBlog, sourceName: String, colors: Bool) -> Int32? {
        guard let terminal = Terminal(colors: colors) else { return nil }
        defer { terminal.stop() }
        let size = terminal.size
        var state = AppState(blog: blog, sourceName: sourceName, width: size.width, height: size.height)
        terminal.present(Renderer.render(state))
        while true {
            switch terminal.read() {
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
