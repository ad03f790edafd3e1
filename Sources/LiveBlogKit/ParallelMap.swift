import Dispatch

/// A map over `0..<count` worked out on every core, in contiguous chunks, its results in order:
/// for per-post work over a whole blog (hashing every post's id) that would otherwise run on
/// one core while the other waits.
enum ParallelMap {
    static func map<Result>(count: Int, chunkSize: Int = 4096, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let chunks = (count + chunkSize - 1) / chunkSize
        guard chunks > 1 else { return (0..<count).map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            // Each chunk initialises only its own elements.
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                    (slots.base + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }

    /// The result storage the workers share: each writes different elements.
    private struct Slots<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }
}
