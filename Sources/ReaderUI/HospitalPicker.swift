import LiveBlogKit

/// The hospital chooser: every hospital with its post count, narrowed as the user types
/// (any name the blog used, case and apostrophes ignored), moved with the arrows.
public struct HospitalPicker: Equatable, Sendable {
    public var query = ""
    public var selection = 0

    public init(query: String = "", selection: Int = 0) {
        self.query = query
        self.selection = selection
    }

    /// The hospitals matching the query, most posts first.
    public func matches(in hospitals: [Hospital]) -> [Hospital] {
        let wanted = HospitalName.normalize(query)
        guard !wanted.isEmpty else { return hospitals }
        return hospitals.filter { hospital in
            ([hospital.name] + hospital.aliases + hospital.initialisms).contains { HospitalName.normalize($0).contains(wanted) }
        }
    }
}
