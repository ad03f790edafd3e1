/// Someone the blog names, with what the text says of them.
public struct Person: Equatable, Sendable {
    /// Full name as first written.
    public var name: String
    public var age: Int?
    /// What the text calls them (`trainee paediatric doctor`).
    public var role: String?
    /// Canonical name of the hospital the text places them at.
    public var hospital: String?
    /// Ids of the posts that name them.
    public var posts: [String]

    public init(name: String, age: Int? = nil, role: String? = nil, hospital: String? = nil, posts: [String] = []) {
        self.name = name
        self.age = age
        self.role = role
        self.hospital = hospital
        self.posts = posts
    }

    /// `Shruti Patel, 31, trainee paediatric doctor, Lewisham Hospital`: name and what is known.
    public var description: String {
        var parts = [name]
        if let age { parts.append(String(age)) }
        if let role { parts.append(role) }
        if let hospital, !(role?.contains(hospital) ?? false) { parts.append(hospital) }
        return parts.joined(separator: ", ")
    }
}
