import CompetencyKitInternals
import Testing

/// The numerals that number components within a subdomain (`1a.iv`).
@Suite struct RomanNumeralTests {
    @Test func firstTen() {
        #expect((1...10).map(RomanNumeral.lowercase) == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"])
    }

    @Test(arguments: [
        (14, "xiv"), (19, "xix"), (40, "xl"), (49, "xlix"), (90, "xc"), (400, "cd"), (444, "cdxliv"), (1994, "mcmxciv"),
        (2026, "mmxxvi"), (3999, "mmmcmxcix"),
    ])
    func subtractiveForms(_ number: Int, _ expected: String) {
        #expect(RomanNumeral.lowercase(number) == expected)
    }

    @Test func numbersBelowOneAreZero() {
        #expect(RomanNumeral.lowercase(0) == "0")
        #expect(RomanNumeral.lowercase(-5) == "0")
    }

    /// No two numbers share a numeral, so no two generated component codes clash.
    @Test func numeralsAreDistinct() {
        let numerals = (1...3999).map(RomanNumeral.lowercase)
        #expect(Set(numerals).count == numerals.count)
    }
}
