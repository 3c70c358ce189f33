import CompetencyFramework
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

    /// Components are numbered by roman numerals within their subdomain (the numerals
    /// themselves are checked in `CompetencyKitInternalsTests`).
    @Test func romanNumerals() {
        #expect(Code.component(at: 0, in: "1a") == Code("1a.i"))
        #expect(Code.component(at: 3, in: "1a") == Code("1a.iv"))
        #expect(Code.component(at: 13, in: "ELA-2") == Code("ELA-2.xiv"))
    }

    @Test func naturalOrder() {
        #expect(Code("2") < Code("10"))
        #expect(Code("1a") < Code("1b"))
        #expect(Code("1a.2") < Code("1a.10"))
    }
}
