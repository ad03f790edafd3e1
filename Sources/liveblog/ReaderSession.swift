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
        var total = source.byteCount
        // The file as it was when last read: following reads it again once this changes.
        var readStamp = source.stamp
        if first.isPartial {
            loading = BackgroundParse(source)
            state.notice = loading?.notice(of: total)
        }
        terminal.present(Renderer.render(state))
        while true {
            // While a blog is read, wake every 100 ms to look; while following, every second
            // to see whether the file changed; otherwise block on the keyboard.
            terminal.setWaitLimit(milliseconds: loading != nil ? 100 : state.isFollowing ? 1000 : nil)
            let read = terminal.read()
            if let loading, loading.result == nil, case let notice = loading.notice(of: total), notice != state.notice {
                state.notice = notice
                terminal.present(Renderer.render(state))
            }
            if let done = loading?.result {
                let rereading = loading?.isRereading ?? false
                loading = nil
                switch done {
                case .success(let reading):
                    state.notice = nil
                    state.replaceBlog(reading.blog, index: reading.index, newPosts: reading.unread)
                    // A `still reading` said while it read is stale now.
                    state.message = rereading ? Self.newPostsMessage(reading.newPosts) : nil
                    // The blog shown before is gone: its pages go back to the system, or a
                    // large blog read again would stay resident twice over.
                    FreedMemory.releaseInBackground()
                case .failure(let failure):
                    // What was shown stays; the status line says the rest could not be read.
                    state.notice = rereading ? nil : "only the first part: " + failure.message
                    state.message = rereading ? "could not read it again: " + failure.message : nil
                }
                terminal.present(Renderer.render(state))
            }
            var redraw = false
            switch read {
            case .signal(let signal):
                terminal.stop()
                return 128 + signal
            case .lost:
                terminal.stop()
                return 74
            case .nothing:
                break
            case .event(let event):
                Reader.update(&state, event)
                if state.wantsQuit { return 0 }
                if let link = state.linkToOpen {
                    state.linkToOpen = nil
                    state.message = LinkOpener.open(link, terminal: terminal)
                }
                redraw = true
            }
            if state.wantsReload || state.isFollowing, let cannotBeReadAgain = source.cannotBeReadAgain {
                state.wantsReload = false
                state.isFollowing = false
                state.message = cannotBeReadAgain
                redraw = true
            }
            // A reading asked for (`R`), or the file changed while it is followed (`F`).
            let changed = state.isFollowing && loading == nil && source.stamp != readStamp
            if state.wantsReload || changed {
                state.wantsReload = false
                if loading != nil {
                    state.message = "still reading"
                } else {
                    readStamp = source.stamp
                    total = source.byteCount
                    loading = BackgroundParse(source, comparingWith: state.blog, unread: state.newPosts)
                    state.notice = loading?.notice(of: total)
                }
                redraw = true
            }
            if redraw { terminal.present(Renderer.render(state)) }
        }
    }

    /// What the status line says after a reading again: how many posts it found that the blog
    /// shown did not have.
    static func newPostsMessage(_ count: Int) -> String {
        switch count {
        case 0: return "read again: no new posts"
        case 1: return "read again: 1 new post"
        default: return "read again: \(count) new posts"
        }
    }
}
