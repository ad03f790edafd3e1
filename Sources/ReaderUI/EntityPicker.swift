import LiveBlogKit

/// The chooser of a filter's hospital (`h`) or person (`p`): each one the blog names with its
/// post count, most posts first, narrowed as the user types (any name the blog used for a
/// hospital; what the blog says of a person, `patel` or `lewisham`; case and apostrophes
/// ignored), moved with the arrows. When other filters are on, it lists and counts only what
/// the posts they keep name, as a shop's facets count within the other facets chosen, so that
/// no choice leads to an empty timeline.
public struct EntityPicker: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case hospital, person }

    public var kind: Kind
    public var query = ""
    public var selection = 0
    /// Every choice on offer, most posts first, counted when the chooser opened.
    public private(set) var choices: [Choice]
    /// How many posts the other filters keep, when they are on.
    public private(set) var withinPosts: Int?
    /// Whether the blog names any at all (else the list is empty because of the other filters).
    public private(set) var blogNamesAny: Bool

    /// One line of the list: the name the filter keeps, what the list shows, and how many
    /// posts the filter would keep.
    public struct Choice: Equatable, Sendable {
        public var name: String
        public var label: String
        public var postCount: Int
    }

    /// The chooser of `kind` for the reader as it stands: counted within the filters other
    /// than its own, with the selection on the current choice, else the first.
    public init(_ kind: Kind, state: AppState) {
        self.kind = kind
        let all = Self.choices(kind, in: state.blog)
        blogNamesAny = !all.isEmpty
        var others = state.filter
        switch kind {
        case .hospital: others.hospital = nil
        case .person: others.person = nil
        }
        if others.isActive {
            // The posts shown are those of the other filters when this one is off.
            let keptPosts = others == state.filter
                ? state.rows.compactMap { if case .post(let post) = $0 { post } else { nil } }
                : others.apply(to: state.blog, index: state.searchIndex)
            choices = Self.counted(all, kind: kind, within: keptPosts, of: state)
            withinPosts = keptPosts.count
        } else {
            choices = all
        }
        let current = kind == .hospital ? state.filter.hospital : state.filter.person
        selection = current.flatMap { name in choices.firstIndex { $0.name == name } } ?? 0
    }

    /// Every choice the blog offers, most posts first (hospitals come so already).
    static func choices(_ kind: Kind, in blog: LiveBlog) -> [Choice] {
        switch kind {
        case .hospital:
            return blog.hospitals.map { hospital in
                Choice(name: hospital.name, label: hospital.name + (hospital.location.map { " (\($0))" } ?? ""), postCount: hospital.posts.count)
            }
        case .person:
            return blog.people.map { Choice(name: $0.name, label: $0.description, postCount: $0.posts.count) }.sortedByPosts()
        }
    }

    /// The choices recounted among `keptPosts` (indices into the blog's posts), those named in
    /// none of them left out — but for the current choice, so that the list can show it.
    private static func counted(_ all: [Choice], kind: Kind, within keptPosts: [Int], of state: AppState) -> [Choice] {
        var kept = [Bool](repeating: false, count: state.blog.posts.count)
        for post in keptPosts where kept.indices.contains(post) { kept[post] = true }
        let current = kind == .hospital ? state.filter.hospital : state.filter.person
        return all.compactMap { choice in
            let posts = kind == .hospital ? state.searchIndex.posts(of: choice.name) : state.searchIndex.posts(naming: choice.name)
            let count = posts.reduce(0) { $0 + (kept[$1] ? 1 : 0) }
            guard count > 0 || choice.name == current else { return nil }
            return Choice(name: choice.name, label: choice.label, postCount: count)
        }.sortedByPosts()
    }

    /// The choices matching the query: a hospital by any name the blog used for it, a person
    /// by what the list shows of them.
    public func matches(in blog: LiveBlog) -> [Choice] {
        switch kind {
        case .hospital:
            let wanted = HospitalName.normalize(query)
            guard !wanted.isEmpty else { return choices }
            let names = Set(blog.hospitals.filter { hospital in
                ([hospital.name] + hospital.aliases + hospital.initialisms).contains { HospitalName.normalize($0).contains(wanted) }
            }.map(\.name))
            return choices.filter { names.contains($0.name) }
        case .person:
            let wanted = SearchMatches(PostFilter(text: query))
            return wanted.isEmpty ? choices : choices.filter { wanted.allOccur(in: $0.label) }
        }
    }
}

extension [EntityPicker.Choice] {
    /// Most posts first; among equals, the order they came in.
    func sortedByPosts() -> [EntityPicker.Choice] {
        enumerated().sorted { ($0.element.postCount, -$0.offset) > ($1.element.postCount, -$1.offset) }.map(\.element)
    }
}
