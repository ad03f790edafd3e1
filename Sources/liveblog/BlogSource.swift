import Foundation
import LiveBlogKit

/// Where a blog's bytes come from, so that they can be read more than once (the head first,
/// then the whole): a file is read anew, a chunk at a time, so its bytes are never all held at
/// once; standard input or a pipe, which can be read only once, is held.
enum BlogSource: Sendable {
    /// A file, read anew each time; unless `refusingOtherFormats` is false (`--as-text`), a
    /// reading that finds it no longer plain text (replaced by a compressed file, say) fails.
    case file(String, refusingOtherFormats: Bool = true)
    /// Bytes read whole from what `name` says: "standard input", or a pipe's path.
    case bytes(Data, name: String)

    /// How many bytes are read per chunk from a file.
    static let chunkSize = 1 << 20

    /// The input's size, for the status line while it is read.
    var byteCount: Int {
        switch self {
        case .file: return max(0, Int(stamp?.size ?? 0))
        case .bytes(let data, _): return data.count
        }
    }

    /// What tells that a file has changed since it was read: its size and when it was last
    /// written. Nil for standard input or a pipe, which cannot be read again.
    var stamp: Stamp? {
        guard case .file(let path, _) = self else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return Stamp(size: -1, modified: 0) }
        return Stamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    struct Stamp: Equatable {
        var size: Int64
        /// Nanoseconds since 1970.
        var modified: Int64
    }

    /// Whether the blog can be read again (a file can; standard input or a pipe, read once,
    /// cannot), or else what says it cannot.
    var cannotBeReadAgain: String? {
        guard case .bytes(_, let name) = self else { return nil }
        return "\(name) cannot be read again"
    }

    /// How far a reading of the whole blog has got.
    enum Progress: Equatable {
        case reading(bytes: Int)
        /// All is read; the share of extraction done, from 0 to 1.
        case extracting(Double)
    }

    /// The whole blog; `progress` hears how far the reading has got.
    func parse(progress: @escaping (Progress) -> Void = { _ in }) throws(InputFailure) -> LiveBlog {
        var read = 0
        var (blog, notes) = try withChunks(counting: { count in
            read += count
            progress(.reading(bytes: read))
        }) { next in
            try LiveBlogParser.parse(chunks: { () throws -> Data? in
                let chunk = try next()
                if chunk == nil { progress(.extracting(0)) }
                return chunk
            }, extracting: { progress(.extracting($0)) })
        }
        blog.diagnostics.insert(contentsOf: notes, at: 0)
        return blog
    }

    /// The header, posts and footer alone, without extraction (for the benchmark's split of
    /// where parsing time goes).
    func parseLayout() throws(InputFailure) -> LiveBlog {
        try withChunks { next in try LiveBlogParser.parseLayout(chunks: next) }.result
    }

    /// What the reader shows first: the head of a large blog, or the whole of a small one.
    func firstView(budget: Int) throws(InputFailure) -> (blog: LiveBlog, isPartial: Bool) {
        try withChunks { next in try HeadOfBlog.firstView(chunks: next, budget: budget) }.result
    }

    /// Calls `body` with a reader of the input's chunks, decoded to UTF-8 (`InputDecoder`),
    /// and returns what it returns with the decoder's notes on how the text was read;
    /// `counting` hears how many of the input's own bytes each chunk held. A read error becomes
    /// an `InputFailure` with the sysexits code for I/O errors.
    private func withChunks<Result>(counting: @escaping (Int) -> Void = { _ in },
                                    _ body: (() throws -> Data?) throws -> Result) throws(InputFailure) -> (result: Result, notes: [Diagnostic]) {
        var decoder = InputDecoder()
        var finished = false
        func decoded(_ chunk: Data?) -> Data? {
            if let chunk {
                counting(chunk.count)
                return decoder.decode(chunk)
            }
            if finished { return nil }
            finished = true
            return decoder.finish()
        }
        switch self {
        case .bytes(let data, let name):
            var whole = CollectionOfOne(data).makeIterator()
            do {
                let result = try body { decoded(whole.next()) }
                return (result, decoder.notes)
            } catch {
                throw InputFailure(message: "cannot read \(name): \(error.localizedDescription)", code: SysExits.ioError)
            }
        case .file(let path, let refusingOtherFormats):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw InputFailure(message: "cannot open '\(path)': it can no longer be read", code: SysExits.noInput)
            }
            defer { try? handle.close() }
            // Read, not mapped: a live blog's file may be rewritten while it is read, and a
            // mapping of a file that shrinks faults (SIGBUS) instead of failing cleanly.
            var chunks = FileChunks(descriptor: handle.fileDescriptor, chunkSize: Self.chunkSize)
            var headChecked = !refusingOtherFormats
            do {
                let result = try body {
                    let chunk = try chunks.next()
                    if !headChecked, let chunk {
                        headChecked = true
                        if let format = ForeignFormat.sniff(chunk) { throw InputFailure.notText(format, subject: "'\(path)'", path: path) }
                    }
                    return decoded(chunk)
                }
                return (result, decoder.notes)
            } catch let failure as InputFailure {
                throw failure
            } catch {
                throw InputFailure(message: "cannot read '\(path)': \(error.localizedDescription)", code: SysExits.ioError)
            }
        }
    }
}
