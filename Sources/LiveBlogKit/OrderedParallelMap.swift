import Dispatch

/// Runs a pure per-item computation on every core and hands the results to a sequential
/// consumer in the items' order. The items go in batches, so only one batch of results is
/// held at a time: the extraction passes stay sequential (they build blog-wide directories in
/// story order) while the costly per-post work — tokenising, scanning — is shared out.
struct OrderedParallelMap {
    /// Items per batch: large enough to keep both cores busy, small enough that a batch's
    /// results (tokens of a few hundred posts) stay a small share of memory.
    var batchSize = 256
    /// Items per unit of work handed to a core.
    var chunkSize = 8

    func forEach<Result: Sendable>(_ items: [Int], work: @Sendable (Int) -> Result, consume: (Int, Result) -> Void) {
        var start = 0
        while start < items.count {
            let batch = items[start..<min(start + batchSize, items.count)]
            var results = [Result?](repeating: nil, count: batch.count)
            results.withUnsafeMutableBufferPointer { buffer in
                let slots = Slots(buffer: buffer)
                let chunks = (batch.count + chunkSize - 1) / chunkSize
                // Each chunk writes only its own slots, so the writes never overlap.
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * chunkSize
                    for offset in lower..<min(lower + chunkSize, batch.count) {
                        slots.buffer[offset] = work(batch[batch.startIndex + offset])
                    }
                }
            }
            for (offset, result) in results.enumerated() {
                if let result { consume(batch[batch.startIndex + offset], result) }
            }
            start += batch.count
        }
    }

    /// A batch's result slots, shared by the workers: each writes a disjoint range of them.
    private struct Slots<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }
}
