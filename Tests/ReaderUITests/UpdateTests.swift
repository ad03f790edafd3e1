import Testing
import TestSupport
import LiveBlogKit
@testable import ReaderUI

@Suite struct UpdateTests {
    @Test func arrowsAndLettersMoveAlike() {
        var arrows = Support.state(width: 80, height: 24)
        var letters = Support.state(width: 80, height: 24)
        Support.send(&arrows, .down, .down, .down, .up)
        Support.send(&letters, .character("j"), .character("j"), .character("j"), .character("k"))
        #expect(arrows.selection == 2)
        #expect(letters.selection == arrows.selection)
    }

    /// The detail pane shows where the text filter's words occur, as the search is typed and
    /// once it is cleared.
    @Test func theDetailShowsWhatTheSearchFound() {
        var state = Support.state(width: 120, height: 40)
        func matched() -> [String] { state.detailLines.flatMap { $0.segments.filter { $0.role == .match }.map(\.text) } }
        Support.send(&state, .character("/"), .character("c"), .character("a"), .character("k"), .character("e"), .enter, .down)
        #expect(!matched().isEmpty)
        #expect(matched().allSatisfy { $0.lowercased() == "cake" })
        Support.send(&state, .character("c"))
        #expect(matched().isEmpty, "no search, nothing shown as found")
    }

    /// The timeline marks what the search found in each row's text, on the selected row too,
    /// and nothing without a search.
    @Test func theTimelineShowsWhatTheSearchFound() {
        var state = Support.state(width: 120, height: 40)
        func markedRows() -> [String] {
            let grid = Renderer.render(state)
            return (0..<grid.height).compactMap { row in
                let marked = (0..<state.layout.timeline.width).filter { grid[$0, row].role == .match }.map { grid[$0, row].text }.joined()
                return marked.isEmpty ? nil : marked
            }
        }
        #expect(markedRows().isEmpty)
        Support.send(&state, .character("/"))
        for character in "junior" { Support.send(&state, .character(character)) }
        Support.send(&state, .enter, .down)
        let rows = markedRows()
        #expect(rows.count >= 3, "\(rows)")
        #expect(rows.allSatisfy { $0.lowercased().hasPrefix("junior") }, "\(rows)")
    }

