/// What one run of two to four title-case words says of a person, read in the blog's first
/// reading, before its hospitals are known: the run is dropped later if a hospital mention
/// overlaps it, and the workplace it points to is named then.
///
/// Every name run of a blog is held from its first reading until its people are weighed, so a
/// candidate is packed into 48 bytes: the name is where its bytes stand in the string its unit
/// is a slice of — the post's body, or its title — (made into a string again when weighed, with
/// no paragraph split out), and the age, workplace and flags are small integers.
struct PersonCandidate: Sendable {
    /// A role the text gives (most runs have none).
    private let role: String?
    /// The post's text unit (title first, then paragraphs) and the run's tokens in it.
    let unit: Int32
    private let runStart: Int32
    private let runEnd: Int32
    /// The name's bytes in the string its unit's text is a slice of.
    private let nameStart: UInt32
    private let nameEnd: UInt32
    /// Token where a hospital mention naming their workplace may start; -1 for none.
    private let workplace: Int32
    /// 0 for none.
    private let age: UInt8
    private var flags: UInt8

    private static let isPerson: UInt8 = 1
    private static let isReporter: UInt8 = 2
    private static let isReporterOnWeakSignsOnly: UInt8 = 4
    private static let roleIsTitle: UInt8 = 8
    private static let isBody: UInt8 = 16
    private static let isPersonOnWeakSignsOnly: UInt8 = 32
    private static let isNamedAsAPlace: UInt8 = 64

    /// The candidate of a run of `paragraph`, its `unit`th text unit.
    init(run: Range<Int>, in paragraph: borrowing TokenizedParagraph, unit: Int) {
        let evidence = PersonEvidence.read(run: run, in: paragraph)
        role = evidence.role
        self.unit = Int32(unit)
        runStart = Int32(run.lowerBound)
        runEnd = Int32(run.upperBound)
        // Where the unit starts in its string: constant time, the string being native UTF-8.
        let unitStart = UInt32(truncatingIfNeeded: paragraph.text.base.utf8.distance(from: paragraph.text.base.startIndex, to: paragraph.text.startIndex))
        nameStart = unitStart + paragraph.tokens[run.lowerBound].start
        nameEnd = unitStart + paragraph.tokens[run.upperBound - 1].end
        workplace = evidence.workplaceToken.map { Int32($0) } ?? -1
        age = evidence.age.map { UInt8(clamping: $0) } ?? 0
        flags = (evidence.isPerson ? Self.isPerson : 0) | (evidence.isReporter ? Self.isReporter : 0)
            | (evidence.isReporterOnWeakSignsOnly ? Self.isReporterOnWeakSignsOnly : 0) | (evidence.roleIsTitle ? Self.roleIsTitle : 0)
            | (evidence.isBody ? Self.isBody : 0) | (evidence.isPersonOnWeakSignsOnly ? Self.isPersonOnWeakSignsOnly : 0)
            | (evidence.isNamedAsAPlace ? Self.isNamedAsAPlace : 0)
    }

    /// Whether the evidence shows a person.
    var isPerson: Bool { flags & Self.isPerson != 0 }

    /// Notes evidence the run's own context did not give: its surname speaks elsewhere in the
    /// post (`Lombardo said`).
    mutating func markPerson() {
        flags = flags & ~Self.isPersonOnWeakSignsOnly | Self.isPerson
    }

    /// The run's tokens in its unit.
    var run: Range<Int> { Int(runStart)..<Int(runEnd) }

    /// Token where the workplace the evidence points to starts, if it points to one.
    var workplaceToken: Int? { workplace < 0 ? nil : Int(workplace) }

    /// The evidence as read, its name (without a possessive) taken from `unitString`, the
    /// string the candidate's unit is a slice of: made from the name's bytes, with no slice of
    /// the text made first.
    func evidence(in unitString: String) -> PersonEvidence {
        // The offsets first: a closure that read them from the candidate would hold a copy of it.
        let start = Int(nameStart)
        let end = Int(nameEnd)
        var text = unitString
        let name = text.withUTF8 { bytes in
            NameRuns.withoutPossessive(UnsafeBufferPointer(rebasing: bytes[start..<min(end, bytes.count)]))
        }
        return PersonEvidence(name: name, isPerson: flags & Self.isPerson != 0, isReporter: flags & Self.isReporter != 0,
                              isReporterOnWeakSignsOnly: flags & Self.isReporterOnWeakSignsOnly != 0, age: age == 0 ? nil : Int(age),
                              role: role, roleIsTitle: flags & Self.roleIsTitle != 0, workplaceToken: workplaceToken,
                              isBody: flags & Self.isBody != 0, isPersonOnWeakSignsOnly: flags & Self.isPersonOnWeakSignsOnly != 0,
                              isNamedAsAPlace: flags & Self.isNamedAsAPlace != 0)
    }
}
