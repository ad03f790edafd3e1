extension Post {
    /// What extraction found in a post.
    struct Extraction: Equatable, Sendable {
        var quotes: [Quote] = []
        var people: [String] = []
        var reporters: [String] = []
        var hospitals: [String] = []
        var tweets: [Tweet] = []
        var links: [String] = []
        var hashtags: [String] = []

        var isEmpty: Bool { self == Extraction() }
    }
}
