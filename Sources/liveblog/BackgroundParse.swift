import Foundation
import LiveBlogKit

/// Parses a whole blog on a thread of its own; `result` is nil until it is done. A reading
/// again (`comparingWith` the blog shown) also counts the posts the shown blog did not have.
final class BackgroundParse: @unchecked Sendable {
    /// A finished reading, and how many of its posts are new.
    struct Reading {
        var blog: LiveBlog
        var newPosts: Int
    }

    let isRereading: Bool
    private let lock = NSLock()
    private var parsed: Result<Reading, InputFailure>?
    private var progress = BlogSource.Progress.reading(bytes: 0)

    init(_ source: BlogSource, comparingWith shown: LiveBlog? = nil) {
        isRereading = shown != nil
        let thread = Thread { [self] in
            let reading = Result { () throws(InputFailure) in
                let blog = try source.parse { progress in
                    self.lock.lock()
                    self.progress = progress
                    self.lock.unlock()
                }
                return Reading(blog: blog, newPosts: shown.map { Self.newPosts(in: blog, notIn: $0) } ?? 0)
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

    /// How many of `blog`'s posts `shown` does not have, by id (ids are stable when posts are
    /// added above, and an edited post gets a new one).
    private static func newPosts(in blog: LiveBlog, notIn shown: LiveBlog) -> Int {
        let known = Set(shown.posts.lazy.map(\.id))
        return blog.posts.lazy.filter { !known.contains($0.id) }.count
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
