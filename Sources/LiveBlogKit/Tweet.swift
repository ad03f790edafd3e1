/// A paragraph that was an embedded tweet: its text, the link it ended with, its hashtags.
public struct Tweet: Equatable, Sendable {
    /// Index of the paragraph in its post.
    public var paragraph: Int
    /// The tweet's words, without the trailing link.
    public var text: String
    /// The `pic.twitter.com/…` or `https://t.co/…` link that ended it.
    public var url: String
    public var hashtags: [String]

    public init(paragraph: Int, text: String, url: String, hashtags: [String]) {
        self.paragraph = paragraph
        self.text = text
        self.url = url
        self.hashtags = hashtags
    }
}
