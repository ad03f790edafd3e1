import Testing
@testable import LiveBlogKit

/// Names are looked up by their bytes as written: found whole and exact, never by a prefix,
/// and told apart where only their case differs (which their keys do not tell).
@Suite struct NameTableTests {
    static let table = NameTable<Int>([("Jeremy Hunt", 1), ("Hunt", 2), ("HUNT", 3), ("Zoë Ní Bhriain", 4), ("", 5)])

    func lookUp(_ name: String) -> Int? {
        Array(name.utf8).withUnsafeBufferPointer { Self.table.entry(named: $0)?.value }
    }

    @Test func eachNameIsFoundAsWritten() {
        #expect(lookUp("Jeremy Hunt") == 1)
        #expect(lookUp("Hunt") == 2)
        #expect(lookUp("HUNT") == 3)
        #expect(lookUp("Zoë Ní Bhriain") == 4)
        #expect(lookUp("") == 5)
        #expect(Self.table["Jeremy Hunt"] == 1)
    }

    @Test func otherTextIsNotFound() {
        #expect(lookUp("hunt") == nil)
        #expect(lookUp("Jeremy") == nil)
        #expect(lookUp("Jeremy Hunt’s") == nil)
        #expect(lookUp("Zoe Ni Bhriain") == nil)
    }

    @Test func theNameIsHandedBackAsTheTableHoldsIt() {
        let found = Array("Hunt".utf8).withUnsafeBufferPointer { Self.table.entry(named: $0) }
        #expect(found?.name == "Hunt" && found?.value == 2)
    }

    /// A table far fuller than the few names above, every name found and none other.
    @Test func aLargeTableFindsEveryName() {
        let names = (0..<5000).map { "Person \($0)" }
        let large = NameTable(names.enumerated().map { ($1, $0) })
        for (number, name) in names.enumerated() { #expect(large[name] == number) }
        #expect(large["Person 5000"] == nil)
    }
}
