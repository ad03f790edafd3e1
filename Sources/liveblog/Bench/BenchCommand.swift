import ArgumentParser
import Foundation
import LiveBlogKit
import ReaderUI

/// `liveblog bench`: parse, filter and render figures on generated blogs of growing size, and
/// parse figures on hostile inputs, printed in one run so they can be compared as ratios.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark parsing, filtering and rendering on generated blogs (build with -c release).",
        discussion: "Example: swift run -c release liveblog bench --sizes 1,10,100"
    )

    @Option(help: "Blog sizes to generate, in MB, smallest first.")
    var sizes: String = "1,10,100"

    @Flag(help: "Also parse the hostile inputs (a 10 MB line, 100,000 quote marks, 200,000 quotes on one line, 120,000 hospitals on one line, a hospital's name of 80,000 words, 1,000,000 one-line posts).")
    var hostile = false

    @Option(help: "Where to write the generated blogs.")
    var directory: String = NSTemporaryDirectory()

    @Option(help: .hidden)
    var peakOf: String?

    func run() throws {
        if let peakOf {
            // One reading of a blog as the reader reads it, in a fresh process: the head and
            // its screen first, then the whole blog swapped in. Prints the peak resident bytes.
            let source = BlogSource.file(peakOf)
            let first = try source.firstView(budget: ReaderSession.headBudget)
            var state = AppState(blog: first.blog, width: 120, height: 40)
            if first.isPartial { state.replaceBlog(try source.parse()) }
            withExtendedLifetime(Renderer.render(state)) { print(Measure.peakResidentBytes) }
            return
        }
        guard let seedPath = BlogInput.seedPath(), let seed = try? String(contentsOfFile: seedPath, encoding: .utf8) else {
            throw ValidationFailure("the seed blog was not found")
        }
        let megabytes = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.sorted()
        // The seed is read whole; its first screen is the best of a few (the first warms caches).
        let seedScreen = (0..<5).map { _ in firstScreenSeconds(seedPath) }.min() ?? 0
        print("the seed: first screen \(format(seedScreen * 1000, 1)) ms\n")
        print("size     posts   parse s   cpu s   MB/s   × wc -l  wc ms   structure s   hospital filter ms   keystroke ms   frame ms   first screen   swap   peak RSS   × input")
        print("                                                                           median  worst        median worst  median      ms        ms        MB")
        var typing: [(label: String, search: String, keys: [Double])] = []
        for size in megabytes {
            let url = URL(fileURLWithPath: directory).appendingPathComponent("liveblog-bench-\(size)mb.txt")
            let posts = try BenchmarkBlog.write(from: seed, bytes: size << 20, to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let measured = row(path: url.path, label: "\(size) MB", posts: posts)
            print(measured.line)
            typing += measured.typing.map { ("\(size) MB", $0.search, $0.keys) }
        }
        print("\ntyping into the reader's search bar, a key at a time (the filter applied, a frame drawn), ms")
        print("size     search           first key   then median   worst")
        for (label, search, keys) in typing {
            let rest = Measure.summary(keys.dropFirst())
            print([label.padding(toLength: 8, withPad: " ", startingAt: 0), search.padding(toLength: 15, withPad: " ", startingAt: 0),
                   format(keys.first ?? 0, 2).leftPad(10),
                   format(rest.median, 2).leftPad(13), format(rest.worst, 2).leftPad(7)].joined(separator: " "))
        }
        if hostile { try runHostile() }
    }

    /// What the search benchmarks type: a search nearly every post matches, and one that
    /// narrows to a few posts as it is typed.
    private static let typed = "junior doctor"
    private static let narrowing = "lewisham cake"

    /// One size: parse time against `wc -l`, filter latencies, a frame, peak memory; and the
    /// time of each key of a search typed into the reader, which narrows as it goes.
    private func row(path: String, label: String, posts: Int) -> (line: String, typing: [(search: String, keys: [Double])]) {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let wc = Measure.wcSeconds(path)
        let firstScreen = firstScreenSeconds(path)
        // The structure alone (lines, posts, labels): the rest of the parse time is extraction.
        // Measured first, so that its model is gone before the full parse's peak.
        let structure = Measure.seconds { _ = try? BlogSource.file(path).parseLayout() }
        var blog = LiveBlog()
        // Read as the reader reads it: in chunks, never the whole file at once.
        var parse = 0.0
        let parseCPU = Measure.cpuSeconds { parse = Measure.seconds { blog = (try? BlogSource.file(path).parse()) ?? LiveBlog() } }
        let index = SearchIndex(blog)
        let hospital = blog.hospitals.first?.name
        let hospitalFilter = Measure.latency(runs: 30) { _ in _ = PostFilter(hospital: hospital).apply(to: blog, index: index) }
        let typed = Self.typed
        // Each prefix searched afresh over every post: the worst a key can cost.
        let keystroke = Measure.latency(runs: typed.count * 2) { run in
            let prefix = String(typed.prefix(run % typed.count + 1))
            _ = PostFilter(text: prefix).apply(to: blog, index: index)
        }
        let typing = [typed, Self.narrowing].map { search in
            var reader = AppState(blog: blog, width: 120, height: 40)
            Reader.update(&reader, .key(.character("/")))
            return (search, search.map { character in
                Measure.seconds {
                    Reader.update(&reader, .key(.character(character)))
                    _ = Renderer.render(reader)
                } * 1000
            })
        }
        let swap = swapSeconds(path, blog: blog, index: index)
        var state = AppState(blog: blog, width: 120, height: 40)
        let frame = Measure.latency(runs: 50) { run in
            Reader.update(&state, .key(run % 10 == 0 ? .pageDown : .down))
            _ = Renderer.render(state)
        }
        // Memory from a fresh process that reads the blog as the reader does: this process's
        // own peak is a high-water mark over everything it has measured so far.
        let peak = Measure.runSelf(["bench", "--peak-of", path]).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        let mb = Double(bytes) / Double(1 << 20)
        let line = [
            label.padding(toLength: 8, withPad: " ", startingAt: 0),
            String(blog.posts.count).leftPad(7), format(parse, 2).leftPad(8), format(parseCPU, 2).leftPad(6), format(mb / max(parse, 1e-9), 1).leftPad(7),
            (wc.map { format(parse / max($0, 1e-9), 0) } ?? "n/a").leftPad(8), (wc.map { format($0 * 1000, 1) } ?? "n/a").leftPad(6), format(structure, 2).leftPad(13), format(hospitalFilter.median, 2).leftPad(9), format(hospitalFilter.worst, 2).leftPad(7),
            format(keystroke.median, 2).leftPad(12), format(keystroke.worst, 2).leftPad(6), format(frame.median, 3).leftPad(8),
            format(firstScreen * 1000, 0).leftPad(14), format(swap * 1000, 1).leftPad(6),
            String(peak >> 20).leftPad(8), format(Double(peak) / Double(max(bytes, 1)), 2).leftPad(9),
        ].joined(separator: " ")
        return (line, typing)
    }

    /// What the reader does before its first screen: read the file's head, parse it, draw.
    private func firstScreenSeconds(_ path: String) -> Double {
        Measure.seconds {
            guard let first = try? BlogSource.file(path).firstView(budget: ReaderSession.headBudget) else { return }
            _ = Renderer.render(AppState(blog: first.blog, width: 120, height: 40))
        }
    }

    /// What the reader's thread does when the whole blog is read: the blog shown (its head)
    /// swapped for the whole, whose filter index was built off that thread, and a frame drawn.
    private func swapSeconds(_ path: String, blog: LiveBlog, index: SearchIndex) -> Double {
        guard let first = try? BlogSource.file(path).firstView(budget: ReaderSession.headBudget) else { return 0 }
        var reader = AppState(blog: first.blog, width: 120, height: 40)
        reader.selection = 5
        return Measure.seconds {
            reader.replaceBlog(blog, index: index)
            _ = Renderer.render(reader)
        }
    }

    /// Parse time and peak memory on the hostile inputs of the robustness tests.
    private func runHostile() throws {
        print("\nhostile input                 size MB   parse s   MB/s   peak RSS MB   × input   lossless")
        let cases: [(String, () -> Data)] = [
            ("a 10 MB line, no newline", { Data(("9.00am BST\n" + String(repeating: "word “quote” Lewisham hospital Patel said ", count: 240_000)).utf8) }),
            ("100,000 quote marks", { Data(("9.00am BST\n" + String(repeating: "“", count: 100_000)).utf8) }),
            // Every quote's speaker read from the words before it, in one paragraph: what a rule
            // asks of the whole post must be asked once, not once a quote.
            ("200,000 quotes, one line", {
                let unit = "Hunt said: \"a.\" Jones said so. A man who gave his name as Andy said “b.” Asked whether Hunt agreed, "
                    + "the sheriff said: “c.” According to Dr Anna Lee, the unit is “d”. "
                return Data(("9.00am BST\n" + String(repeating: unit, count: 50_000)).utf8)
            }),
            // Every name a new hospital: each is weighed against the names met before (twins,
            // initials), which must be looked up, not compared one by one.
            ("120,000 hospitals, one line", {
                var text = "9.00am BST\n"
                for index in 0..<30_000 {
                    text += "the Royal Alpha\(index), St Beta\(index) and Gamma\(index) hospitals, Delta\(index) hospital, "
                }
                return Data(text.utf8)
            }),
            // One hospital's name of 80,000 words joined by `and`: every way its opening words
            // may be written as initials must be made once, not once a word.
            ("a name of 80,000 words", {
                var text = "9.00am BST\nStaff at "
                for index in 0..<40_000 { text += "Name\(index) Place\(index) and " }
                return Data((text + "Last Hospital said so.\n").utf8)
            }),
            ("1,000,000 one-line posts", {
                var text = "Headline\n"
                text.reserveCapacity(20_000_000)
                for post in 0..<1_000_000 { text += "\(post % 12 + 1).\(post % 50 + 10)pm\nPost \(post).\n" }
                return Data(text.utf8)
            }),
        ]
        for (name, make) in cases {
            let data = make()
            var blog = LiveBlog()
            let parse = Measure.seconds { blog = LiveBlogParser.parse(bytes: data) }
            let lossless = blog.sourceLines.count == String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count
            let mb = Double(data.count) / Double(1 << 20)
            // Memory from a fresh process that reads the file as the reader does, as for the sizes.
            let url = URL(fileURLWithPath: directory).appendingPathComponent("liveblog-bench-hostile.txt")
            try data.write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let peak = Measure.runSelf(["bench", "--peak-of", url.path]).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
            print([name.padding(toLength: 28, withPad: " ", startingAt: 0), format(mb, 1).leftPad(9), format(parse, 2).leftPad(8),
                   format(mb / max(parse, 1e-9), 1).leftPad(7), String(peak >> 20).leftPad(12),
                   format(Double(peak) / Double(max(data.count, 1)), 2).leftPad(9), (lossless ? "yes" : "NO").leftPad(10)].joined(separator: " "))
        }
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
