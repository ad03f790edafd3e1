import LiveBlogKit

/// The chooser of a post's links, opened by `o` (newsboat's key) when the post holds more than
/// one: each link numbered as the detail pane numbers it, moved with the arrows, chosen with
/// Enter or its number.
public struct LinkPicker: Equatable, Sendable {
    /// The post's links, each once, in the order the post gives them.
    public var links: [String]
    public var selection = 0

    public init(links: [String], selection: Int = 0) {
        self.links = links
        self.selection = selection
    }

    /// A post's links as the reader offers them: each once (a tweet's link is often also in
    /// its paragraph), in the order the post gives them.
    public static func links(of post: Post) -> [String] {
        var seen: Set<String> = []
        return post.links.filter { seen.insert($0).inserted }
    }
}
