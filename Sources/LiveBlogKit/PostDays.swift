/// Which way a blog's posts run in time, and the day each post is on: most blogs put the
/// newest post first, some (a match report, a transcript) the oldest; either can cross
/// midnight.
enum PostDays {
    /// The longest step back in time between two neighbouring posts that is a post out of
    /// order rather than the next day.
    private static let longestInversion = 6 * 60

    /// Whether the posts run oldest first: more of the short steps between neighbours (a
    /// step across midnight is long) go forward in time, reading down, than back.
    static func runOldestFirst(_ posts: [Post]) -> Bool {
        var forward = 0, back = 0
        var above: Int?
        for post in posts {
            guard let minutes = post.minutesOfDay else { continue }
            if let above, abs(minutes - above) <= longestInversion {
                if minutes > above { forward += 1 } else if minutes < above { back += 1 }
            }
            above = minutes
        }
        return forward > back
    }

    /// Gives each post its day offset (days after the oldest post's), reading from the oldest
    /// post on. Where the page heads its days (`Wednesday 15 November` above a time line), a
    /// post is on the day headed above it, and posts out of order under one heading are only
    /// noted. Elsewhere a newer post whose time is more than six hours earlier than the one
    /// before it in time is on the next day; smaller inversions are posts out of order and only
    /// noted.
    /// - Parameter lineNumbers: each post's time line, for the notes.
    static func assign(_ posts: inout [Post], oldestFirst: Bool, lineNumbers: [Int]) -> [Diagnostic] {
        var diagnostics = DiagnosticLog(kind: .outOfOrderTime)
        let headed = headedDays(posts)
        var day = 0
        var previous: (minutes: Int, time: String)?
        let inStoryOrder = oldestFirst ? Array(posts.indices) : Array(posts.indices.reversed())
        for index in inStoryOrder {
            let headedDay = headed.isEmpty ? nil : headed[index]
            if let headedDay, headedDay != day {
                // A new heading's day: its first post starts no inversion.
                day = headedDay
                previous = nil
            }
            if let minutes = posts[index].minutesOfDay {
                if let earlier = previous, minutes < earlier.minutes {
                    if headedDay == nil, earlier.minutes - minutes > longestInversion {
                        day += 1
                    } else {
                        let place = oldestFirst ? "below" : "above"
                        diagnostics.note(line: lineNumbers[index], "\(posts[index].time) stands \(place) the later \(earlier.time)")
                    }
                }
                previous = (minutes, posts[index].time)
            }
            posts[index].dayOffset = day
        }
        return diagnostics.all
    }

    /// Each post's day as the page heads it (days after the earliest heading's), nil for a post
    /// above the first heading; empty for a page that heads no day with a date it can read.
    private static func headedDays(_ posts: [Post]) -> [Int?] {
        guard posts.contains(where: { $0.dayHeading != nil }) else { return [] }
        var days = [Int?](repeating: nil, count: posts.count)
        var current: Int?
        for index in posts.indices {
            if let heading = posts[index].dayHeading, let date = TimeOfDay.dateOfLine(heading), let day = date.day {
                current = dayOfYear(month: date.month, day: day)
            }
            days[index] = current
        }
        let known = days.compactMap { $0 }
        guard let earliest = known.min(), let latest = known.max() else { return [] }
        // Headings from late December to early January cross a year's end.
        let crossesYear = latest - earliest > 180
        let shifted = { (day: Int) in crossesYear && day < 180 ? day + 365 : day }
        let base = known.map(shifted).min() ?? 0
        return days.map { $0.map { shifted($0) - base } }
    }

    /// The day of a year that is no leap year, from 0: only differences between days are used.
    private static func dayOfYear(month: Int, day: Int) -> Int {
        let daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        return daysBefore[min(max(month, 1), 12) - 1] + day - 1
    }
}
