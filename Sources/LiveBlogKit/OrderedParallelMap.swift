import Dispatch
import Foundation

/// Runs a pure per-item computation on every core and hands the results to a sequential
/// consumer in the items' order. The items go in batches, so only a couple of batches of
/// results are held at a time: the extraction passes stay sequential (they build blog-wide
/// directories in story order) while the costly per-post work — tokenising, scanning — is
/// shared out. The next batch is worked on while the current one is consumed, so the consumer
/// and the workers overlap instead of taking turns, and the consumer, once done with a batch,
/// works on the next with them.
struct OrderedParallelMap {
    /// Items per batch: large enough to keep both cores busy, small enough that a batch's
    /// results (tokens of a few hundred posts) stay a small share of memory.
    var batchSize = 256
    /// Items per unit of work handed to a core.
    var chunkSize = 8
    /// Hears, after each batch is consumed, how many items have been.
    var progress: (Int) -> Void = { _ in }

    /// Threads that work on a batch in the background: one fewer than the cores, as the
    /// consumer's thread takes the last core. A consumer with much to do (the hospital pass
    /// settles every mention in story order) would otherwise share its core with a worker and
    /// hold every worker up; one with little to do helps with the next batch once it is done.
    var backgroundWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    func forEach<Result: Sendable>(_ items: [Int], work: @escaping @Sendable (Int) -> Result, consume: (Int, Result) -> Void) {
        let batches = stride(from: 0, to: items.count, by: batchSize).map { items[$0..<min($0 + batchSize, items.count)] }
        guard !batches.isEmpty else { return }
        // The first batch is worked on here as well as in the background; later batches start
        // behind it.
        var results = start(batches[0], work: work)
        results.help()
        results.wait()
        for index in batches.indices {
            let next = index + 1 < batches.count ? start(batches[index + 1], work: work) : nil
            for offset in batches[index].indices {
                if let result = results.take(offset - batches[index].startIndex) { consume(batches[index][offset], result) }
            }
            progress(batches[index].endIndex - items.startIndex)
            guard let next else { break }
            // Consumed: this thread works on what is left of the next batch rather than wait.
            next.help()
            next.wait()
            results = next
        }
    }

    /// Starts working on a batch in the background.
    private func start<Result: Sendable>(_ batch: ArraySlice<Int>, work: @escaping @Sendable (Int) -> Result) -> PendingBatch<Result> {
        let pending = PendingBatch<Result>(batch, chunkSize: chunkSize, work: work)
        for _ in 0..<backgroundWorkers {
            pending.group.enter()
            DispatchQueue.global().async {
                pending.help()
                pending.group.leave()
            }
        }
        return pending
    }

    /// A batch's result slots while threads fill them, a chunk of items at a time, each chunk
    /// claimed by one thread (so the writes never overlap); once `wait` has returned (the
    /// group's wait orders the workers' writes before the reads), `take` hands each result over.
    private final class PendingBatch<Result: Sendable>: @unchecked Sendable {
        let group = DispatchGroup()
        let slots: UnsafeMutableBufferPointer<Result?>
        private let items: ArraySlice<Int>
        private let chunkSize: Int
        private let work: @Sendable (Int) -> Result
        /// The next chunk no thread has claimed, behind a lock (claimed a few hundred times a
        /// batch, against work of tens of microseconds a chunk).
        private var nextChunk = 0
        private let claiming = NSLock()

        init(_ items: ArraySlice<Int>, chunkSize: Int, work: @escaping @Sendable (Int) -> Result) {
            self.items = items
            self.chunkSize = chunkSize
            self.work = work
            slots = .allocate(capacity: items.count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// Works on chunks no other thread has claimed until none is left.
        func help() {
            let chunks = (items.count + chunkSize - 1) / chunkSize
            while true {
                let chunk = claimChunk()
                guard chunk < chunks else { return }
                let lower = chunk * chunkSize
                for offset in lower..<min(lower + chunkSize, items.count) {
                    slots[offset] = work(items[items.startIndex + offset])
                }
            }
        }

        /// The next unclaimed chunk's number, now claimed.
        private func claimChunk() -> Int {
            claiming.lock()
            defer { claiming.unlock() }
            nextChunk += 1
            return nextChunk - 1
        }

        /// Waits for the background threads: the items this thread claimed are done already.
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
