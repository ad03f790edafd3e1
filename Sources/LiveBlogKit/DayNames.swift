/// What to call each day a blog runs over (its posts' `dayOffset`s), for the reader's rows
/// that part the timeline by day: the page's own heading (`Wednesday 15 November`), else the
/// date a post's time line carries (`15 Nov`), else the day's place in the story (`Day 2`).
public struct DayNames: Sendable {
    /// Whether the posts are on more than one day; a blog of one day is parted by none.
    public let spanMoreThanOneDay: Bool
    private let names: [Int: String]

    public init(_ posts: [Post]) {
        // Only the first post of each run of a day is looked at (the page heads a day there):
        // a blog of 100 MB is read on the reader's thread as it is swapped in.
        var names: [Int: String] = [:]
        var lastDay: Int?
        var runs = 0
        for index in posts.indices {
            let day = posts[index].dayOffset
            guard day != lastDay else { continue }
            lastDay = day
            runs += 1
            guard names[day] == nil else { continue }
            if let heading = posts[index].dayHeading {
                names[day] = heading
            } else if let date = TimeOfDay.dateOfTimeLine(posts[index].time), let dayOfMonth = date.day {
                names[day] = DateStamp.shortForm(day: dayOfMonth, month: date.month)
            }
        }
        spanMoreThanOneDay = runs > 1
        self.names = spanMoreThanOneDay ? names : [:]
    }

    /// The name of the day `offset` days after the oldest post's.
    public func name(ofDay offset: Int) -> String {
        names[offset] ?? "Day \(offset + 1)"
    }
}
