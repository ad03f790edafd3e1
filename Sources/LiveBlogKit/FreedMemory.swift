#if canImport(CMalloc)
import CMalloc
#endif
import Dispatch

/// Hands memory the process has freed back to the system. glibc's malloc keeps an arena per
/// thread: what the first reading's worker threads allocated and later freed stays resident
/// in their arenas, where the main thread's later allocations cannot reuse it, so a large
/// blog's parse would peak higher than what it holds.
public enum FreedMemory {
    static func release() {
        #if canImport(CMalloc)
        _ = malloc_trim(0)
        #endif
    }

    /// Lets go of `value` on another thread, then hands the pages it held back (`release`):
    /// for a caller that need not wait for either (freeing a pass's findings for a large blog
    /// takes tens of milliseconds on one core). The caller makes sure of it before it allocates
    /// enough to peak (`Pending.settle`): on a busy machine the thread may run late, or run
    /// while another thread still holds the value.
    @discardableResult
    static func releaseInBackground<Value: Sendable>(lettingGoOf value: consuming Value) -> Pending {
        let held = Held(value)
        let pending = Pending()
        pending.group.enter()
        DispatchQueue.global().async {
            held.drop()
            release()
            pending.group.leave()
        }
        return pending
    }

    /// A release under way on another thread.
    final class Pending: Sendable {
        fileprivate let group = DispatchGroup()

        /// Waits for the release (done already, mostly), then hands back the pages freed since
        /// it trimmed: on a busy machine, threads that ran late free memory after it.
        func settle() {
            group.wait()
            release()
        }
    }

    /// `release` on another thread, for a caller that need not wait for it.
    public static func releaseInBackground() {
        DispatchQueue.global().async { release() }
    }

    /// A value a background thread lets go of.
    private final class Held<Value: Sendable>: @unchecked Sendable {
        private var value: Value?

        init(_ value: consuming Value) {
            self.value = value
        }

        func drop() {
            value = nil
        }
    }
}
