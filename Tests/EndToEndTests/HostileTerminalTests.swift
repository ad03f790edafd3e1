import Foundation
import Testing

/// Content is an attack surface: whatever a blog holds must not reach the terminal as
/// control sequences. Each hostile file is shown and scrolled in tmux with the clipboard
/// enabled and every byte the reader writes recorded.
@Suite(.serialized) struct HostileTerminalTests {
    static let files: [(String, Data)] = [
        ("escapes.txt", HostileFiles.escapes), ("invalid-utf8.txt", HostileFiles.invalidUTF8), ("binary.bin", HostileFiles.binary),
        ("one-line-posts.txt", HostileFiles.oneLinePosts), ("quote-marks.txt", HostileFiles.quoteMarks),
        ("whitespace-only.txt", HostileFiles.whitespaceOnly), ("empty.txt", Data()),
    ]
    /// Files the reader would refuse as binary data, shown all the same (`--as-text`) to see
    /// that none of their bytes reaches the terminal.
    static let readAsText: Set = ["binary.bin"]

    @Test(arguments: files.map(\.0))
    func contentNeverReachesTheTerminal(name: String) throws {
        let data = try #require(Self.files.first { $0.0 == name }?.1)
        let recorded = Recorded(name: name, data: data, options: Self.readAsText.contains(name) ? " --as-text" : "")
        for keys in [["Down"], ["Down"], ["Enter"], ["PageDown"], ["PageDown"], ["Tab"], ["End"], ["Up"], ["Enter"], ["PageDown"], ["?"], ["q"]] {
            recorded.session.send(keys[0])
            usleep(60_000)
        }
        usleep(300_000)
        try recorded.expectNothingLeaked()
    }

    @Test func aTenMegabyteLineIsShownAndScrolledWithoutLeaking() throws {
        let recorded = Recorded(name: "ten-megabyte-line.txt", data: HostileFiles.tenMegabyteLine)
        let session = recorded.session
        session.send("Down")
        // Its text shows at once, controls as pictures, however long the paragraph.
        #expect(session.waitFor("the 10 MB paragraph's text", timeout: 60) { $0.contains("│word “quote” Lewisham hospital Patel said") && $0.contains("␛]52;c;cHduZWQ=␇ ␛[666J") })
        session.send("Tab")
        for _ in 0..<5 { session.send("PageDown") }
        #expect(session.waitFor("the paragraph scrolled", timeout: 60) { $0.contains("↓ more") })
        // Checked while the reader still runs: once it quits, the pane (and its title) is gone.
        try recorded.expectNothingLeaked()
    }

    /// A hostile file shown in a pane with the clipboard on and every byte the reader writes
    /// recorded; the reader starts only once recording is on.
    private struct Recorded {
        let session: TmuxSession
        let raw: String
        let titleBefore: String

        init(name: String, data: Data, options: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
            let path = HostileFiles.write(name, data)
            raw = HostileFiles.directory.appendingPathComponent("\(name).raw").path
            #expect(FileManager.default.createFile(atPath: raw, contents: Data()), sourceLocation: sourceLocation)
            let go = HostileFiles.directory.appendingPathComponent("\(name).go").path
            session = TmuxSession("while [ ! -e '\(go)' ]; do sleep 0.05; done; exec '\(Binary.path)' '\(path)'\(options)", width: 100, height: 30)
            session.tmux(["set-option", "-g", "set-clipboard", "on"])
            session.tmux(["pipe-pane", "-o", "cat >> '\(raw)'"])
            titleBefore = session.tmux(["display-message", "-p", "#{pane_title}"])
            #expect(FileManager.default.createFile(atPath: go, contents: Data()), sourceLocation: sourceLocation)
            // A debug build reads a large file slowly: the first screen may take seconds.
            #expect(session.waitFor("the first screen", timeout: 60, sourceLocation: sourceLocation) { $0.contains("? help") })
        }

