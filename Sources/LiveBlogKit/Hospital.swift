/// One real hospital, with every name the blog used for it.
public struct Hospital: Equatable, Sendable {
    /// The canonical name (`King’s College Hospital`).
    public var name: String
    /// Where the blog placed it (`Bath`, `Paddington`), when it said.
    public var location: String?
    /// Every distinct way the blog wrote it, as written.
    public var aliases: [String]
    /// Initialisms the blog used for it (`RUH`).
    public var initialisms: [String]
    /// Ids of the posts that mention it, newest first.
    public var posts: [String]

    public init(name: String, location: String? = nil, aliases: [String] = [], initialisms: [String] = [], posts: [String] = []) {
        self.name = name
        self.location = location
        self.aliases = aliases
        self.initialisms = initialisms
        self.posts = posts
    }

    /// The name without a trailing `Hospital`: what a narrow column shows.
    public var shortName: String {
        for suffix in [" Hospital", " Infirmary"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
