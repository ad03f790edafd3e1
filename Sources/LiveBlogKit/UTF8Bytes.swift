/// Reading Unicode scalars straight from valid UTF-8 bytes, so that scanners can walk a
/// string's bytes with plain integer offsets instead of `String.Index` arithmetic.
enum UTF8Bytes {
    /// The scalar starting at `offset` and its length in bytes. The bytes must be valid UTF-8
    /// (a Swift string's always are) and `offset` must start a scalar.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var index = offset + 1
        let end = min(offset + length, bytes.count)
        while index < end {
            value = value << 6 | (UInt32(bytes[index]) & 0x3F)
            index += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", end - offset)
    }

    /// The offset where the scalar ending just before `offset` starts.
    @inline(__always)
    static func scalarStart(in bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
        var index = offset - 1
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Whether `prefix` (ASCII) stands at `offset`.
    @inline(__always)
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = prefix.utf8Start
        for index in 0..<count where bytes[offset + index] != start[index] { return false }
        return true
    }
}
