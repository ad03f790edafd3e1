/// The one place text from a blog is made safe to show on a terminal: controls become
/// visible pictures (`␛` for ESC), C1 controls `�`, and bidi overrides, zero-width and other
/// invisible format characters are dropped, so nothing in a blog can move the cursor, set a
/// title, write the clipboard or reorder what is shown.
public enum DisplayText {
    public static func sanitize<S: StringProtocol>(_ text: S) -> String {
        var clean = true
        for scalar in text.unicodeScalars where needsWork(scalar) {
            clean = false
            break
        }
        if clean { return String(text) }
        // Built as bytes with room reserved: appending scalar by scalar to a string view
        // copied the whole text on each append, which made a 10 MB paragraph take minutes.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if let replacement = replacement(for: scalar) {
                result.append(contentsOf: replacement.utf8)
            } else if !needsWork(scalar) {
                UTF8.encode(scalar) { result.append($0) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0x200B { return value == 0xAD || value == 0x061C || value == 0x180E }
        return (0x200B...0x200F).contains(value) || (0x2028...0x202E).contains(value)
            || (0x2060...0x206F).contains(value) || value == 0xFEFF || (0xFFF9...0xFFFB).contains(value)
            || (0xE0000...0xE007F).contains(value)
    }

    /// What a control is shown as; nil for characters that are dropped.
    private static func replacement(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + value).map { String($0) } ?? "�"
        case 0x7F: return "␡"
        case 0x80...0x9F: return "�"
        case 0x2028, 0x2029: return " "
        default: return nil
        }
    }
}
