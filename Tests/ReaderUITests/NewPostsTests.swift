import Foundation
import Testing
import LiveBlogKit
@testable import ReaderUI

/// Posts a reading again brings are marked new in the timeline until read, counted in the
/// status line and reached with `n`, as newsboat marks and reaches unread articles.
@Suite struct NewPostsTests {
    /// The seed with two posts added on top, as a blog grows while it is read.
    private static let grown: LiveBlog = {
        let seed = (try? String(contentsOf: Support.packageRoot.appendingPathComponent("seeds/000_22f438f6e8b27846.txt"), encoding: .utf8)) ?? ""
        let added = "3.55pm BST\n\nA second new post, about the picket at Lewisham hospital.\n\n3.40pm BST\n\nPickets gathered again.\n\n"
        guard let first = seed.range(of: "3.23pm BST") else { return LiveBlogParser.parse(seed) }
        return LiveBlogParser.parse(seed.replacingCharacters(in: first.lowerBound..<first.lowerBound, with: added))
    }()

    /// The seed shown with the fourth row selected, then the grown blog swapped in with its
    /// two new posts (indices 0 and 1) unread.
    private func stateAfterReadingAgain(width: Int = 80, height: Int = 24) -> AppState {
        var state = Support.state(width: width, height: height)
        Support.send(&state, .down, .down, .down)
        state.replaceBlog(Self.grown, newPosts: [0, 1])
        return state
    }

    @Test func newPostsAreMarkedAndCountedUntilRead() {
        var state = stateAfterReadingAgain()
        #expect(state.blog.posts[state.selectedPost ?? 0].time == "12.53pm BST", "the place is kept")
        #expect(state.newPosts == [0, 1])
        let screen = Renderer.render(state).plainText.split(separator: "\n").map(String.init)
        #expect(screen.contains { $0.hasPrefix("3.55pm •") })
        #expect(screen.contains { $0.hasPrefix("3.40pm •") })
        #expect(screen.contains { $0.hasPrefix("3.23pm  ") })
        #expect(screen.last?.hasSuffix("5/31 · 2 new · ? help ") ?? false)

        Support.send(&state, .character("n"))
        #expect(state.blog.posts[state.selectedPost ?? 0].time == "3.55pm BST", "from the bottom, round to the top")
        #expect(state.newPosts == [1], "selected is read")
        Support.send(&state, .character("n"))
        #expect(state.blog.posts[state.selectedPost ?? 0].time == "3.40pm BST")
        #expect(state.newPosts.isEmpty)
        Support.send(&state, .character("n"))
        #expect(state.message == "no new posts")
        #expect(!(Renderer.render(state).plainText.contains("new ·")))
    }

    @Test func movingOntoANewPostReadsIt() {
        var state = stateAfterReadingAgain()
        Support.send(&state, .home, .down)
        #expect(state.newPosts == [1])
    }

    @Test func newPostsTheFilterHidesAreSaidToBe() {
        var state = stateAfterReadingAgain()
        Support.send(&state, .character("/"))
        Support.type(&state, "cake")
        Support.send(&state, .enter, .character("n"))
        #expect(state.message == "the new posts are outside the filter")
        #expect(state.newPosts.count == 2)
    }

    @Test func newPostsSnapshot() {
        var state = stateAfterReadingAgain()
        Support.send(&state, .character("n"))
        Support.assertSnapshot(Renderer.render(state), named: "new-posts-80x24")
    }
}
