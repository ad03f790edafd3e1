import Foundation
import Testing

/// The reader in a real terminal, as a user drives it.
@Suite(.serialized) struct ReaderEndToEndTests {
    private func reader(width: Int = 120, height: Int = 40) -> TmuxSession {
        TmuxSession("cd '\(Binary.packageRoot.path)' && exec '\(Binary.path)'", width: width, height: height)
    }

    /// The timeline's post times, read from the left column.
    private func timelineTimes(_ screen: String) -> [String] {
        screen.split(separator: "\n").dropFirst().compactMap { line in
            let first = line.split(separator: " ").first.map(String.init) ?? ""
            return first.range(of: #"^\d{1,2}\.\d{2}(am|pm)$"#, options: .regularExpression) != nil ? first : nil
        }
    }

    @Test func seedOpensShowingItsPosts() {
        let session = reader()
        #expect(session.waitFor(text: "All 29 posts"))
        let screen = session.screen
        #expect(screen.contains("Junior doctors stage a second stoppage"))
        #expect(timelineTimes(screen).prefix(3) == ["3.23pm", "1.05pm", "12.53pm"])
    }

    @Test func downChangesTheDetailPane() {
        let session = reader()
        session.waitFor(text: "All 29 posts")
        #expect(session.screen.contains("• 78% of junior doctors"))
        session.send("Down")
        #expect(session.waitFor(text: "(no text: a photo or video"))
        session.send("Down")
        #expect(session.waitFor(text: "Helen Nightingale, 31, a junior doctor at St Mary’s hospital,"))
    }

    @Test func choosingKingsCollegeLeavesItsSevenPosts() {
        let session = reader()
        session.waitFor(text: "All 29 posts")
        session.send("h")
        session.waitFor(text: "> ")
        session.type("King")
        session.waitFor(text: "> King")
        session.send("Enter")
        #expect(session.waitFor(text: "hospital: King’s College Hospital ×"))
        #expect(session.waitFor(text: "7 of 29 posts"))
        #expect(timelineTimes(session.screen) == ["12.22pm", "12.02pm", "11.30am", "11.26am", "10.49am", "9.33am", "9.07am"])
    }

    @Test func choosingShrutiPatelLeavesHerPost() {
        let session = reader()
        session.waitFor(text: "All 29 posts")
        session.send("p")
        session.waitFor(text: "Person")
        session.type("patel")
        #expect(session.waitFor(text: "Shruti Patel, trainee paediatric doctor, Lewisham Hospital"))
        session.send("Enter")
        #expect(session.waitFor(text: "person: Shruti Patel ×"))
        #expect(session.waitFor(text: "1 of 29 posts"))
        #expect(timelineTimes(session.screen) == ["12.53pm"])
    }

    @Test func typingCakeNarrowsToTheLewishamCakeSale() {
        let session = reader()
        session.waitFor(text: "All 29 posts")
        session.send("/")
        session.type("cake")
        #expect(session.waitFor(text: "1 of 29 posts"))
        #expect(timelineTimes(session.screen) == ["12.53pm"])
        session.send("Enter", "Down")
        #expect(session.waitFor(text: "Hospitals: Lewisham Hospital"))
    }

    @Test func detailOf1253ShowsShrutiPatelsQuoteInFull() {
        let session = reader()
        session.waitFor(text: "All 29 posts")
        session.send("Down", "Down", "Down", "Enter")
        session.waitFor(text: "12.53pm BST")
        session.send("PageDown")
        #expect(session.waitFor("the quote with its speaker") { screen in
            screen.contains("— Shruti Patel, trainee paediatric doctor, Lewisham Hospital")
                && screen.contains("“This is a good way for the community")
        })
        session.send("PageDown")
        #expect(session.waitFor(text: "getting our message out to the public.”"))
    }

    @Test func resizeKeepsTheSelection() {
        let session = reader()
        session.waitFor(text: "All 29 posts")
        session.send("Down", "Down", "Down")
        session.waitFor(text: "Hospitals: Lewisham Hospital")
        session.resize(width: 60, height: 20)
        #expect(session.waitFor(text: "─ 12.53pm BST"))
        session.resize(width: 120, height: 40)
        #expect(session.waitFor("the 12.53pm post still selected, side by side") { screen in
            screen.contains("│12.53pm BST") && screen.contains("3/29")
        })
    }

    /// About 1.5 MB of the seed's posts, repeated: more than the reader's head budget, so
    /// that the reader opens on the head first. Its path, and how many posts it holds.
    static func largeBlog(named name: String) throws -> (path: String, posts: Int) {
        let seed = try String(contentsOfFile: Binary.seed, encoding: .utf8)
        let first = try #require(seed.range(of: "3.23pm BST")), end = try #require(seed.range(of: "Continue reading"))
        let text = "Big blog\n\n" + String(repeating: String(seed[first.lowerBound..<end.lowerBound]), count: 75)
        return (HostileFiles.write(name, Data(text.utf8)), 29 * 75)
    }

    @Test func aLargeBlogOpensOnItsNewestPostsThenReadsTheRest() throws {
        let (path, total) = try Self.largeBlog(named: "large-blog.txt")
        let session = TmuxSession("exec '\(Binary.path)' '\(path)'", width: 120, height: 40)
        // The frame is read once its status line is drawn too: a screen read while the terminal
        // is being written can hold the new header above the old status line.
        #expect(session.waitFor("the whole blog, \(total) posts", timeout: 60) { screen in
            screen.contains("All \(total) posts") && (screen.split(separator: "\n").last ?? "").contains("/\(total)")
        })
        let statusLine = session.screen.split(separator: "\n").last ?? ""
        #expect(!statusLine.contains("reading") && !statusLine.contains("finding"), "the loading notice stays after loading: \(statusLine)")
        session.send("End")
        #expect(session.waitFor(text: "\(total)/\(total)"))
    }

    /// `R` reads the file again: a post added above appears, the selected post stays selected
    /// and the status line counts what is new. `F` then reads it whenever it changes, unasked.
    @Test func readingAgainAndFollowingTheFile() throws {
        let seed = try String(contentsOfFile: Binary.seed, encoding: .utf8)
        let path = HostileFiles.write("growing-blog.txt", Data(seed.utf8))
        let session = TmuxSession("exec '\(Binary.path)' '\(path)'", width: 120, height: 40)
        #expect(session.waitFor(text: "All 29 posts"))
        session.send("Down", "Down")
        #expect(session.waitFor(text: "2/29"))
        func addPost(_ time: String, _ text: String) throws {
            let now = try String(contentsOfFile: path, encoding: .utf8)
            guard let first = now.range(of: "3.23pm BST") else { return }
            let grown = now.replacingCharacters(in: first.lowerBound..<first.lowerBound, with: "\(time)\n\n\(text)\n\n")
            try grown.write(toFile: path, atomically: true, encoding: .utf8)
        }
        try addPost("3.40pm BST", "Pickets gathered again at Lewisham hospital.")
        session.send("R")
        #expect(session.waitFor("the post added, the place kept") { screen in
            screen.contains("All 30 posts") && screen.contains("read again: 1 new post · 3/30")
        })
        #expect(session.screen.contains("Pickets gathered again"))
        session.send("F")
        #expect(session.waitFor(text: "following the file (F stops)"))
        try addPost("3.55pm BST", "A second new post, read without a key.")
        #expect(session.waitFor("the file read again as it changed") { screen in
            screen.contains("All 31 posts") && screen.contains("A second new post") && screen.contains("4/31 · 2 new · following")
        })
        #expect(session.screen.contains("3.55pm •") && session.screen.contains("3.40pm •"), "the new posts are marked")
        session.send("F")
        #expect(session.waitFor(text: "stopped following"))
        session.send("n")
        #expect(session.waitFor(text: "1/31 · 1 new · ? help"), "n goes round to the newest post")
        session.send("n")
        #expect(session.waitFor(text: "2/31 · ? help"))
        #expect(!session.screen.contains("pm •"))
    }

    /// `$BROWSER` for the tests, a browser that behaves as a text browser does: it shows a line
    /// on the terminal it was handed, waits for Enter, then notes the address it was given in
    /// `record`. A script run by `/bin/sh` (two words, as `$BROWSER` may be), not executed
    /// itself: a file just written may still be open in a process another test thread forked
    /// meanwhile, and executing it would then fail with ETXTBSY.
    private func fakeBrowser(recordingTo record: String) -> String {
        let script = "printf 'BROWSER RAN %s\\n' \"$1\"\nread answer\nprintf '%s' \"$1\" > '\(record)'\n"
        return "/bin/sh " + HostileFiles.write("browser-\(UUID().uuidString).sh", Data(script.utf8))
    }

    /// `o` on a post with two links offers them; `2` hands the terminal to `$BROWSER` with the
    /// second, and the reader, taken back, is drawn whole again and says what it opened.
    @Test func oOpensALinkInTheBrowserAndTakesTheTerminalBack() throws {
        let record = HostileFiles.directory.appendingPathComponent("opened-\(UUID().uuidString).txt").path
        let browser = fakeBrowser(recordingTo: record)
        let session = TmuxSession("cd '\(Binary.packageRoot.path)' && BROWSER='\(browser)' exec '\(Binary.path)'")
        #expect(session.waitFor(text: "All 29 posts"))
        session.send("Down", "Down", "Down")
        #expect(session.waitFor(text: "3/29"))
        session.send("o")
        #expect(session.waitFor(text: "Open a link"))
        session.send("2")
        #expect(session.waitFor(text: "BROWSER RAN https://pic.twitter.com/DaTdbsRbSk"))
        session.send("Enter")
        #expect(session.waitFor(text: "opened https://pic.twitter.com/DaTdbsRbSk"))
        #expect(!session.screen.contains("BROWSER RAN"), "the reader is drawn whole again")
        #expect(session.screen.contains("Shruti Patel"))
        #expect((try? String(contentsOfFile: record, encoding: .utf8)) == "https://pic.twitter.com/DaTdbsRbSk")
        session.send("j")
        #expect(session.waitFor(text: "4/29"), "keys work again")
    }

    /// Ctrl-C in the browser is the browser's: the reader goes on. With no browser to run, the
    /// status line says so and gives the address.
    @Test func aCtrlCInTheBrowserLeavesTheReaderRunning() throws {
        let browser = fakeBrowser(recordingTo: "/dev/null")
        let session = TmuxSession("cd '\(Binary.packageRoot.path)' && BROWSER='\(browser)' '\(Binary.path)'; echo \"EXITED:$?\"; sleep 600")
        #expect(session.waitFor(text: "All 29 posts"))
        session.send("Down", "Down", "Down", "o", "1")
        #expect(session.waitFor(text: "BROWSER RAN https://pic.twitter.com/WdoWEi17Ad"))
        session.send("C-c")
        #expect(session.waitFor(text: "was ended by signal 2: https://pic.twitter.com/WdoWEi17Ad"))
        #expect(!session.screen.contains("EXITED"))
        session.send("q")
        #expect(session.waitFor(text: "EXITED:0"))

        let none = TmuxSession("cd '\(Binary.packageRoot.path)' && BROWSER=/nonexistent/browser exec '\(Binary.path)'")
        #expect(none.waitFor(text: "All 29 posts"))
        none.send("Down", "Down", "Down", "o", "1")
        #expect(none.waitFor(text: "no browser to open it (set BROWSER): https://pic.twitter.com/WdoWEi17Ad"))
    }

    @Test func standardInputCannotBeReadAgain() {
        let session = TmuxSession("cat '\(Binary.seed)' | '\(Binary.path)' -; sleep 600", width: 120, height: 25)
        #expect(session.waitFor(text: "All 29 posts"))
        session.send("R")
        #expect(session.waitFor(text: "standard input cannot be read again"))
        session.send("j")
        #expect(session.waitFor("the message gone at the next key") { !$0.contains("cannot be read again") && $0.contains("1/29") })
        session.send("F")
        #expect(session.waitFor(text: "standard input cannot be read again"))
        #expect(!session.screen.contains("· following"))
    }

    @Test func aBlogPipedToStandardInputIsReadWithKeysFromTheTerminal() {
        let session = TmuxSession("cat '\(Binary.seed)' | '\(Binary.path)' -; echo \"EXITED:$?\"; sleep 600", width: 100, height: 25)
        #expect(session.waitFor(text: "All 29 posts"))
        session.send("Down", "Down")
        #expect(session.waitFor(text: "2/29"))
        session.send("q")
        #expect(session.waitFor(text: "EXITED:0"))
    }

    @Test func quitLeavesTheTerminalAsItWas() {
        let session = TmuxSession(
            "cd '\(Binary.packageRoot.path)' && stty -g; '\(Binary.path)'; echo \"EXITED:$?\"; stty -g; sleep 600")
        session.waitFor(text: "All 29 posts")
        session.send("q")
        #expect(session.waitFor(text: "EXITED:0"))
        guard let stty = session.sttyAround(exitStatus: 0) else { return }
        #expect(stty.before == stty.after, "stty -g before and after differ")
    }
}
