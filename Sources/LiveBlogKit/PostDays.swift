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
    /// post on. A newer post whose time is more than six hours earlier than the one before it
    /// in time is on the next day; smaller inversions are posts out of order and only noted.
    /// - Parameter lineNumbers: each post's time line, for the notes.
    static func assign(_ posts: inout [Post], oldestFirst: Bool, lineNumbers: [Int]) -> [Diagnostic] {
        var diagnostics = DiagnosticLog(kind: .outOfOrderTime)
        var day = 0
        var previous: (minutes: Int, time: String)?
        let inStoryOrder = oldestFirst ? Array(posts.indices) : Array(posts.indices.reversed())
        for index in inStoryOrder {
            if let minutes = posts[index].minutesOfDay {
                if let earlier = previous, minutes < earlier.minutes {
                    if earlier.minutes - minutes > longestInversion {
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
}
