import Dispatch
import Foundation
import Testing
@testable import LiveBlogKit

/// A value let go of on another thread is gone once its release is settled, however long the
/// letting go takes: what a pass counts on before it allocates enough to peak.
@Suite struct FreedMemoryTests {
    /// A value whose letting go takes a while, and says when it is done.
    final class SlowToFree: Sendable {
        let freed: DispatchSemaphore

        init(freed: DispatchSemaphore) {
            self.freed = freed
        }

        deinit {
            Thread.sleep(forTimeInterval: 0.05)
            freed.signal()
        }
    }

    @Test func aValueLetGoOfIsGoneOnceTheReleaseIsSettled() {
        let freed = DispatchSemaphore(value: 0)
        let pending = FreedMemory.releaseInBackground(lettingGoOf: SlowToFree(freed: freed))
        pending.settle()
        #expect(freed.wait(timeout: .now()) == .success)
        // Settling again returns at once.
        pending.settle()
    }
}
