import Testing
import TestSupport
@testable import LiveBlogKit

/// `FirstMet` searches its values linearly while few and through a table once many: both must
/// give what a plain list of distinct values in order gives.
@Suite struct FirstMetTests {
    @Test(arguments: [3, 20, 200])
    func placesAreThoseOfAPlainListAcrossTheSwitchToATable(distinct: Int) {
        var random = SplitMix(state: UInt64(distinct))
        var met = FirstMet<Int>()
        var plain: [Int] = []
        for _ in 0..<1000 {
            let value = Int.random(in: 0..<distinct, using: &random)
            let expectedPlace = plain.firstIndex(of: value)
            #expect(met.place(of: value) == expectedPlace)
            let result = met.meet(value)
            if expectedPlace == nil { plain.append(value) }
            #expect(result.place == plain.firstIndex(of: value))
            #expect(result.isNew == (expectedPlace == nil))
        }
        #expect(met.elements == plain)
        #expect(met.place(of: distinct) == nil)
    }
}
