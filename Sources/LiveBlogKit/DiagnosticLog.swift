/// Collects diagnostics of one kind, keeping the first `limit` in full and counting the rest
/// into one closing note: a hostile blog (a million posts out of order) must not cost a
/// message per post, and no reader wants to scroll through a million of them.
struct DiagnosticLog {
    let kind: Diagnostic.Kind
    var limit = 100
    private(set) var notes: [Diagnostic] = []
    private var dropped = 0

    init(kind: Diagnostic.Kind, limit: Int = 100) {
        self.kind = kind
        self.limit = limit
    }

    /// Notes one occurrence; the message is only made for the first `limit`.
    mutating func note(line: Int?, _ message: @autoclosure () -> String) {
        guard notes.count < limit else {
            dropped += 1
            return
        }
        notes.append(Diagnostic(kind: kind, line: line, message: message()))
    }

    /// The notes kept, then one saying how many more there were.
    var all: [Diagnostic] {
        dropped == 0 ? notes : notes + [Diagnostic(kind: kind, line: nil, message: "… and \(dropped) more like these")]
    }
}
