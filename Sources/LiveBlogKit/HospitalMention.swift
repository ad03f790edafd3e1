/// A place in a paragraph where a hospital is named, before mentions are merged into hospitals.
struct HospitalMention: Equatable, Sendable {
    /// How the mention was recognised, strongest first.
    enum Kind: Int, Comparable, Sendable {
        /// A name with its keyword: `Lewisham hospital`, `hospital for neurology`.
        case fullName
        /// A name from the built-in list of hospitals often named without the word.
        case wellKnown
        /// A medical worker's workplace: `a psychiatry registrar at X`.
        case workplace
        /// An initialism defined by a full name elsewhere in the blog: `RUH`.
        case initialism
        /// A full name without its keyword, once the full name is known: `King’s College`.
        case shortName

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: Kind
    /// As written, without any location.
    var surface: String
    /// `HospitalName.normalize(surface)`.
    var key: String
    /// `Paddington` from `St Mary’s in Paddington`.
    var location: String?
    /// Tokens the mention covers in its paragraph, location included.
    var tokens: Range<Int>
}

extension HospitalMention {
    /// The first of `mentions` with each key, in their order: what the hospital directory is
    /// made from (each first reading's slice keeps its own, merged across slices).
    static func firstOfEachKey(_ mentions: some Sequence<HospitalMention>) -> [HospitalMention] {
        var collected: Set<String> = []
        return mentions.filter { collected.insert($0.key).inserted }
    }
}
