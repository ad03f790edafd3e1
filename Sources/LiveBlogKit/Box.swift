/// An immutable value shared by the copies of a post: replaced whole, never changed in place.
final class Box<Value: Equatable & Sendable>: Equatable, Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: Box, rhs: Box) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }
}
