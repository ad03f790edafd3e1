/// A time line that is a date alone (`12 Nov 2023`, `Sunday 12 November`, `2023-11-12`), as
/// pages that stamp their posts with no time write it: shown short in the timeline.
public enum DateStamp {
    /// The day and the month's first three letters (`12 Nov`), or nil when the line is no
    /// date alone.
    public static func shortForm(_ line: String) -> String? {
        guard TimeOfDay.isDateLine(line) else { return nil }
        var day: Int?
        var month: Int?
        for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\u{00A0}" }) {
            let numbers = word.split(whereSeparator: { $0 == "-" || $0 == "/" }).compactMap { Int($0) }
            if numbers.count == 3 {
                // `2023-11-12` and `12/11/2023`: a year first, or a day first as most of the world writes it.
                (day, month) = numbers[0] > 31 ? (numbers[2], numbers[1]) : (numbers[0], numbers[1])
            } else if let number = Int(word.prefix { $0.isASCII && $0.isNumber }), word.count <= 4, (1...31).contains(number), day == nil {
                day = number
            } else if month == nil, let index = TimeOfDay.monthNames.firstIndex(where: { TimeOfDay.isName(word.utf8, among: [$0]) }) {
                month = index + 1
            }
        }
        guard let day, let month, (1...12).contains(month) else { return nil }
        let name = TimeOfDay.monthNames[month - 1].prefix(3)
        return "\(day) " + String(decoding: name, as: UTF8.self).capitalized
    }
}
