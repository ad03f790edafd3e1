/// A place in a paragraph where a known person or reporter is named, in full or in part.
struct NamedMention: Equatable, Sendable {
    var tokens: Range<Int>
    /// The full name it resolves to.
    var name: String
    var isReporter: Bool
}