    @Test func homeEndAndPages() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .end)
        #expect(state.selection == state.rows.count - 1)
        Support.send(&state, .character("g"))
        #expect(state.selection == 0)
        Support.send(&state, .pageDown)
        #expect(state.selection == state.layout.timeline.height - 1)
        Support.send(&state, .character("G"), .pageUp)
        #expect(state.selection == state.rows.count - state.layout.timeline.height)
    }

    @Test func detailFocusScrollsTheDetailNotTheSelection() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .down, .down, .down, .enter)
        #expect(state.focus == .detail)
        Support.send(&state, .down, .down)
        #expect(state.selection == 3)
        #expect(state.detailTop == 2)
        Support.send(&state, .tab, .down)
        #expect(state.focus == .timeline)
        #expect(state.selection == 4)
        #expect(state.detailTop == 0, "a new post opens at its top")
    }

    @Test func hospitalPickerNarrowsAndChooses() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("h"))
        Support.type(&state, "kings")
        Support.send(&state, .enter)
        #expect(state.filter.hospital == "King’s College Hospital")
        #expect(state.matchCount == 7)
        #expect(state.rows.dropFirst().allSatisfy { row in
            if case .post(let index) = row { return state.blog.posts[index].hospitals.contains("King’s College Hospital") }
            return false
        })
    }

    @Test func pickerEscapeChangesNothing() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("h"), .down, .escape)
        #expect(state.filter == PostFilter())
        #expect(state.mode == .browse)
    }

    @Test func textFilterAppliesAsYouTypeEnterKeepsEscapeCancels() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("/"))
        Support.type(&state, "cake")
        #expect(state.matchCount == 1)
        Support.send(&state, .enter)
        #expect(state.filter.text == "cake")
        #expect(state.mode == .browse)
        Support.send(&state, .character("/"))
        Support.type(&state, "zzz")
        #expect(state.matchCount == 0)
        Support.send(&state, .escape)
        #expect(state.filter.text == "cake")
    }

    @Test func aSearchTypedFurtherFindsWhatAFreshSearchFinds() {
        var state = Support.state(width: 80, height: 24)
        // Each step is checked against the same filter applied afresh to every post: typing on
        // (looked for among the last matches), deleting, a hospital chosen, the order flipped.
        func check(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let fresh = state.filter.apply(to: state.blog, index: state.searchIndex)
            let shown = state.rows.compactMap { row -> Int? in if case .post(let post) = row { post } else { nil } }
            #expect(shown.sorted() == fresh, "\(step)", sourceLocation: sourceLocation)
        }
        Support.send(&state, .character("/"))
        for character in "junior do" {
            Support.type(&state, String(character))
            check("typed up to \(character)")
        }
        Support.send(&state, .backspace, .backspace, .backspace)
        check("deleted back to a shorter search")
        Support.type(&state, " st")
        check("a word added")
        Support.send(&state, .control("u"))
        check("search cleared")
        Support.type(&state, "hospital")
        Support.send(&state, .enter, .character("h"))
        Support.type(&state, "kings")
        Support.send(&state, .enter)
        check("a hospital chosen")
        Support.send(&state, .character("O"))
        check("order flipped")
        Support.send(&state, .character("/"))
        Support.type(&state, "'s")
        check("an apostrophe typed")
    }

    @Test func filtersCombineAndClear() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("h"))
        Support.type(&state, "kings")
        Support.send(&state, .enter, .character("/"))
        Support.type(&state, "food bank")
        Support.send(&state, .enter)
        #expect(state.matchCount == 2)
        Support.send(&state, .character("c"))
        #expect(state.matchCount == 29)
        Support.send(&state, .character("/"))
        Support.type(&state, "cake")
        Support.send(&state, .enter, .escape)
        #expect(!state.filter.isActive, "Esc clears all filters")
    }

    @Test func selectionSurvivesFilterChangesOrNearestIsChosen() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .down, .down, .down) // 12.53pm, the Lewisham post
        let lewisham = state.selectedPost
        Support.send(&state, .character("/"))
        Support.type(&state, "cake")
        #expect(state.selectedPost == lewisham)
        Support.send(&state, .escape, .character("h"))
        Support.type(&state, "kings")
        Support.send(&state, .enter)
        #expect(state.blog.posts[state.selectedPost ?? 0].time == "12.22pm BST", "nearest King’s post to 12.53pm")
    }

    @Test func orderFlipKeepsTheSelectedPost() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .down, .down)
        let post = state.selectedPost
        Support.send(&state, .character("O"))
        #expect(state.order == .oldestFirst)
        #expect(state.selectedPost == post)
        #expect(state.rows[1] == .post(state.blog.posts.count - 1))
    }

    @Test func resizeKeepsTheSelection() {
        var state = Support.state(width: 120, height: 40)
        Support.send(&state, .end)
        let post = state.selectedPost
        Reader.update(&state, .resize(width: 60, height: 20))
        #expect(state.selectedPost == post)
        #expect(state.selection >= state.timelineTop && state.selection < state.timelineTop + state.layout.timeline.height)
        Reader.update(&state, .resize(width: 1, height: 1))
        Reader.update(&state, .resize(width: 120, height: 40))
        #expect(state.selectedPost == post)
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var state = Support.state(width: 120, height: 40)
        let layout = state.layout
        Reader.update(&state, .mouse(MouseEvent(kind: .click, x: 2, y: layout.timeline.y + 4)))
        #expect(state.selection == 4)
        Reader.update(&state, .mouse(MouseEvent(kind: .wheelDown, x: layout.detail.x + 1, y: layout.detail.y + 1)))
        #expect(state.detailTop > 0 || state.detailLineCount <= layout.detail.height)
        Reader.update(&state, .mouse(MouseEvent(kind: .click, x: layout.detail.x + 1, y: layout.detail.y)))
        #expect(state.focus == .detail)
    }

    @Test func helpIsGeneratedFromTheKeyTable() {
        var state = Support.state(width: 100, height: 30)
        Support.send(&state, .character("?"))
        let screen = Renderer.render(state).plainText
        for binding in KeyBindings.table {
            #expect(screen.contains(binding.help), "help lacks \(binding.help)")
        }
        Support.send(&state, .character("x"))
        #expect(state.mode == .browse)
    }

    /// On a screen too short for every key the help scrolls, as less's does, so that no key
    /// is out of reach; any other key still closes it.
    @Test func helpTooTallForTheScreenScrolls() {
        var state = Support.state(width: 60, height: 20)
        Support.send(&state, .character("?"))
        let first = Renderer.render(state).plainText
        #expect(first.contains(KeyBindings.table[0].help))
        #expect(!first.contains("any key closes"))
        #expect(first.contains("1–16 of \(KeyBindings.table.count) · ↑ ↓ scroll"))
        Support.send(&state, .end)
        let last = Renderer.render(state).plainText
        #expect(!last.contains(KeyBindings.table[0].help))
        #expect(last.contains("quit"))
        let count = KeyBindings.table.count, lastTop = count - 16
        #expect(last.contains("\(lastTop + 1)–\(count) of \(count)"))
        Support.send(&state, .down)
        #expect(state.mode == .help(top: lastTop))
        Support.send(&state, .character("k"))
        #expect(state.mode == .help(top: lastTop - 1))
        Reader.update(&state, .mouse(MouseEvent(kind: .wheelUp, x: 1, y: 1)))
        #expect(state.mode == .help(top: lastTop - 2))
        Support.send(&state, .character("x"))
        #expect(state.mode == .browse)
        // Where all fits, a movement key closes it as any other does.
        state = Support.state(width: 80, height: 30)
        Support.send(&state, .character("?"), .down)
        #expect(state.mode == .browse)
    }

    /// A blog written oldest first still opens on its newest post; `O` shows it as written.
    @Test func aBlogWrittenOldestFirstOpensOnItsNewest() {
        let blog = LiveBlogParser.parse("Match live\n\n9.00am BST\nKick-off.\n\n10.15am BST\nGoal.\n\n11.05am BST\nFull-time.")
        var state = Support.state(blog, width: 80, height: 24)
        #expect(state.rows == [.header, .post(2), .post(1), .post(0)])
        Support.send(&state, .character("O"))
        #expect(state.rows == [.header, .post(0), .post(1), .post(2)])
    }

    @Test func replacingTheBlogKeepsTheSelectedPostAndTheFilters() {
        let bytes = Array((try? String(contentsOf: Support.packageRoot.appendingPathComponent("seeds/000_22f438f6e8b27846.txt"), encoding: .utf8))?.utf8 ?? "".utf8)
        guard let cut = HeadOfBlog.cut(bytes, budget: 6_000) else {
            Issue.record("the seed is not large enough to cut")
            return
        }
        var state = Support.state(LiveBlogParser.parse(bytes: bytes[..<cut]), width: 80, height: 24)
        Support.send(&state, .character("/"))
        Support.type(&state, "doctor")
        Support.send(&state, .enter, .down, .down)
        let selected = state.selectedPost.map { state.blog.posts[$0].id }
        let partialCount = state.matchCount
        state.replaceBlog(Support.seed)
        #expect(state.selectedPost.map { state.blog.posts[$0].id } == selected)
        #expect(state.filter.text == "doctor")
        #expect(state.matchCount > partialCount)
    }

    /// A hospital filter chosen on the head of a large blog is kept when the whole blog, which
    /// shows that hospital by another of its names, is swapped in: the filter follows the hospital.
    @Test func aHospitalFilterFollowsItsHospitalToItsFullerName() throws {
        let head = LiveBlogParser.parse("H\n\n10.00am\nPickets at Royal University hospital.\n\n9.00am\nMore at Royal University hospital.")
        let whole = LiveBlogParser.parse("H\n\n10.00am\nPickets at Royal University hospital.\n\n9.00am\nMore at Royal University hospital.\n\n"
            + "8.00am\nAt the Royal United hospital in Bath (RUH), staff waited.\n\n7.00am\nThe Royal United hospital again.\n\n"
            + "6.00am\nRoyal United hospital, and the RUH.")
        var state = Support.state(head, width: 120, height: 24)
        Support.send(&state, .character("h"), .enter)
        #expect(state.filter.hospital == head.hospitals.first?.name)
        let wholeName = try #require(whole.hospitals.first { $0.aliases.contains("Royal University hospital") }?.name)
        #expect(wholeName != state.filter.hospital, "the whole blog shows the hospital by another name")
        state.replaceBlog(whole)
        #expect(state.filter.hospital == wholeName)
        state.replaceBlog(LiveBlogParser.parse("H\n\n10.00am\nNo hospital here."))
        #expect(state.filter.hospital == nil)
    }

    /// `R` asks the shell to read the file again; `F` follows it, saying so until it stops.
    @Test func reloadAndFollowAreAskedOfTheShell() {
        var state = Support.state(width: 120, height: 24)
        Support.send(&state, .character("R"))
        #expect(state.wantsReload)
        Support.send(&state, .character("F"))
        #expect(state.isFollowing)
        #expect(state.message == "following the file (F stops)")
        let screen = Renderer.render(state).plainText
        #expect(screen.split(separator: "\n").last?.contains("following the file (F stops) · top/29 · following · ? help") == true)
        Support.send(&state, .down)
        #expect(state.message == nil, "a message is gone at the next key")
        #expect(Renderer.render(state).plainText.split(separator: "\n").last?.contains("1/29 · following · ? help") == true)
        Support.send(&state, .character("F"))
        #expect(!state.isFollowing)
        #expect(state.message == "stopped following")
    }

    /// Typed into the text filter, `R` and `F` are letters, not requests.
    @Test func reloadAndFollowKeysAreLettersInTheTextFilter() {
        var state = Support.state(width: 120, height: 24)
        Support.send(&state, .character("/"))
        Support.type(&state, "RF")
        #expect(state.filter.text == "RF")
        #expect(!state.wantsReload && !state.isFollowing)
    }

    @Test func quit() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("q"))
        #expect(state.wantsQuit)
    }

    /// Random key sequences at random sizes: the selection is always a real row and on screen.
    @Test(arguments: 0..<25)
    func randomKeysKeepTheSelectionVisible(seed: Int) {
        var generator = SplitMix(state: UInt64(seed) &* 0x9E37)
        let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end, .tab, .enter, .left, .escape, .backspace,
                           .character("h"), .character("/"), .character("c"), .character("o"), .character("O"), .character("1"), .character("?"),
                           .character("k"), .character("j"), .character("e"), .character("a"), .character("g"), .character("G")]
        var state = Support.state(width: 80, height: 24)
        for _ in 0..<300 {
            switch Int.random(in: 0..<20, using: &generator) {
            case 0:
                Reader.update(&state, .resize(width: Int.random(in: 1...300, using: &generator), height: Int.random(in: 1...100, using: &generator)))
            case 1:
                Reader.update(&state, .mouse(MouseEvent(kind: [.click, .wheelUp, .wheelDown].randomElement(using: &generator) ?? .click,
                                                        x: Int.random(in: 0..<300, using: &generator), y: Int.random(in: 0..<100, using: &generator))))
            default:
                Reader.update(&state, .key(keys.randomElement(using: &generator) ?? .down))
            }
            #expect(state.rows.indices.contains(state.selection))
            if !state.layout.tooSmall {
                #expect(state.selection >= state.timelineTop)
                #expect(state.selection < state.timelineTop + max(1, state.layout.timeline.height))
            }
            _ = Renderer.render(state)
        }
    }
}

