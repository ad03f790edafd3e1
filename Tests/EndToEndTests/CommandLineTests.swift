import Foundation
import Testing

/// The command line as scripts use it: output, filters, errors and exit codes.
@Suite struct CommandLineTests {
    private func json(_ output: Binary.Output) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    }

    @Test(arguments: ["kings", "King's College", "KING’S COLLEGE HOSPITAL"])
    func exportByHospital(name: String) {
        let output = Binary.liveblog(["export", "--hospital", name])
        #expect(output.status == 0)
        let posts = json(output)?["posts"] as? [[String: Any]]
        #expect(posts?.count == 7)
        #expect(posts?.allSatisfy { ($0["hospitals"] as? [String])?.contains("King’s College Hospital") == true } == true)
    }

    /// `--person` takes a full name or the start of a word of one; with `--hospital`, the posts
    /// of both.
    @Test func exportByPerson() {
        for name in ["Shruti Patel", "patel", "SHRU"] {
            let output = Binary.liveblog(["export", "--person", name])
            #expect(output.status == 0)
            let posts = json(output)?["posts"] as? [[String: Any]]
            #expect(posts?.map { $0["time"] as? String } == ["12.53pm BST"])
            #expect((json(output)?["filter"] as? [String: Any])?["person"] as? String == "Shruti Patel")
        }
        let both = Binary.liveblog(["export", "--person", "jeremy hunt", "--hospital", "kings", "--format", "text"])
        #expect(both.stdout.contains("Filter: hospital: King’s College Hospital, person: Jeremy Hunt — 1 of 29 posts"))
    }

    @Test func exportTextWithSearch() {
        let output = Binary.liveblog(["export", Binary.seed, "--format", "text", "--search", "cake"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("12.53pm BST"))
        #expect(output.stdout.contains("1 of 29 posts"))
        #expect(!output.stdout.contains("12.27pm BST"))
    }

    @Test func hospitalsListsCountsAndAliases() {
        let output = Binary.liveblog(["hospitals"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("7 posts  King’s College Hospital"))
        #expect(output.stdout.contains("Royal United hospital, Royal University hospital, RUH"))
    }

    @Test func readerPrintsTheTimelineWhenNotATerminal() {
        let output = Binary.liveblog([])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Junior doctors stage a second stoppage\n"))
        #expect(output.stdout.contains("— Shruti Patel, trainee paediatric doctor, Lewisham Hospital"))
    }

    @Test func standardInput() {
        let output = Binary.liveblog(["export", "-", "--format", "text"], stdin: "Headline\n\n9.00am BST\nA post at Lewisham hospital.\n")
        #expect(output.status == 0)
        #expect(output.stdout.contains("Hospitals: Lewisham Hospital"))
    }

    @Test(arguments: [("empty", Data()), ("whitespace-only", HostileFiles.whitespaceOnly)])
    func emptyOrBlankFileIsABlogWithNoPosts(name: String, data: Data) throws {
        let path = NSTemporaryDirectory() + "liveblog-\(name)-\(getpid()).txt"
        #expect(FileManager.default.createFile(atPath: path, contents: data))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = Binary.liveblog(["export", path])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect((json(output)?["posts"] as? [Any])?.isEmpty == true)
    }

    @Test(arguments: [
        (["/no/such/file"], Int32(66), "cannot open '/no/such/file': no such file"),
        (["/tmp"], Int32(66), "it is a directory"),
        (["export", "--hospital", "nowhere"], Int32(64), "no hospital matches 'nowhere'"),
        (["export", "--hospital", "royal"], Int32(64), "matches several hospitals"),
        (["export", "--person", "nobody"], Int32(64), "no person matches 'nobody'; known: David Cameron, Jeremy Hunt,"),
        (["export", "--person", "j"], Int32(64), "'j' matches several people: Jeremy Hunt, Johann Malawana,"),
        (["export", "--format", "yaml"], Int32(64), "yaml"),
    ])
    func errorsAreOneClearLineWithASysexitsCode(arguments: [String], status: Int32, message: String) {
        let output = Binary.liveblog(arguments)
        #expect(output.status == status)
        #expect(output.stderr.contains(message))
        #expect(output.stdout.isEmpty)
        if status == 66 { #expect(output.stderr.split(separator: "\n").count == 1) }
    }

    #if os(Linux)
    /// A file that opens but cannot be read (reading a process's memory from its start fails
    /// with EIO): one line, with what the system said, and the sysexits code for I/O errors.
    @Test func aFileThatCannotBeReadIsOneClearLine() {
        let output = Binary.liveblog(["export", "/proc/self/mem"])
        #expect(output.status == 74)
        #expect(output.stderr == "liveblog: cannot read '/proc/self/mem': Input/output error\n")
        #expect(output.stdout.isEmpty)
    }
    #endif

    /// Output that cannot be written (here to a full disk) is an error with exit code 74, for
    /// every command that prints, not a success that lost it.
    @Test(arguments: ["hospitals", "export", "export --format text", ""])
    func outputThatCannotBeWrittenIsAnError(command: String) {
        let output = Binary.run("/bin/sh", ["-c", "'\(Binary.path)' \(command) '\(Binary.seed)' > /dev/full"], in: "/")
        #expect(output.status == 74)
        #expect(output.stderr == "liveblog: cannot write the output: No space left on device\n")
    }

    @Test func standardInputClosedAtOnceIsAnEmptyBlog() {
        let output = Binary.liveblog(["export", "-"], stdin: "")
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
    }

    /// Invalid UTF-8 is read, repaired; so is binary data when `--as-text` asks for it.
    @Test func binaryAndInvalidInputIsReadNotFatal() {
        for (name, data, options) in [("binary.bin", HostileFiles.binary, ["--as-text"]), ("invalid.txt", HostileFiles.invalidUTF8, [])] {
            let output = Binary.liveblog(["export", HostileFiles.write(name, data), "--format", "text"] + options)
            #expect(output.status == 0)
            #expect(!output.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control reached the text output")
        }
    }

    @Test func versionAndHelp() {
        #expect(Binary.liveblog(["--version"]).stdout.contains("0.1.0"))
        let help = Binary.liveblog(["--help"]).stdout
        for word in ["export", "hospitals", "read"] { #expect(help.contains(word)) }
    }

    /// The benchmark's table at its smallest size: a row for the blog with every figure
    /// measured, `wc -l`'s time among them (the floor the parse is compared with), not `n/a`.
    @Test func benchPrintsEveryFigureOfARow() throws {
        let directory = NSTemporaryDirectory() + "liveblog-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = Binary.liveblog(["bench", "--sizes", "1", "--directory", directory])
        #expect(output.status == 0)
        let row = output.stdout.split(separator: "\n").first { $0.hasPrefix("1 MB ") && $0.split(separator: " ").count > 10 }
        let fields = row.map { $0.split(separator: " ").dropFirst(2) } ?? []
        #expect(fields.count == 16, "\(output.stdout)")
        #expect(fields.allSatisfy { Double($0) != nil }, "\(output.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty, "the generated blog was left behind")
    }
}
