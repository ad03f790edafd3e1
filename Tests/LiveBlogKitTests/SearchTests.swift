import Testing
import TestSupport
@testable import LiveBlogKit

/// The text filter scans posts as written, folding on the fly; these check it against the
/// plain definition: fold the post's whole text, then look for each folded word.
@Suite struct SearchTests {
    let blog = Fixtures.seed

    /// The definition the fast search must agree with.
    private func reference(_ query: String) -> [Int] {
        let words = TextFolding.fold(query).split(separator: UInt8(ascii: " ")).map(Array.init)
        return blog.posts.indices.filter { index in
            let post = blog.posts[index]
            let folded = TextFolding.fold(([post.time, post.title ?? "", post.byline ?? ""] + post.paragraphs).joined(separator: " "))
            return words.allSatisfy { word in
                word.isEmpty || (0...max(0, folded.count - word.count)).contains { folded.count >= word.count && folded[$0..<$0 + word.count].elementsEqual(word) }
            }
        }
    }

    private func fast(_ query: String) -> [Int] {
        PostFilter(text: query).apply(to: blog, index: SearchIndex(blog))
    }

    @Test(arguments: ["KING’S", "king`s", "Kings", "st mary's", "“we", "12.53pm", "nhs-trained", "café", "Ünïcode", "a", "’", "'", "£", "doctors’", "e"])
    func agreesWithFoldingTheWholePost(query: String) {
        #expect(fast(query) == reference(query))
    }

    @Test func agreesOnRandomPiecesOfTheBlogInAnyCase() {
        var random = SplitMix(state: 7)
        let text = blog.posts.flatMap(\.paragraphs).joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        for _ in 0..<150 {
            let start = Int.random(in: 0..<scalars.count - 12, using: &random)
            let length = Int.random(in: 1...10, using: &random)
            var piece = String(String.UnicodeScalarView(scalars[start..<start + length]))
            if Bool.random(using: &random) { piece = piece.uppercased() }
            #expect(fast(piece) == reference(piece), "query \(piece)")
        }
    }

    /// A word is looked for sixteen starts at a time by its first and last bytes: texts of a
    /// few letters in both cases, where near misses and matches fall on every side of a block.
    @Test(arguments: 0..<10)
    func aWordIsFoundWhereverItStands(seed: Int) {
        var random = SplitMix(state: UInt64(seed) &+ 31)
        let alphabet = ["a", "A", "b", "B", "ab", "AB", " ", "1", "-", "é", "’", "'", "\n", "c", "C"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...70, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
            // A search word holds no white space: the filter splits the search at it.
            let word = (0..<Int.random(in: 1...20, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
                .filter { !$0.isWhitespace }
            let folded = TextFolding.fold(text)
            let needle = TextFolding.fold(word)
            guard !needle.isEmpty else { continue }
            let expected = folded.count >= needle.count
                && (0...folded.count - needle.count).contains { folded[$0..<$0 + needle.count].elementsEqual(needle) }
            #expect(FoldedNeedle(needle).occurs(in: text) == expected, "\(word) in \(text)")
        }
    }

    @Test func aSearchTypedFurtherKeepsNoPostTheShorterOneDropped() {
        var random = SplitMix(state: 11)
        let text = blog.posts.flatMap(\.paragraphs).joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        let index = SearchIndex(blog)
        for _ in 0..<100 {
            let start = Int.random(in: 0..<scalars.count - 20, using: &random)
            let long = String(String.UnicodeScalarView(scalars[start..<start + Int.random(in: 2...16, using: &random)]))
            let short = String(String.UnicodeScalarView(long.unicodeScalars.prefix(Int.random(in: 1...long.unicodeScalars.count, using: &random))))
            let (narrow, wide) = (PostFilter(text: long), PostFilter(text: short))
            #expect(narrow.narrows(wide))
            let among = wide.apply(to: blog, index: index)
            #expect(narrow.apply(to: blog, index: index, among: among) == narrow.apply(to: blog, index: index), "\(short) → \(long)")
        }
        // Equal as characters, but folded to different bytes: not a narrowing.
        #expect(!PostFilter(text: "cafe\u{301}").narrows(PostFilter(text: "caf\u{E9}")))
        #expect(!PostFilter(text: "cake").narrows(PostFilter(hospital: "Lewisham Hospital", text: "cak")))
    }

    @Test func largeBlogsAreFilteredOnEveryCoreInOrder() {
        let many = LiveBlogParser.parse(String(repeating: "9.00am\nThe Cake was eaten.\n\n8.00am\nNothing here.\n", count: 5000))
        let kept = PostFilter(text: "cake").apply(to: many, index: SearchIndex(many))
        #expect(kept == Array(stride(from: 0, to: 10_000, by: 2)))
    }
}
