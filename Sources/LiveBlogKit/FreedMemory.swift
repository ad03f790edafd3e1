#if canImport(CMalloc)
import CMalloc
#endif

/// Hands memory the process has freed back to the system. glibc's malloc keeps an arena per
/// thread: what the first reading's worker threads allocated and later freed stays resident
/// in their arenas, where the main thread's later allocations cannot reuse it, so a large
/// blog's parse would peak higher than what it holds.
enum FreedMemory {
    static func release() {
        #if canImport(CMalloc)
        _ = malloc_trim(0)
        #endif
    }
}
