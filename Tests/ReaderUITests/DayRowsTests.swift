import Testing
import TestSupport
import LiveBlogKit
@testable import ReaderUI

/// A blog that runs over days is parted by rows naming each day, which the selection passes
/// over as less's and tig's headings are passed over.
@Suite struct DayRowsTests {
    static let blog = LiveBlogParser.parse(SampleBlogs.headedDays)

    /// The timeline's rows as drawn, cut to their first `cells` cells.
    private func timelineRows(_ state: AppState, cells: Int = 30) -> [String] {
        let grid = Renderer.render(state)
        let pane = state.layout.timeline
        return (pane.y..<(pane.y + pane.height)).map { y in
            (pane.x..<(pane.x + min(cells, pane.width))).map { grid[$0, y].text }.joined()
        }.filter { !$0.allSatisfy { $0 == " " } }
    }

    @Test func eachDayIsNamedAboveItsPosts() {
        let state = Support.state(Self.blog, width: 100, height: 24)
        #expect(timelineRows(state, cells: 20) == [
            "▸ Gaza hospitals liv",
            "── Thursday 16 Novem",
            "09:12       Troops r",
            "08:30       Contact ",
            "── Wednesday 15 Nove",
            "23:40       Video wa",
            "18:05       Doctors ",
            "── Tuesday 14 Novemb",
            "22:10       A hospit",
        ])
        #expect(state.matchCount == 5)
    }

    @Test func theSelectionPassesOverTheDaysNames() {
        var state = Support.state(Self.blog, width: 100, height: 24)
        var times: [String] = []
        for _ in 0..<6 {
            Support.send(&state, .down)
            times.append(state.selectedPost.map { state.blog.posts[$0].time } ?? "header")
        }
        #expect(times == ["09:12", "08:30", "23:40", "18:05", "22:10", "22:10"])
        #expect(state.selectedOrdinal == 5)
        var upward: [String] = []
        for _ in 0..<5 {
            Support.send(&state, .up)
            upward.append(state.selectedPost.map { state.blog.posts[$0].time } ?? "header")
        }
        #expect(upward == ["18:05", "23:40", "08:30", "09:12", "header"])
        Support.send(&state, .end)
        #expect(state.selectedPost.map { state.blog.posts[$0].time } == "22:10")
        // The status line counts posts, not rows.
        let grid = Renderer.render(state)
        let status = (0..<grid.width).map { grid[$0, state.layout.status.y].text }.joined()
        #expect(status.contains(" 5/5 · "), "\(status)")
    }

    /// A click on a day's name selects its first post; scrolled up to that post, its day's
    /// name shows above it.
    @Test func aClickOnADayAndScrollingUpToIt() {
        var state = Support.state(Self.blog, width: 100, height: 24)
        let layout = state.layout
        Reader.update(&state, .mouse(MouseEvent(kind: .click, x: 2, y: layout.timeline.y + 4)))
        #expect(state.selectedPost.map { state.blog.posts[$0].time } == "23:40")
        var short = Support.state(Self.blog, width: 100, height: 8)
        Support.send(&short, .end, .home, .down)
        #expect(short.selectedPost.map { short.blog.posts[$0].time } == "09:12")
        #expect(timelineRows(short, cells: 20).first == "▸ Gaza hospitals liv")
        Support.send(&short, .end)
        for _ in 0..<4 { Support.send(&short, .up) }
        #expect(short.selectedPost.map { short.blog.posts[$0].time } == "09:12")
        #expect(timelineRows(short, cells: 20).first == "── Thursday 16 Novem")
    }

    /// A filter that keeps posts of some days only names those days; reversed, the days run
    /// the other way, each named above its oldest post.
    @Test func filteredAndReversed() {
        var state = Support.state(Self.blog, width: 100, height: 24)
        Support.send(&state, .character("/"))
        Support.type(&state, "hospital")
        Support.send(&state, .enter)
        #expect(timelineRows(state, cells: 20) == [
            "▸ Gaza hospitals liv", "── Thursday 16 Novem", "09:12       Troops r", "── Tuesday 14 Novemb", "22:10       A hospit",
        ])
        #expect(state.matchCount == 2)
        Support.send(&state, .escape, .character("O"))
        #expect(timelineRows(state, cells: 20) == [
            "▸ Gaza hospitals liv",
            "── Tuesday 14 Novemb",
            "22:10       A hospit",
            "── Wednesday 15 Nove",
            "18:05       Doctors ",
            "23:40       Video wa",
            "── Thursday 16 Novem",
            "08:30       Contact ",
            "09:12       Troops r",
        ])
    }

    /// A blog of one day has no day rows.
    @Test func oneDayIsNotNamed() {
        let state = Support.state(width: 120, height: 40)
        #expect(!state.rows.contains { if case .day = $0 { true } else { false } })
        #expect(state.matchCount == state.blog.posts.count)
    }

    /// `]` goes to the first post of the day below, `[` to the first of the selection's day,
    /// then of the day above; at either end, and on a blog of one day, the status line says so.
    @Test func bracketsMoveByDays() {
        var state = Support.state(Self.blog, width: 100, height: 24)
        func time() -> String { state.selectedPost.map { state.blog.posts[$0].time } ?? "header" }
        var visited: [String] = []
        for _ in 0..<3 {
            Support.send(&state, .character("]"))
            visited.append(time())
        }
        #expect(visited == ["09:12", "23:40", "22:10"])
        Support.send(&state, .character("]"))
        #expect(time() == "22:10" && state.message == "no day below")
        Support.send(&state, .up, .character("["))
        #expect(time() == "23:40")
        Support.send(&state, .character("["))
        #expect(time() == "09:12")
        Support.send(&state, .character("["))
        #expect(time() == "09:12" && state.message == "no day above")
        var oneDay = Support.state(width: 100, height: 24)
        Support.send(&oneDay, .character("]"))
        #expect(oneDay.selection == 0 && oneDay.message == "the posts are all on one day")
    }
}
