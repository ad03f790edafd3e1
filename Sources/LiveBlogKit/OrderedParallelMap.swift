import Dispatch

/// Runs a pure per-item computation on every core and hands the results to a sequential
/// consumer in the items' order. The items go in batches, so only a couple of batches of
/// results are held at a time: the extraction passes stay sequential (they build blog-wide
/// directories in story order) while the costly per-post work — tokenising, scanning — is
/// shared out. The next batch is worked on while the current one is consumed, so the consumer
/// and the workers overlap instead of taking turns.
struct OrderedParallelMap {
    /// Items per batch: large enough to keep both cores busy, small enough that a batch's
    /// results (tokens of a few hundred posts) stay a small share of memory.
    var batchSize = 256
    /// Items per unit of work handed to a core.
    var chunkSize = 8
    /// Hears, after each batch is consumed, how many items have been.
    var progress: (Int) -> Void = { _ in }

    func forEach<Result: Sendable>(_ items: [Int], work: @escaping @Sendable (Int) -> Result, consume: (Int, Result) -> Void) {
        let batches = stride(from: 0, to: items.count, by: batchSize).map { items[$0..<min($0 + batchSize, items.count)] }
        guard !batches.isEmpty else { return }
        // The first batch is worked on here, as a blog of one batch (one huge post) is best
        // served: its allocations stay in this thread's heap. Later batches start behind it.
        var results = run(batches[0], work: work)
        for index in batches.indices {
            let next = index + 1 < batches.count ? start(batches[index + 1], work: work) : nil
            for offset in batches[index].indices {
                if let result = results.take(offset - batches[index].startIndex) { consume(batches[index][offset], result) }
            }
            progress(batches[index].endIndex - items.startIndex)
            guard let next else { break }
            next.wait()
            results = next
        }
    }

    /// Works on a batch on every core, this thread included, and returns it done.
    private func run<Result: Sendable>(_ batch: ArraySlice<Int>, work: @escaping @Sendable (Int) -> Result) -> PendingBatch<Result> {
        let pending = PendingBatch<Result>(count: batch.count)
        Self.fill(pending, from: batch, chunkSize: chunkSize, work: work)
        return pending
    }

    /// Starts working on a batch in the background.
    private func start<Result: Sendable>(_ batch: ArraySlice<Int>, work: @escaping @Sendable (Int) -> Result) -> PendingBatch<Result> {
        let pending = PendingBatch<Result>(count: batch.count)
        let chunkSize = chunkSize
        pending.group.enter()
        DispatchQueue.global().async {
            Self.fill(pending, from: batch, chunkSize: chunkSize, work: work)
            pending.group.leave()
        }
        return pending
    }

    /// Fills a batch's slots on every core; each chunk writes only its own slots, so the
    /// writes never overlap.
    private static func fill<Result: Sendable>(_ pending: PendingBatch<Result>, from batch: ArraySlice<Int>, chunkSize: Int,
                                               work: @escaping @Sendable (Int) -> Result) {
        let chunks = (batch.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * chunkSize
            for offset in lower..<min(lower + chunkSize, batch.count) {
                pending.slots[offset] = work(batch[batch.startIndex + offset])
            }
        }
    }

    /// A batch's result slots while workers fill them; once `wait` has returned (the group's
    /// wait orders the workers' writes before the reads), `take` hands each result over.
    private final class PendingBatch<Result: Sendable>: @unchecked Sendable {
        let group = DispatchGroup()
        let slots: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func wait() {
            group.wait()
        }

        /// The result in slot `index`, moved out (the slot is left empty): a copy would retain
        /// all that the result holds, only for the slot to release it.
        func take(_ index: Int) -> Result? {
            slots[index].take()
        }
    }
}
