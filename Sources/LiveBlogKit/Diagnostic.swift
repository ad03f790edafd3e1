/// A note about input the parser could not place with certainty, with the line it concerns.
public struct Diagnostic: Equatable, Sendable, Codable {
    /// What kind of oddity this is.
    public enum Kind: String, Sendable, Codable {
        /// No line of the input was a time line, so the blog has no posts.
        case noTimeLines
        /// The input was not valid UTF-8 and was repaired with U+FFFD.
        case invalidUTF8
        /// The input was UTF-16 or Windows-1252, or its lines ended in carriage returns
        /// alone, and was read as such.
        case otherEncoding
        /// A quote was still open when its post ended.
        case unclosedQuote
        /// Times went forward while reading down a newest-first blog.
        case outOfOrderTime
    }

    public var kind: Kind
    /// 1-based line number in the input, when the note concerns one line.
    public var line: Int?
    public var message: String

    public init(kind: Kind, line: Int?, message: String) {
        self.kind = kind
        self.line = line
        self.message = message
    }
}
