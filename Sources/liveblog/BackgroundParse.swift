import Foundation
import LiveBlogKit

/// Parses a whole blog on a thread of its own; `result` is nil until it is done. A reading
/// again (`comparingWith` the blog shown) also counts the posts the shown blog did not have.
final class BackgroundParse: @unchecked Sendable {
    /// A finished reading, how many of its posts are new, and which of its posts are unread:
    /// the new ones and those the blog shown had unread.
    struct Reading {
        var blog: LiveBlog
        /// The blog's filter index, built on this thread too: at 100 MB it takes some 80 ms,
        /// which on the reader's thread would freeze the screen as the blog is swapped in.
        var index: SearchIndex
        var newPosts: Int
        var unread: Set<Int>
    }

    let isRereading: Bool
    private let lock = NSLock()
    private var parsed: Result<Reading, InputFailure>?
    private var progress = BlogSource.Progress.reading(bytes: 0)

    init(_ source: BlogSource, comparingWith shown: LiveBlog? = nil, unread: Set<Int> = []) {
        isRereading = shown != nil
        let thread = Thread { [self] in
            let reading = Result { () throws(InputFailure) in
                let blog = try source.parse { progress in
                    self.lock.lock()
                    self.progress = progress
                    self.lock.unlock()
                }
                guard let shown else { return Reading(blog: blog, index: SearchIndex(blog), newPosts: 0, unread: []) }
                return Self.compare(blog, with: shown, unread: unread)
            }
            lock.lock()
            parsed = reading
            lock.unlock()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    var result: Result<Reading, InputFailure>? {
        lock.lock()
        defer { lock.unlock() }
        return parsed
    }

    /// A reading against the blog shown, by post id (ids are stable when posts are added
    /// above, and an edited post gets a new one): the posts `shown` did not have are new, and
    /// with those read as new the posts `shown` had unread stay so.
    private static func compare(_ blog: LiveBlog, with shown: LiveBlog, unread: Set<Int>) -> Reading {
        let known = Set(shown.posts.lazy.map(\.id))
        let stillUnread = Set(unread.lazy.filter { shown.posts.indices.contains($0) }.map { shown.posts[$0].id })
        var newCount = 0
        var unreadNow: Set<Int> = []
        for (index, post) in blog.posts.enumerated() {
            let id = post.id
            if !known.contains(id) {
                newCount += 1
                unreadNow.insert(index)
            } else if stillUnread.contains(id) {
                unreadNow.insert(index)
            }
        }
        return Reading(blog: blog, index: SearchIndex(blog), newPosts: newCount, unread: unreadNow)
    }

    /// The status line while the blog is read: how much of it, then what is being done.
    func notice(of total: Int) -> String {
        lock.lock()
        let progress = progress
        lock.unlock()
        switch progress {
        case .reading(let bytes):
            let size = total >= 1 << 20 ? "\(total >> 20) MB" : "\(max(1, total >> 10)) KB"
            return "reading \(size)… \(total > 0 ? min(99, bytes * 100 / total) : 0)%"
        case .extracting(let share):
            return "finding hospitals, people and quotes… \(min(99, Int(share * 100)))%"
        }
    }
}
