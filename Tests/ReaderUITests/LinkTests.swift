import Testing
import LiveBlogKit
@testable import ReaderUI

/// `o` opens a post's link (newsboat's key): the state names the link for the shell to open,
/// or offers a numbered choice, and what a blog writes is checked before any browser sees it.
@Suite struct LinkTests {
    /// The seed with the post that has `count` links selected (one with more, for `count` 2+).
    private func stateOnPostWithLinks(_ count: Int, width: Int = 80, height: Int = 24) -> AppState {
        var state = Support.state(width: width, height: height)
        let wanted = state.blog.posts.indices.first { index in
            let links = LinkPicker.links(of: state.blog.posts[index]).count
            return count < 2 ? links == count : links >= count
        }
        state.selection = state.rows.firstIndex(of: .post(wanted ?? 0)) ?? 0
        Reader.update(&state, .resize(width: width, height: height))
        return state
    }

    @Test func aPostWithOneLinkOpensItAtOnce() {
        var state = stateOnPostWithLinks(1)
        let link = LinkPicker.links(of: state.blog.posts[state.selectedPost ?? 0])
        Support.send(&state, .character("o"))
        #expect(state.linkToOpen == link.first)
        #expect(state.mode == .browse)
    }

    @Test func aPostWithSeveralLinksOffersThemNumbered() {
        var state = stateOnPostWithLinks(2)
        let links = LinkPicker.links(of: state.blog.posts[state.selectedPost ?? 0])
        Support.send(&state, .character("o"))
        #expect(state.mode == .linkPicker(LinkPicker(links: links)))
        #expect(state.linkToOpen == nil)
        Support.send(&state, .down, .enter)
        #expect(state.linkToOpen == links[1])
        #expect(state.mode == .browse)

        state.linkToOpen = nil
        Support.send(&state, .character("o"), .character("1"))
        #expect(state.linkToOpen == links[0], "a number opens its link")

        state.linkToOpen = nil
        Support.send(&state, .character("o"), .character("9"))
        #expect(state.mode == .linkPicker(LinkPicker(links: links)), "a number past the list does nothing")
        Support.send(&state, .end, .end, .up, .home, .escape)
        #expect(state.linkToOpen == nil && state.mode == .browse, "Esc closes without opening")
    }

    @Test func withoutALinkTheStatusLineSaysSo() {
        var state = stateOnPostWithLinks(0)
        Support.send(&state, .character("o"))
        #expect(state.message == "this post has no links")
        #expect(state.linkToOpen == nil)
        Support.send(&state, .home, .character("o"))
        #expect(state.message == "choose a post to open its links")
    }

    @Test func theDetailPaneNumbersSeveralLinks() {
        let state = stateOnPostWithLinks(2, width: 120, height: 40)
        let links = LinkPicker.links(of: state.blog.posts[state.selectedPost ?? 0])
        let lines = DetailDocument(state: state).lines(width: 60).map { $0.segments.map(\.text).joined() }
        #expect(lines.contains("1 → " + links[0]))
        #expect(lines.contains("2 → " + links[1]))
        let single = stateOnPostWithLinks(1, width: 120, height: 40)
        let link = LinkPicker.links(of: single.blog.posts[single.selectedPost ?? 0])[0]
        #expect(DetailDocument(state: single).lines(width: 60).map { $0.segments.map(\.text).joined() }.contains("→ " + link))
    }

    @Test func linkPickerSnapshot() {
        var state = stateOnPostWithLinks(2)
        Support.send(&state, .character("o"), .down)
        Support.assertSnapshot(Renderer.render(state), named: "links-80x24")
    }

    @Test func aLongMessageIsClippedNotDropped() {
        var state = Support.state(width: 40, height: 12)
        state.message = "opened https://www.theguardian.com/society/live/2016/apr/26/junior-doctors"
        let status = Renderer.render(state).plainText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.hasPrefix(" opened https://www.theguardian"))
        #expect(status.hasSuffix("top/29 "))
    }

    @Test func addressesGetASchemeAndOthersAreRefused() {
        #expect(BrowserCommand.url(for: "pic.twitter.com/WdoWEi17Ad") == "https://pic.twitter.com/WdoWEi17Ad")
        #expect(BrowserCommand.url(for: "www.nhs.uk/a?b=c") == "https://www.nhs.uk/a?b=c")
        #expect(BrowserCommand.url(for: "https://t.co/aOxwOE3pnj") == "https://t.co/aOxwOE3pnj")
        #expect(BrowserCommand.url(for: "HTTP://example.org") == "HTTP://example.org")
        #expect(BrowserCommand.url(for: "javascript:alert(1)") == nil)
        #expect(BrowserCommand.url(for: "file:///etc/passwd") == nil)
        #expect(BrowserCommand.url(for: "https://t.co/x\u{1B}]52;c;aGk=\u{07}") == nil, "an escape sequence")
        #expect(BrowserCommand.url(for: "https://evil.example/\u{202E}gpj.exe") == nil, "a bidi override")
        #expect(BrowserCommand.url(for: "") == nil)
    }

    @Test func browserVariableAsGitAndManReadIt() {
        let url = "https://t.co/x"
        #expect(BrowserCommand.candidates(for: url, browserVariable: nil) == [["xdg-open", url], ["open", url]])
        #expect(BrowserCommand.candidates(for: url, browserVariable: "") == [["xdg-open", url], ["open", url]])
        #expect(BrowserCommand.candidates(for: url, browserVariable: "w3m") == [["w3m", url]])
        #expect(BrowserCommand.candidates(for: url, browserVariable: "firefox --new-tab:lynx") == [["firefox", "--new-tab", url], ["lynx", url]])
        #expect(BrowserCommand.candidates(for: url, browserVariable: "links -g %s -x") == [["links", "-g", url, "-x"]])
        #expect(BrowserCommand.candidates(for: url, browserVariable: "echo '%s;rm'") == [["echo", "'" + url + ";rm'"]],
                "words are arguments, never run by a shell")
    }
}
