/// Finds the hospital a user means by what they typed (`kings`, `King's College`, `st marys`,
/// `RUH`): compared in `HospitalName`'s normal form against every name the blog used, then
/// as a unique prefix of a word of one.
public enum HospitalQuery {
    public static func match(_ query: String, in hospitals: [Hospital]) -> Result<Hospital, NameQuery.Failure> {
        let forms = [HospitalName.normalize(query), HospitalName.normalize(stripLocation(query))]
        return NameQuery.match(query, forms: forms, in: hospitals, kind: .hospital, names: { hospital in
            ([hospital.name] + hospital.aliases).map { HospitalName.normalize($0) }
                + hospital.initialisms.map { $0.lowercased() }
                + [hospital.location.map { HospitalName.normalize(hospital.name + " " + $0) } ?? ""]
        }, title: \.name)
    }

    /// `St Mary's in Paddington` → `St Mary's`.
    private static func stripLocation(_ query: String) -> String {
        for separator in [" in ", " at "] {
            if let range = query.range(of: separator) { return String(query[..<range.lowerBound]) }
        }
        return query
    }
}
