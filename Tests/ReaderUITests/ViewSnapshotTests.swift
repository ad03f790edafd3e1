import Testing
import LiveBlogKit
import TestSupport
@testable import ReaderUI

/// The views as plain-text screens at the sizes users have, from a roomy 120×40 to 20×5.
@Suite struct ViewSnapshotTests {
    static let sizes = [(120, 40), (80, 24), (40, 12), (20, 5)]

    @Test(arguments: sizes)
    func seedOpens(width: Int, height: Int) {
        let state = Support.state(width: width, height: height)
        Support.assertSnapshot(Renderer.render(state), named: "seed-open-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func postWithQuotes(width: Int, height: Int) {
        var state = Support.state(width: width, height: height)
        Support.send(&state, .down, .down, .down)
        #expect(state.blog.posts[state.selectedPost ?? 0].time == "12.53pm BST")
        Support.assertSnapshot(Renderer.render(state), named: "seed-1253-\(width)x\(height)")
    }

    @Test func hospitalPicker() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("h"))
        Support.type(&state, "ki")
        Support.assertSnapshot(Renderer.render(state), named: "picker-80x24")
    }

    @Test func textFilterWhileTyping() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("/"))
        Support.type(&state, "cake")
        Support.assertSnapshot(Renderer.render(state), named: "filter-cake-80x24")
    }

    @Test func help() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("?"))
        Support.assertSnapshot(Renderer.render(state), named: "help-80x24")
    }

    static let wideBlog = LiveBlogParser.parse("""
        東京マラソン: ライブ 🏃

        9.00am JST
        選手たちがスタート地点に集まっています。👩‍⚕️ Doctors at St Luke’s hospital (聖路加国際病院) are ready. 🇯🇵 Café naïve coöperate.
        """)

    @Test(arguments: sizes)
    func wideCharacters(width: Int, height: Int) {
        let grid = firstPostSnapshot(Self.wideBlog, named: "wide", width: width, height: height)
        for row in 0..<grid.height {
            let cells = (0..<grid.width).map { grid[$0, row] }
            #expect(cells.first?.isContinuation == false)
            for (column, cell) in cells.enumerated() where cell.isContinuation {
                #expect(column > 0 && DisplayWidth.of(Character(cells[column - 1].text)) == 2, "continuation without a wide glyph before it")
            }
        }
    }

    static let hostileBlog = LiveBlogParser.parse(
        "Evil\u{1B}]0;pwned\u{07} headline\n\n9.00am BST\nClipboard \u{1B}]52;c;aGVsbG8=\u{07} clear \u{1B}[2J bidi \u{202E}olleh\u{202C} zero\u{200B}width C1\u{9B}31m nul\u{0} bs\u{8} cr\r del\u{7F}\n")

    @Test(arguments: sizes)
    func hostileControlCharacters(width: Int, height: Int) {
        let grid = firstPostSnapshot(Self.hostileBlog, named: "hostile", width: width, height: height)
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "control U+\(String(scalar.value, radix: 16)) reached the grid")
                #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value) && scalar.value != 0x200B)
            }
        }
    }

    @Test(arguments: [(1, 1), (2, 2), (5, 3), (15, 4), (16, 4), (300, 100)])
    func everySizeRenders(width: Int, height: Int) {
        var state = Support.state(width: width, height: height)
        for key: Key in [.down, .tab, .pageDown, .character("h"), .character("k"), .enter, .character("/"), .character("x"), .escape] {
            Reader.update(&state, .key(key))
            let grid = Renderer.render(state)
            #expect(grid.cells.count == width * height)
        }
    }

    static let daysBlog = LiveBlogParser.parse("""
        Bushfires live

        Wednesday 11 December

        9.58pm AEDT
        The commissioner says conditions will ease overnight.
        NSW RFS
        @NSWRFS
        Emergency Warning: Blue Mountains fire. Seek shelter as the fire arrives.
        7:42 PM · Dec 11, 2024

        Tuesday 10 December

        7.12pm AEDT
        The premier has arrived in Homebush.
        """)

    /// A post under the page's heading for its day, with an embed in X's card layout: the day
    /// beside the time, the card's words as a tweet and its other lines as its signature.
    @Test func aHeadedDayAndAnEmbedCard() {
        #expect(Self.daysBlog.posts.map(\.dayOffset) == [1, 0])
        firstPostSnapshot(Self.daysBlog, named: "days-card", width: 80, height: 24)
    }

    /// A broadcaster's labels of a picture (`Image source, PA Media`, `Image caption,`) and the
    /// caption under them are dimmed apart from the post's text.
    @Test func picturesLabelsAndCaptionsAreDimmed() {
        let blog = LiveBlogParser.parse("""
            Winter pressures live

            Posted at 14:32
            Hospital asks public to stay away
            Image source, PA Media
            Image caption,
            Ambulances lined up outside the hospital on Tuesday
            The trust has asked people to attend only in an emergency.
            """)
        var state = Support.state(blog, width: 80, height: 24)
        Support.send(&state, .down)
        let grid = Renderer.render(state)
        func role(ofRowStarting text: String) -> StyleRole? {
            (0..<grid.height).first { row in (0..<text.count).map { grid[$0, row].text }.joined() == text }.map { grid[0, $0].role }
        }
        #expect(role(ofRowStarting: "Image source, PA Media") == .dim)
        #expect(role(ofRowStarting: "Image caption,") == .dim)
        #expect(role(ofRowStarting: "Ambulances lined up") == .dim)
        #expect(role(ofRowStarting: "The trust has asked") == .normal)
    }

    /// The header's key events list, each entry's age stamp beside its title.
    @Test func keyEventsInTheHeader() {
        let blog = LiveBlogParser.parse(SampleBlogs.keyEventsWithAges)
        Support.assertSnapshot(Renderer.render(Support.state(blog, width: 80, height: 24)), named: "key-events-80x24")
    }

    /// The screen with the blog's first post selected, checked against its snapshot.
    @discardableResult
    private func firstPostSnapshot(_ blog: LiveBlog, named name: String, width: Int, height: Int,
                                   sourceLocation: SourceLocation = #_sourceLocation) -> Grid {
        var state = Support.state(blog, width: width, height: height)
        Support.send(&state, .down)
        let grid = Renderer.render(state)
        Support.assertSnapshot(grid, named: "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
        return grid
    }
}