        func expectNothingLeaked(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let session = self.session
            #expect(session.tmux(["display-message", "-p", "#{pane_title}"]) == titleBefore, "the pane title changed", sourceLocation: sourceLocation)
            #expect(session.tmux(["list-buffers"]).isEmpty, "content wrote a tmux paste buffer (OSC 52)", sourceLocation: sourceLocation)
            let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: raw)))
            #expect(written.count > 1000, "nothing was recorded from the pane")
            for marker in HostileFiles.contentMarkers {
                let leaked = HostileTerminalTests.contains(written, marker)
                #expect(!leaked, "content bytes \(marker.map { String($0, radix: 16) }) reached the terminal", sourceLocation: sourceLocation)
            }
            // Raw 8-bit C1 controls would make the output invalid UTF-8; encoded ones are U+0080-009F.
            let decoded = String(validating: written, as: UTF8.self)
            #expect(decoded != nil, "the reader wrote bytes that are not UTF-8")
            let c1 = decoded?.unicodeScalars.contains { (0x80...0x9F).contains($0.value) } ?? true
            #expect(!c1, "a C1 control reached the terminal")
        }
    }

    @Test func controlsAreShownAsVisiblePictures() {
        let path = HostileFiles.write("escapes-visible.txt", HostileFiles.escapes)
        let session = TmuxSession("exec '\(Binary.path)' '\(path)'", width: 160, height: 40)
        #expect(session.waitFor(text: "Evil ␛]0;pwned-title␇headline"))
        session.send("Down")
        session.send("Enter")
        #expect(session.waitFor("placeholders for the controls") { screen in
            screen.contains("Clip ␛]52;c;cHduZWQ=␇") && screen.contains("BEL␇ BS␈ CR␍ NUL␀ DEL␡") && screen.contains("desrever iso x zerowidth")
        })
    }

    fileprivate static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

/// Faults from outside: a storm of resizes and the signals a terminal program gets.
@Suite(.serialized) struct TerminalFaultTests {
    @Test func twoHundredRandomResizesThenANormalSize() {
        let session = TmuxSession("cd '\(Binary.packageRoot.path)' && exec '\(Binary.path)'", width: 120, height: 40)
        session.waitFor(text: "All 29 posts")
        session.send("Down", "Down", "Down")
        var state: UInt64 = 42
        func random(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
        let started = Date()
        for _ in 0..<200 { session.resize(width: random(1...300), height: random(1...100)) }
        let elapsed = Date().timeIntervalSince(started)
        session.resize(width: 120, height: 40)
        #expect(session.waitFor("the normal screen again, the 12.53pm post still selected") { screen in
            screen.contains("All 29 posts") && screen.contains("│12.53pm BST") && screen.contains("3/29")
        })
        #expect(elapsed < 30, "200 resizes took \(elapsed) s")
    }

    @Test(arguments: [("INT", Int32(130)), ("TERM", Int32(143)), ("HUP", Int32(129))])
    func signalsRestoreTheTerminal(signal: String, status: Int32) {
        let session = TmuxSession(
            "cd '\(Binary.packageRoot.path)' && stty -g; '\(Binary.path)'; echo \"EXITED:$?\"; stty -g; sleep 600", width: 100, height: 30)
        session.waitFor(text: "All 29 posts")
        let shell = session.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = Binary.run("/usr/bin/env", ["pgrep", "-n", "-P", shell], in: "/").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!child.isEmpty, "no reader process under the pane's shell")
        _ = Binary.run("/usr/bin/env", ["kill", "-\(signal)", child], in: "/")
        #expect(session.waitFor(text: "EXITED:\(status)"))
        guard let stty = session.sttyAround(exitStatus: status) else { return }
        #expect(stty.before == stty.after, "stty -g before and after SIG\(signal) differ")
    }

    /// A terminal that cannot place its cursor (`dumb`) or that terminfo does not know gets the
    /// timeline printed, with one line saying why, and is left as it was.
    @Test(arguments: ["dumb", "no-such-terminal"])
    func aTerminalThatCannotDrawGetsTheTimelinePrinted(term: String) {
        let files = HostileFiles.directory.appendingPathComponent("term-\(term)").path
        let session = TmuxSession("cd '\(Binary.packageRoot.path)' && stty -g > '\(files).before'; TERM=\(term) '\(Binary.path)' 2>'\(files).err'; "
                                  + "status=$?; stty -g > '\(files).after'; cmp -s '\(files).before' '\(files).after' && echo SAME-STTY; "
                                  + "echo \"EXITED:$status\"; cat '\(files).err'; sleep 600", width: 100, height: 30)
        #expect(session.waitFor(text: "liveblog: cannot start the terminal (TERM=\(term)); printing the timeline"))
        let screen = session.screen
        #expect(screen.contains("Continue reading...\nShow more\nSAME-STTY\nEXITED:0\n"), "\(screen)")
    }
}
