/// Which way a blog's posts run in time, and the day each post is on: most blogs put the
/// newest post first, some (a match report, a transcript) the oldest; either can cross
/// midnight.
enum PostDays {
    /// The longest step back in time between two neighbouring posts that is a post out of
    /// order rather than the next day.
    private static let longestInversion = 6 * 60

    /// Whether the posts run oldest first: more of the short steps between neighbours (a
    /// step across midnight is long) go forward in time, reading down, than back; on a page
    /// that dates its days (`datedDays`), every step between dated neighbours counts, the
    /// dates first; with no times of day, the match's minutes count.
    static func runOldestFirst(_ posts: [Post], dated: [Int?]) -> Bool {
        var forward = 0, back = 0
        var above: (minutes: Int, day: Int?)?
        for (index, post) in posts.enumerated() {
            guard let minutes = post.minutesOfDay else { continue }
            let day = dated.isEmpty ? nil : dated[index]
            if let above {
                if let day, let aboveDay = above.day {
                    let (now, then) = (day * 24 * 60 + minutes, aboveDay * 24 * 60 + above.minutes)
                    if now > then { forward += 1 } else if now < then { back += 1 }
                } else if abs(minutes - above.minutes) <= longestInversion {
                    if minutes > above.minutes { forward += 1 } else if minutes < above.minutes { back += 1 }
                }
            }
            above = (minutes, day)
        }
        if forward == 0, back == 0 { return matchRunsFromKickOff(posts) }
        return forward > back
    }

    /// Whether a report stamped with a match's minutes (`43'`, `45+2'`) and no times of day
    /// runs from kick-off down: more steps between neighbours go forward in the match than back.
    private static func matchRunsFromKickOff(_ posts: [Post]) -> Bool {
        var forward = 0, back = 0
        var above: Int?
        for post in posts {
            guard let elapsed = MatchMinute.elapsed(post.time) else { continue }
            if let above {
                if elapsed > above { forward += 1 } else if elapsed < above { back += 1 }
            }
            above = elapsed
        }
        return forward > back
    }

    /// Gives each post its day offset (days after the oldest post's), reading from the oldest
    /// post on. Where the page heads its days (`Wednesday 15 November` above a time line), a
    /// post is on the day headed above it, and where its time lines carry dates (`Wed 15 Nov
    /// 2023 23.40 GMT`) on its own; posts out of order on one day are only noted. Elsewhere a newer post whose time is more than six hours earlier than the one
    /// before it in time is on the next day; smaller inversions are posts out of order and only
    /// noted.
    /// - Parameters:
    ///   - dated: each post's day as the page dates it (`datedDays`).
    ///   - lineNumbers: each post's time line, for the notes.
    static func assign(_ posts: inout [Post], oldestFirst: Bool, dated: [Int?], lineNumbers: [Int]) -> [Diagnostic] {
        var diagnostics = DiagnosticLog(kind: .outOfOrderTime)
        var day = 0
        var previous: (minutes: Int, time: String)?
        let inStoryOrder = oldestFirst ? Array(posts.indices) : Array(posts.indices.reversed())
        for index in inStoryOrder {
            let datedDay = dated.isEmpty ? nil : dated[index]
            if let datedDay, datedDay != day {
                // A new date's day: its first post starts no inversion.
                day = datedDay
                previous = nil
            }
            if let minutes = posts[index].minutesOfDay {
                if let earlier = previous, minutes < earlier.minutes {
                    if datedDay == nil, earlier.minutes - minutes > longestInversion {
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

    /// Each post's day as the page dates it (days after the earliest date's): by the heading
    /// above it, or by its time line's own date; nil for a post above the first heading on a
    /// page whose time lines carry none. Empty for a page that dates no day it can read.
    static func datedDays(_ posts: [Post]) -> [Int?] {
        // Told on the first posts' time lines: a page dates all its time lines or none, and
        // most pages none, whose time lines are then not read again.
        let timeLinesDated = posts.prefix(3).contains { TimeOfDay.dateOfTimeLine($0.time)?.day != nil }
        guard timeLinesDated || posts.contains(where: { $0.dayHeading != nil }) else { return [] }
        var days = [Int?](repeating: nil, count: posts.count)
        var current: Int?
        for index in posts.indices {
            if let heading = posts[index].dayHeading, let date = TimeOfDay.dateOfLine(heading), let day = date.day {
                current = dayOfYear(month: date.month, day: day)
            }
            if timeLinesDated, let date = TimeOfDay.dateOfTimeLine(posts[index].time), let day = date.day, (1...12).contains(date.month) {
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
