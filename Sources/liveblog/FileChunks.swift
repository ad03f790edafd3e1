import Foundation

/// Reads an open file a chunk at a time with `read(2)`, into one buffer used again for every
/// chunk. Foundation's `FileHandle.read(upToCount:)` reads a page (4 KB) a system call here,
/// 256 calls for each megabyte of a blog, on the thread that parses it.
struct FileChunks {
    private let descriptor: Int32
    private let chunkSize: Int
    private var buffer: Data

    /// A reader of `descriptor`, which stays its caller's to close.
    init(descriptor: Int32, chunkSize: Int) {
        self.descriptor = descriptor
        self.chunkSize = max(1, chunkSize)
        buffer = Data(count: self.chunkSize)
    }

    /// The next chunk — full but at the end of the file — or nil when none is left. The
    /// buffer is written again by the next call: a caller that lets each chunk go before it
    /// asks for the next is handed the same storage every time (one still held is copied first).
    mutating func next() throws -> Data? {
        if buffer.count != chunkSize { buffer = Data(count: chunkSize) }
        let descriptor = descriptor
        let filled = try buffer.withUnsafeMutableBytes { (storage: UnsafeMutableRawBufferPointer) throws -> Int in
            guard let base = storage.baseAddress else { return 0 }
            var filled = 0
            while filled < storage.count {
                let count = read(descriptor, base + filled, storage.count - filled)
                if count > 0 {
                    filled += count
                } else if count == 0 {
                    break
                } else if errno != EINTR {
                    throw ReadFailure(code: errno)
                }
            }
            return filled
        }
        guard filled > 0 else { return nil }
        if filled < chunkSize { buffer.count = filled }
        return buffer
    }

    /// A failed `read(2)`, told as the system tells its error number.
    struct ReadFailure: LocalizedError {
        let code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
    }
}
