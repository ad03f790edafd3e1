import LiveBlogKit

/// The chooser of a filter's hospital (`h`) or person (`p`): each one the blog names with its
/// post count, most posts first, narrowed as the user types (any name the blog used for a
/// hospital; what the blog says of a person, `patel` or `lewisham`; case and apostrophes
/// ignored), moved with the arrows.
public struct EntityPicker: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case hospital, person }

    public var kind: Kind
    public var query = ""
    public var selection = 0

    public init(_ kind: Kind, query: String = "", selection: Int = 0) {
        self.kind = kind
        self.query = query
        self.selection = selection
    }

    /// One line of the list: the name the filter keeps, what the list shows, and how many
    /// posts the filter would keep.
    public struct Choice: Equatable, Sendable {
        public var name: String
        public var label: String
        public var postCount: Int
    }

    /// Every choice the blog offers, most posts first (hospitals come so already).
    public static func choices(_ kind: Kind, in blog: LiveBlog) -> [Choice] {
        switch kind {
        case .hospital:
            return blog.hospitals.map(choice)
        case .person:
            let people = blog.people.enumerated().sorted { ($0.element.posts.count, -$0.offset) > ($1.element.posts.count, -$1.offset) }
            return people.map { Choice(name: $0.element.name, label: $0.element.description, postCount: $0.element.posts.count) }
        }
    }

    /// The choices matching the query: a hospital by any name the blog used for it, a person
    /// by what the list shows of them.
    public func matches(in blog: LiveBlog) -> [Choice] {
        switch kind {
        case .hospital:
            let wanted = HospitalName.normalize(query)
            guard !wanted.isEmpty else { return Self.choices(kind, in: blog) }
            return blog.hospitals.filter { hospital in
                ([hospital.name] + hospital.aliases + hospital.initialisms).contains { HospitalName.normalize($0).contains(wanted) }
            }.map(Self.choice)
        case .person:
            let wanted = SearchMatches(PostFilter(text: query))
            let choices = Self.choices(kind, in: blog)
            return wanted.isEmpty ? choices : choices.filter { wanted.allOccur(in: $0.label) }
        }
    }

    /// A hospital as the list shows it: its name, and where it is when the blog says.
    private static func choice(_ hospital: Hospital) -> Choice {
        Choice(name: hospital.name, label: hospital.name + (hospital.location.map { " (\($0))" } ?? ""), postCount: hospital.posts.count)
    }

    /// Where the selection starts: on the filter's current choice, else the first.
    static func initialSelection(_ kind: Kind, filter: PostFilter, in blog: LiveBlog) -> Int {
        let current = kind == .hospital ? filter.hospital : filter.person
        return current.flatMap { name in choices(kind, in: blog).firstIndex { $0.name == name } } ?? 0
    }
}
