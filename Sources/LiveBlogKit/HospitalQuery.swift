/// Finds the hospital a user means by what they typed (`kings`, `King's College`, `st marys`,
/// `RUH`): compared in `HospitalName`'s normal form against every name the blog used, then
/// as a unique prefix of a word of one.
public enum HospitalQuery {
    public enum Failure: Error, Equatable, Sendable {
        case noMatch(query: String, known: [String])
        case ambiguous(query: String, candidates: [String])

        /// One line for a user.
        public var message: String {
            switch self {
            case let .noMatch(query, known):
                return "no hospital matches '\(query)'" + (known.isEmpty ? " (this blog names none)" : "; known: " + known.joined(separator: ", "))
            case let .ambiguous(query, candidates):
                return "'\(query)' matches several hospitals: " + candidates.joined(separator: ", ")
            }
        }
    }

    public static func match(_ query: String, in hospitals: [Hospital]) -> Result<Hospital, Failure> {
        let wanted = HospitalName.normalize(query)
        let withoutPlace = HospitalName.normalize(stripLocation(query))
        func names(_ hospital: Hospital) -> [String] {
            ([hospital.name] + hospital.aliases).map { HospitalName.normalize($0) }
                + hospital.initialisms.map { $0.lowercased() }
                + [hospital.location.map { HospitalName.normalize(hospital.name + " " + $0) } ?? ""]
        }
        let exact = hospitals.filter { names($0).contains(wanted) || names($0).contains(withoutPlace) }
        if let result = unique(exact, query: query) { return result }
        let partial = hospitals.filter { hospital in
            names(hospital).contains { name in name.hasPrefix(wanted) || name.split(separator: " ").contains { $0.hasPrefix(wanted) } }
        }
        if !wanted.isEmpty, let result = unique(partial, query: query) { return result }
        return .failure(.noMatch(query: query, known: hospitals.map(\.name)))
    }

    private static func unique(_ matches: [Hospital], query: String) -> Result<Hospital, Failure>? {
        switch matches.count {
        case 0: return nil
        case 1: return .success(matches[0])
        default: return .failure(.ambiguous(query: query, candidates: matches.map(\.name)))
        }
    }

    /// `St Mary's in Paddington` → `St Mary's`.
    private static func stripLocation(_ query: String) -> String {
        for separator in [" in ", " at "] {
            if let range = query.range(of: separator) { return String(query[..<range.lowerBound]) }
        }
        return query
    }
}
