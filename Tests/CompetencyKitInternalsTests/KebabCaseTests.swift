import CompetencyKitInternals
import CompetencyTestSupport
import Testing

/// The spelling of framework and level ids.
@Suite struct KebabCaseTests {
    @Test(arguments: ["leadership-toolkit", "high-impact", "a", "a1-2b", "2026", "level-10"])
    func valid(_ text: String) {
        #expect(KebabCase.isValid(text))
    }

    @Test(arguments: ["", "-", "-a", "a-", "a--b", "A", "High-impact", "a_b", "a b", "a.b", "café", "ａ", "a\n"])
    func invalid(_ text: String) {
        #expect(!KebabCase.isValid(text))
    }

    @Test(arguments: [
        ("High impact", "high-impact"), ("  Leading  People!! ", "leading-people"), ("Level 2", "level-2"),
        ("already-kebab", "already-kebab"), ("Café au lait", "caf-au-lait"), ("snake_case_id", "snake-case-id"),
        ("日本", "fallback"), ("---", "fallback"), ("", "fallback"),
    ])
    func from(_ text: String, _ expected: String) {
        #expect(KebabCase.from(text, fallback: "fallback") == expected)
    }

    /// Whatever the text, the id made from it is valid.
    @Test func madeIdsAreAlwaysValid() {
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<1_000 {
            let text = TrickyStrings.string(using: &generator)
            let id = KebabCase.from(text, fallback: "x")
            #expect(KebabCase.isValid(id), "\(text.debugDescription) gave \(id)")
        }
    }
}
