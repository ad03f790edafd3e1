/// A name run of a post as the first reading keeps it for the hospital-references pass,
/// before the directory of the blog's full names exists: what the directory needs to tell
/// whether the run may refer to one of its hospitals, in 16 bytes. Most runs are people's
/// names that refer to no hospital: the pass tokenises again only the text units holding a
/// run the directory may match (`HospitalDirectory.mayMatch`).
struct ReferenceRun: Sendable {
    /// The post's text unit the run stands in (title first, then paragraphs).
    let unit: Int32
    /// The word in the low 56 bits, the flag above.
    private let packed: UInt64

    private static let workplaceFlag: UInt64 = 1 << 57

    /// - Parameters:
    ///   - word: the `WordKey` of the first word of the run's normal form
    ///     (`HospitalName.normalFirstWord`): the directory can match the run only if one of its
    ///     names, initialisms or first words starts with that word.
    ///   - mayBeWorkplace: the run stands where a medical worker's workplace is named; only
    ///     the blog's places, not known yet, can rule it out.
    init(unit: Int, word: WordKey, mayBeWorkplace: Bool) {
        self.unit = Int32(truncatingIfNeeded: unit)
        packed = word.value | (mayBeWorkplace ? Self.workplaceFlag : 0)
    }

    var word: WordKey { WordKey(value: packed) }
    var mayBeWorkplace: Bool { packed & Self.workplaceFlag != 0 }
}
