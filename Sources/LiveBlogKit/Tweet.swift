/// A paragraph that was an embedded tweet (or a post of Bluesky, Threads or Mastodon, embedded
/// the same way): its text, the link it ended with, its hashtags.
public struct Tweet: Equatable, Sendable {
    /// Index of the paragraph in its post.
    public var paragraph: Int
    /// The tweet's words, without the trailing link (a card's paragraphs joined by line breaks).
    public var text: String
    /// The `pic.twitter.com/…` or `https://t.co/…` link that ended it; empty for a tweet of
    /// words alone, told by its signature line.
    public var url: String
    public var hashtags: [String]
    /// Who posted it and their handle, from the embed's signature line below it (`— World
    /// Health Organization (WHO) (@WHO) February 7, 2023`), when it has one.
    public var author: String?
    public var handle: String?
    /// The signature line's paragraph: in X's card layout, its stamp (`7:42 PM · Dec 10, 2024`).
    public var signature: Int?
    /// In X's card layout, the paragraphs above the words: the name, the handle, and any
    /// buttons beside it (`·`, `Follow`).
    public var heading: Range<Int>?
    /// How many paragraphs the words fill, from `paragraph` on: one, but for a card's.
    public var paragraphCount = 1

    public init(paragraph: Int, text: String, url: String, hashtags: [String], author: String? = nil, handle: String? = nil,
                signature: Int? = nil) {
        self.paragraph = paragraph
        self.text = text
        self.url = url
        self.hashtags = hashtags
        self.author = author
        self.handle = handle
        self.signature = signature
    }

    /// `— Name (@handle) February 7, 2023`: an embedded tweet's signature, as copied from a
    /// page (or a Bluesky or Mastodon post's: `November 6, 2024 at 10:41 PM`): a dash, who
    /// posted it, their handle in brackets, and maybe the date. Nil for any other line.
    static func signature(_ line: some StringProtocol) -> (author: String, handle: String)? {
        var rest = Substring(line.trimmingWhitespace())
        guard let dash = rest.first, "—–-".contains(dash), rest.utf8.count <= 200 else { return nil }
        rest = rest.dropFirst()
        guard let open = rest.range(of: "(@", options: .backwards), let close = rest[open.upperBound...].firstIndex(of: ")") else { return nil }
        let author = rest[..<open.lowerBound].trimmingWhitespace()
        let handle = rest[rest.index(after: open.lowerBound)..<close]
        let date = rest[rest.index(after: close)...].trimmingWhitespace()
        guard !author.isEmpty, isHandle(handle), date.count <= 30 else { return nil }
        return (String(author), String(handle))
    }

    /// `@WHO`, Bluesky's `@mayor.bsky.social`, Mastodon's `@desk@mastodon.social`: an `@`, then
    /// letters, digits and `_` (a domain's dots and hyphens inside, and one more `@` before an
    /// instance's domain).
    private static func isHandle(_ handle: Substring) -> Bool {
        let name = handle.dropFirst()
        guard handle.first == "@", let first = name.first, let last = name.last, first.isLetter || first.isNumber || first == "_",
              last.isLetter || last.isNumber || last == "_", name.filter({ $0 == "@" }).count <= 1 else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || "_.-@".contains($0) }
    }
}
