import Foundation

/// Derives a post's id from its time and opening text: `1253-9f3a2c`.
enum PostID {
    /// The id, made straight from the bytes without building a string to hash: a blog of a
    /// million posts makes a million of these.
    static func make(for post: Post) -> String {
        text(of: number(for: post))
    }

    /// The id as a number that stands for it one to one: its minutes after midnight (or none)
    /// above the 24-bit hash. Counting repeats of a million posts' ids by number needs no
    /// million strings.
    static func number(for post: Post) -> UInt64 {
        withUnsafePointer(to: post) { number(at: $0) }
    }

    /// `number(for:)` of the post at `post`, read in place: a copy of a post retains every field.
    static func number(at post: UnsafePointer<Post>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // FNV-1a over the time line, a line break, then the title or the first paragraph.
        add(post.pointee.time, upToLineBreak: false, to: &hash)
        add(bytes: CollectionOfOne(10), to: &hash)
        if let title = post.pointee.title {
            add(title, upToLineBreak: false, to: &hash)
        } else if post.pointee.paragraphCount > 0 {
            add(post.pointee.body, upToLineBreak: true, to: &hash)
        }
        // Minutes are stored one up, so that a post without a time (shown as 0000) is 0.
        let minutes = post.pointee.minutesOfDay.map { UInt64($0) + 1 } ?? 0
        return minutes << 24 | hash & 0xff_ffff
    }

    /// Hashes a string's bytes (up to its first line break, when asked), read in place: the
    /// line break is found first, so that the hashing loop tests nothing but its end.
    private static func add(_ text: String, upToLineBreak: Bool, to hash: inout UInt64) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard upToLineBreak, let base = bytes.baseAddress,
                  let lineBreak = memchr(base, 10, bytes.count)?.assumingMemoryBound(to: UInt8.self) else {
                return add(bytes: bytes, to: &hash)
            }
            add(bytes: UnsafeBufferPointer(start: base, count: base.distance(to: lineBreak)), to: &hash)
        }
        if hashed == nil {
            add(bytes: upToLineBreak ? text.utf8.prefix { $0 != 10 } : text.utf8[...], to: &hash)
        }
    }

    @inline(__always)
    private static func add(bytes: some Sequence<UInt8>, to hash: inout UInt64) {
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }

    /// The id of the `ordinal`-th post, counting from the oldest, whose content id is `base`:
    /// the first keeps it bare, later ones get `-2`, `-3`…
    static func repeated(_ base: String, ordinal: Int) -> String {
        ordinal <= 1 ? base : base + "-" + String(ordinal)
    }

    /// The id a `number` stands for: `1253-9f3a2c`.
    static func text(of number: UInt64) -> String {
        let minutes = Int(number >> 24) - 1
        let digits = minutes < 0 ? [0, 0, 0, 0] : [minutes / 600, minutes / 60 % 10, minutes % 60 / 10, minutes % 10]
        let low = number & 0xff_ffff
        return String(unsafeUninitializedCapacity: 11) { buffer in
            for (offset, digit) in digits.enumerated() { buffer[offset] = UInt8(ascii: "0") + UInt8(digit) }
            buffer[4] = UInt8(ascii: "-")
            for offset in 0..<6 {
                let nibble = UInt8((low >> (4 * (5 - offset))) & 0xf)
                buffer[5 + offset] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 11
        }
    }

    /// Gives each post its id from its own content, numbered from the oldest post when two
    /// collide, so that posts added on top never change an existing id. Returns each post's id.
    static func assign(to posts: inout [Post]) -> [String] {
        var seen: [UInt64: Int32] = [:]
        seen.reserveCapacity(posts.count)
        var ids = [String](repeating: "", count: posts.count)
        // Hashing each post's opening text is the costly part, and needs no other post: it is
        // done on every core, a block of posts at a time (oldest first), so that no number
        // is held for every post of a blog of millions (only its id, which extraction needs).
        let block = 1 << 16
        var end = posts.count
        while end > 0 {
            let start = max(0, end - block)
            let numbers = posts.withUnsafeBufferPointer { buffer in
                let shared = buffer.baseAddress.map { SharedPosts(base: $0, count: buffer.count) }
                return ParallelMap.map(count: end - start) { offset in
                    let number = shared.map { PostID.number(at: $0.base + start + offset) } ?? 0
                    return (number: number, text: PostID.text(of: number))
                }
            }
            for index in (start..<end).reversed() {
                let base = numbers[index - start]
                let count = seen[base.number, default: 0] + 1
                seen[base.number] = count
                posts[index].setContentID(repeat: Int(count))
                ids[index] = PostID.repeated(base.text, ordinal: Int(count))
            }
            end = start
        }
        return ids
    }
}
