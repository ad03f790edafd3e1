/// Derives a post's id from its time and opening text: `1253-9f3a2c`.
enum PostID {
    /// The id, made straight from the bytes without building a string to hash: a blog of a
    /// million posts makes a million of these.
    static func make(for post: Post) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for byte in post.time.utf8 { add(byte) }
        add(10)
        if let title = post.title {
            for byte in title.utf8 { add(byte) }
        } else if post.paragraphCount > 0 {
            for byte in post.body.utf8 {
                if byte == 10 { break }
                add(byte)
            }
        }
        let minutes = post.minutesOfDay ?? 0
        let digits = post.minutesOfDay == nil ? [0, 0, 0, 0] : [minutes / 600, minutes / 60 % 10, minutes % 60 / 10, minutes % 10]
        let low = hash & 0xff_ffff
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
}