@Suite struct GridTests {
    @Test func wideGlyphsTakeTwoCellsAndAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        let used = grid.write("日本語", x: 0, y: 0, ellipsis: false)
        #expect(used == 4)
        #expect(grid.plainText == "日本 ")
        #expect(grid[1, 0].isContinuation)
    }

    @Test func clippedTextEndsWithAnEllipsis() {
        var grid = Grid(width: 8, height: 1)
        grid.write("abcdefghijk", x: 0, y: 0)
        #expect(grid.plainText == "abcdefg…")
    }

    @Test func combiningMarksTakeNoCell() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("\u{2695}\u{FE0F}") == 2)
    }

    @Test func paintingOffTheGridIsHarmless() {
        var grid = Grid(width: 4, height: 2)
        grid.fill(Rect(x: 10, y: 10, width: 5, height: 5), role: .bar)
        grid.restyle(row: 1, from: 9, width: 3, role: .selected)
        grid.restyle(row: 0, from: -3, width: 2, role: .selected)
        #expect(grid.plainText == "    \n    ")
    }

    @Test func wordWrapByDisplayWidth() {
        #expect(WordWrap.lines("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(WordWrap.lines("日本語日本語", width: 5) == ["日本", "語日", "本語"])
        #expect(WordWrap.lines("x", width: 0) == [])
    }

    @Test func layoutClampsAtEverySize() {
        for width in 0...120 {
            for height in [0, 1, 3, 4, 5, 12, 40] {
                let layout = Layout(width: width, height: height)
                for rect in [layout.filterBar, layout.timeline, layout.detail, layout.status, layout.divider] {
                    #expect(rect.width >= 0 && rect.height >= 0 && rect.x + rect.width <= max(width, 0))
                }
            }
        }
    }
}

extension UpdateTests {
    @Test func replacingTheBlogKeepsTheSelectedPostAmongRepeats() throws {
        // Posts repeated word for word get ids numbered from the oldest post, which the head
        // does not have: the same post must still stay selected when the whole blog arrives.
        let post = "9.00am\nThe same words again.\n\n"
        let bytes = Array((String(repeating: post, count: 40) + "8.00am\nThe oldest post.\n").utf8)
        let cut = try #require(HeadOfBlog.cut(bytes, budget: 300))
        let head = LiveBlogParser.parse(bytes: bytes[..<cut])
        let whole = LiveBlogParser.parse(bytes: bytes)
        #expect(head.posts.count < whole.posts.count)
        var state = Support.state(head, width: 80, height: 24)
        Support.send(&state, .down, .down, .down)
        let selected = try #require(state.selectedPost)
        state.replaceBlog(whole)
        #expect(state.selectedPost == selected)
    }
}
