import CompetencyFramework
import Testing

@Suite("Code ordering agrees with equality")
struct CodeOrderTests {
    @Test func naturalOrderIgnoresCaseBetweenDifferentCodes() {
        #expect(Code("2") < Code("10"))
        #expect(Code("1B") < Code("1c"))
        #expect(Code("1a.ii") < Code("1A.III"))
    }

    @Test func codesThatDifferOnlyInCaseAreOrderedOneWay() {
        let upper = Code("1A")
        let lower = Code("1a")
        #expect(upper != lower)
        #expect(upper < lower)
        #expect(!(lower < upper))
        #expect(!(upper < upper))
    }

    @Test func sortingIsAStrictTotalOrder() {
        let codes: [Code] = ["1a", "1A", "10", "2", "1a.i", "1A.I", "1b", "1B", "1", "01"]
        let sorted = codes.sorted()
        for (index, code) in sorted.enumerated() {
            for later in sorted[(index + 1)...] {
                #expect(code < later || code == later)
                #expect(!(later < code))
            }
        }
        #expect(codes.shuffled().sorted() == sorted)
    }
}
