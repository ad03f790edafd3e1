/// Reads a live blog's plain text into a `LiveBlog`. Never throws and never traps: what it
/// cannot place becomes paragraphs plus diagnostics. (Reading by chunks rethrows the errors
/// of whatever supplies the chunks, and nothing else.)
public enum LiveBlogParser {
    /// Parses text: structure first (header, posts, footer), then extraction across posts.
    public static func parse(_ text: String) -> LiveBlog {
        var contiguous = text
        var reading: FirstReading? = FirstReading()
        var blog = contiguous.withUTF8 { structure(of: $0, reading: &reading) }
        BlogExtractor.extract(into: &blog, firstReading: reading?.finish() ?? [], postIDs: reading?.postIDs)
        return blog
    }

    /// Parses bytes, repairing invalid UTF-8 with U+FFFD and noting that it did. The bytes are
    /// read in place a line at a time, never copied into one string, and are let go (when the
    /// caller passed its only copy) before extraction.
    public static func parse<Bytes: Collection>(bytes: consuming Bytes) -> LiveBlog where Bytes.Element == UInt8 {
        var reading: FirstReading? = FirstReading()
        var blog = structure(ofOwned: bytes, reading: &reading)
        BlogExtractor.extract(into: &blog, firstReading: reading?.finish() ?? [], postIDs: reading?.postIDs)
        return blog
    }

    /// Parses input that arrives in chunks (a file read a piece at a time), so that its
    /// bytes are never all held at once: a blog costs its model, not its model plus its text.
    /// `next` returns nil at the end; what it throws ends the parse. `extracting` hears the
    /// share of extraction done, from 0 to 1, once all is read (for a progress line).
    public static func parse<Chunk: Collection>(chunks next: () throws -> Chunk?,
                                                extracting: @escaping (Double) -> Void = { _ in }) rethrows -> LiveBlog
    where Chunk.Element == UInt8 {
        var reading: FirstReading? = FirstReading()
        var blog = try structure(chunks: next, reading: &reading)
        BlogExtractor.extract(into: &blog, firstReading: reading?.finish() ?? [], postIDs: reading?.postIDs, progress: extracting)
        return blog
    }

    /// The header, posts and footer alone, without extraction (no hospitals, people, quotes or
    /// tweets): a fraction of a full parse's time, for showing a large blog that has no head
    /// to cut while the full parse runs.
    public static func parseLayout<Bytes: Collection>(bytes: consuming Bytes) -> LiveBlog where Bytes.Element == UInt8 {
        var none: FirstReading?
        return structure(ofOwned: bytes, reading: &none)
    }

    /// `parseLayout` of input read chunk by chunk.
    public static func parseLayout<Chunk: Collection>(chunks next: () throws -> Chunk?) rethrows -> LiveBlog where Chunk.Element == UInt8 {
        var none: FirstReading?
        return try structure(chunks: next, reading: &none)
    }

    /// The structure of bytes it owns, so that they are freed when it returns.
    private static func structure<Bytes: Collection>(ofOwned bytes: consuming Bytes, reading: inout FirstReading?) -> LiveBlog
    where Bytes.Element == UInt8 {
        if let blog = bytes.withContiguousStorageIfAvailable({ structure(of: $0, reading: &reading) }) { return blog }
        let copy = Array(bytes)
        return copy.withUnsafeBufferPointer { structure(of: $0, reading: &reading) }
    }

    private static func structure(of bytes: UnsafeBufferPointer<UInt8>, reading: inout FirstReading?) -> LiveBlog {
        var whole = CollectionOfOne(bytes).makeIterator()
        return structure(chunks: { whole.next() }, reading: &reading)
    }

    /// The structure of input read chunk by chunk, with the note that it needed repair. With
    /// a `reading`, each batch of settled posts is handed to it while the rest is parsed.
    private static func structure<Chunk: Collection>(chunks next: () throws -> Chunk?, reading: inout FirstReading?) rethrows -> LiveBlog
    where Chunk.Element == UInt8 {
        var lines = LineReader()
        var builder = StructureBuilder()
        var handedOver = 0
        while let chunk = try next() {
            if chunk.withContiguousStorageIfAvailable({ lines.read($0) { builder.add($0, number: $1) } }) == nil {
                Array(chunk).withUnsafeBufferPointer { lines.read($0) { builder.add($0, number: $1) } }
            }
            while reading != nil, handedOver < builder.settledBatchCount {
                let (posts, first) = builder.settledBatch(handedOver)
                reading?.read(posts, first: first)
                handedOver += 1
            }
        }
        lines.finish { builder.add($0, number: $1) }
        var blog = builder.finish()
        // Extraction allocates mostly on other threads, which cannot reuse the holes the
        // batches of posts left when they were joined: those are handed back, on another
        // thread, as extraction begins. A blog of one batch left none.
        if handedOver > 0 { FreedMemory.releaseInBackground() }
        // The pinned post, when the header has one, was the first post built.
        reading?.setAside(builder.postCount - blog.posts.count)
        reading?.postIDs = builder.postIDs
        if builder.repaired {
            blog.diagnostics.insert(
                Diagnostic(kind: .invalidUTF8, line: nil, message: "input was not valid UTF-8; bad bytes shown as �"),
                at: 0)
        }
        return blog
    }
}
