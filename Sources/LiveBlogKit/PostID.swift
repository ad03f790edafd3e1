/// Derives a post's id from its time and opening text: `1253-9f3a2c`.
enum PostID {
    static func make(for post: Post) -> String {
        let clock = post.timeOfDay.map { String($0.twentyFourHour.filter { $0 != ":" }) } ?? "0000"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let opening = post.title ?? post.firstParagraph ?? ""
        for byte in (post.time + "\n" + opening).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash & 0xff_ffff, radix: 16)
        return clock + "-" + String(repeating: "0", count: 6 - hex.count) + hex
    }
}
