import Foundation
import Testing
@testable import LiveBlogKit

/// The passes' parallel map: every item worked on once, on whatever thread claims it, and
/// consumed in the items' order, however many threads help and however the batches fall.
@Suite struct OrderedParallelMapTests {
    @Test(arguments: [0, 1, 3])
    func everyItemIsConsumedOnceInOrder(backgroundWorkers: Int) {
        // Batch and chunk sizes that leave a short last batch and a short last chunk.
        var map = OrderedParallelMap()
        map.batchSize = 10
        map.chunkSize = 3
        map.backgroundWorkers = backgroundWorkers
        let items = Array((0..<95).reversed())
        let calls = CallCount()
        var consumed: [(item: Int, result: Int)] = []
        var reported: [Int] = []
        map.progress = { reported.append($0) }
        map.forEach(items, work: { item in
            calls.increment()
            return item * item
        }, consume: { item, result in
            consumed.append((item, result))
        })
        #expect(calls.value == items.count)
        #expect(consumed.map(\.item) == items)
        #expect(consumed.allSatisfy { $0.result == $0.item * $0.item })
        #expect(reported == Array(stride(from: 10, through: 90, by: 10)) + [95])
    }

    @Test func noItemsCallsNothing() {
        var called = false
        OrderedParallelMap().forEach([], work: { $0 }, consume: { _, _ in called = true })
        #expect(!called)
    }
}

/// Calls counted from any thread.
private final class CallCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
}
