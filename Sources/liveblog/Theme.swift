import CNcursesw
import ReaderUI

/// How each style role looks: colours where the terminal has them and the user allows them
/// (NO_COLOR, --no-color), attributes only otherwise, so monochrome stays usable.
struct Theme {
    private var attributes: [StyleRole: (attrs: attr_t, pair: Int16)] = [:]

    init(colors: Bool) {
        let bold = lb_a_bold(), reverse = lb_a_reverse(), underline = lb_a_underline(), dim = lb_a_dim()
        let plain: [StyleRole: attr_t] = [
            .normal: 0, .dim: dim, .bold: bold, .title: bold, .time: bold, .marker: bold, .hospital: underline,
            .quote: 0, .speaker: bold, .tweet: 0, .link: underline, .match: reverse, .selected: reverse | bold,
            .selectedUnfocused: reverse, .paneTitle: reverse, .paneTitleFocused: reverse | bold, .bar: reverse,
            .chip: bold | underline, .hint: reverse, .error: bold, .overlay: 0, .overlaySelected: reverse,
        ]
        for role in StyleRole.allCases { attributes[role] = (plain[role] ?? 0, 0) }
        guard colors else { return }
        // Pairs 1-7: yellow, magenta, cyan, green, blue, red, white on the terminal's background.
        let palette: [(Int16, Int16)] = [(1, 3), (2, 5), (3, 6), (4, 2), (5, 4), (6, 1), (7, 7)]
        for (pair, color) in palette { init_pair(pair, color, -1) }
        init_pair(8, 0, 6)   // bar: black on cyan
        init_pair(9, 0, 3)   // chip: black on yellow
        let colored: [StyleRole: (attr_t, Int16)] = [
            .time: (bold, 1), .marker: (bold, 2), .hospital: (0, 3), .quote: (0, 4), .speaker: (bold, 1),
            .tweet: (0, 5), .link: (underline, 5), .title: (bold, 7), .error: (bold, 6),
            .bar: (0, 8), .hint: (0, 8), .chip: (bold, 9), .match: (0, 9), .paneTitle: (0, 8), .paneTitleFocused: (bold, 8),
        ]
        for (role, value) in colored { attributes[role] = value }
    }

    func look(_ role: StyleRole) -> (attrs: attr_t, pair: Int16) {
        attributes[role] ?? (0, 0)
    }
}
