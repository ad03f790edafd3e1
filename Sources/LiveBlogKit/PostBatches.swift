/// A blog's finished posts, kept in batches as they are built: one array grown a post at a
/// time would, at each doubling, hold its old and new storage at once — for a blog of many
/// small posts, the peak of the whole parse. Full batches are handed to the first reading
/// while the rest is parsed.
struct PostBatches {
    private var full: [[Post]] = []
    private var filling: [Post] = []

    /// Posts a batch holds: large enough to be allocated apart from the heap and handed back
    /// whole once joined (a blog of a million short posts peaked 8-13% higher on 1,024).
    private static let batchSize = 4096
    /// Posts the first batch holds: few, so that the first reading starts a few milliseconds
    /// into the file rather than one core parsing alone until 4,096 posts are built.
    private static let firstBatchSize = 1024

    /// The size of batch `index`.
    private static func size(ofBatch index: Int) -> Int {
        index == 0 ? firstBatchSize : batchSize
    }

    /// How many batches are full.
    var fullCount: Int { full.count }

    /// Adds the next post, in file order.
    mutating func append(_ post: consuming Post) {
        if filling.isEmpty { filling.reserveCapacity(Self.size(ofBatch: full.count)) }
        filling.append(consume post)
        if filling.count == Self.size(ofBatch: full.count) {
            full.append(filling)
            filling = []
        }
    }

    /// The posts of full batch `index`, with the file-order index of the first; the blog's
    /// first post is left out.
    func batch(_ index: Int) -> (posts: ArraySlice<Post>, first: Int) {
        let first = index == 0 ? 0 : Self.firstBatchSize + (index - 1) * Self.batchSize
        return first == 0 ? (full[index].dropFirst(), 1) : (full[index][...], first)
    }

    /// Every post, in one array of exactly their number. Each batch's posts are moved, not
    /// copied (a copy retains all that a post holds, only for the batch to release it), and
    /// each batch is freed once emptied.
    mutating func takeAll() -> [Post] {
        full.append(filling)
        filling = []
        let total = full.reduce(0) { $0 + $1.count }
        // What a batch's emptied slots are left holding: a post that holds nothing to release.
        let vacant = Post(timeLine: "", timeOfDay: TimeOfDay(minutes: 0))
        let posts = [Post](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let destination = buffer.baseAddress else { return }
            for index in full.indices {
                // A batch the first reading still holds is copied first (copy on write): what
                // appending it did to every batch.
                full[index].withUnsafeMutableBufferPointer { source in
                    guard let origin = source.baseAddress else { return }
                    (destination + initialized).moveInitialize(from: origin, count: source.count)
                    origin.initialize(repeating: vacant, count: source.count)
                    initialized += source.count
                }
                full[index] = []
            }
        }
        full = []
        return posts
    }
}
