/// A name run of a post as the first reading keeps it for the hospital-references pass,
/// before the directory of the blog's full names exists: what the directory needs to tell
/// whether the run may refer to one of its hospitals, and where the run stands, in 16 bytes.
/// Most runs are people's names that refer to no hospital: the pass tokenises again only the
/// text units holding a run the directory may match (`HospitalDirectory.mayMatch`), and reads
/// again only those runs.
struct ReferenceRun: Sendable {
    /// The post's text unit the run stands in (title first, then paragraphs).
    let unit: Int32
    /// The index of the run's first token in its unit.
    private let start: Int32
    /// The word in the low 56 bits, the flag above it, and the run's token count in the top
    /// seven bits (0 for a run too long to be told there).
    private let packed: UInt64

    private static let workplaceFlag: UInt64 = 1 << 56
    private static let lengthShift: UInt64 = 57
    private static let longestHeld = 127

    /// - Parameters:
    ///   - tokens: the run's tokens in its unit.
    ///   - word: the `WordKey` of the first word of the run's normal form
    ///     (`HospitalName.normalFirstWord`): the directory can match the run only if one of its
    ///     names, initialisms or first words starts with that word.
    ///   - mayBeWorkplace: the run stands where a medical worker's workplace is named; only
    ///     the blog's places, not known yet, can rule it out.
    init(unit: Int, tokens: Range<Int>, word: WordKey, mayBeWorkplace: Bool) {
        self.unit = Int32(truncatingIfNeeded: unit)
        let held = tokens.lowerBound <= Int(Int32.max) && tokens.count <= Self.longestHeld
        start = held ? Int32(tokens.lowerBound) : 0
        packed = word.value | (mayBeWorkplace ? Self.workplaceFlag : 0) | UInt64(held ? tokens.count : 0) << Self.lengthShift
    }

    var word: WordKey { WordKey(value: packed) }
    var mayBeWorkplace: Bool { packed & Self.workplaceFlag != 0 }

    /// The run's tokens in its unit, or nil for a run too long (or too far into its unit) to
    /// be held here: its unit's runs are then all read again.
    var tokens: Range<Int>? {
        let length = Int(packed >> Self.lengthShift)
        return length == 0 ? nil : Int(start)..<Int(start) + length
    }
}
