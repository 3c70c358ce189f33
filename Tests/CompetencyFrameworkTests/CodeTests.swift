import CompetencyFramework
import CompetencyKitInternals
import Testing

@Suite struct CodeTests {
    @Test(arguments: ["2a.iii", "2A.III", "2a-iii", "2A-III", " 2a.iii "])
    func lookupIgnoresCaseAndSeparators(_ text: String) {
        #expect(Code("2a.iii").matches(text))
    }

    @Test func differentCodesDoNotMatch() {
        #expect(!Code("2a.iii").matches("2a.ii"))
    }

    @Test(arguments: [
        ("1", true), ("1a.iii", true), ("ELA-2.3", true), ("1a..i", false), ("1a i", false), ("", false), (".1", false),
        ("1.", false), ("1ä", false),
    ])
    func wellFormedCodes(_ text: String, _ expected: Bool) {
        #expect(Code(text).isWellFormed == expected)
    }

    @Test func romanNumerals() {
        #expect((1...10).map(RomanNumeral.lowercase) == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"])
        #expect(RomanNumeral.lowercase(1994) == "mcmxciv")
        #expect(Code.component(at: 3, in: "1a") == Code("1a.iv"))
    }

    @Test func naturalOrder() {
        #expect(Code("2") < Code("10"))
        #expect(Code("1a") < Code("1b"))
        #expect(Code("1a.2") < Code("1a.10"))
    }
}
