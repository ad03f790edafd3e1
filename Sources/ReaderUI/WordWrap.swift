import LiveBlogKit

/// Breaks text into lines of at most `width` cells at spaces, by display width; a word wider
/// than a line is broken between graphemes. Text is sanitised first, so widths are final.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let clean = DisplayText.sanitize(text)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in clean.split(separator: " ", omittingEmptySubsequences: true) {
            var rest = Substring(word)
            var restWidth = DisplayWidth.of(rest)
            let needed = lineWidth == 0 ? restWidth : lineWidth + 1 + restWidth
            if needed <= width {
                line += (lineWidth == 0 ? "" : " ") + rest
                lineWidth = needed
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while restWidth > width {
                let piece = DisplayWidth.prefix(rest, fitting: width)
                // A glyph wider than the line itself cannot be placed: drop it rather than loop.
                guard !piece.text.isEmpty else { rest = rest.dropFirst(); restWidth = DisplayWidth.of(rest); continue }
                lines.append(String(piece.text))
                rest = rest[piece.text.endIndex...]
                restWidth -= piece.width
            }
            line = String(rest)
            lineWidth = restWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
