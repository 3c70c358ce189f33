import CompetencyDiagnostics
import FrameworkLoading
import Testing

/// The per-descriptor warnings: the same text at two levels (F140), the stem repeated (F141)
/// and stray whitespace (F150), with few levels and with many.
@Suite struct DescriptorChecksTests {
    /// A framework of `levels` levels whose one component has `text(i)` at level i.
    static func framework(levels: Int, stem: String = "A leader will", text: (Int) -> String) -> String {
        var lines = ["id: many", "title: Many levels", "stem: \(stem)", "levels:"]
        for i in 0..<levels { lines += ["  - id: l\(i)", "    name: Level \(i)"] }
        lines += [
            "domains:", "  - code: \"1\"", "    title: D", "    subdomains:", "      - code: 1a", "        title: S",
            "        components:", "          - title: C", "            descriptors:",
        ]
        for i in 0..<levels { lines.append("              l\(i): \"\(text(i))\"") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func warnings(_ text: String, code: String) -> [String] {
        FrameworkFile.load(text: text, path: "x").diagnostics.filter { $0.code == code }.map(\.message)
    }

    @Test(arguments: [3, 31, 32, 33, 100])
    func theSameTextAtTwoLevelsNamesTheFirstLevelThatHasIt(_ levels: Int) {
        let text = Self.framework(levels: levels) { i in
            i == 1 || i == levels - 1 || i == levels / 2 + 1 ? "lead the same way" : "lead at level \(i)"
        }
        let messages = Self.warnings(text, code: "F140")
        let later = Set([levels / 2 + 1, levels - 1]).subtracting([1]).sorted()
        #expect(messages == later.map { "component 1a.i has the same descriptor at \"l1\" and \"l\($0)\"" })
    }

    @Test func canonicallyEquivalentTextsAreTheSame() {
        // "é" as one scalar and as "e" with a combining accent.
        let text = Self.framework(levels: 2) { $0 == 0 ? "lead with \u{E9}lan" : "lead with e\u{301}lan" }
        #expect(Self.warnings(text, code: "F140").count == 1)
    }

    @Test func aDescriptorStartingWithTheStemIsReportedWhateverItsCase() {
        let text = Self.framework(levels: 3) { i in
            ["A LEADER WILL lead.", "a leader willingly leads.", "İn the end, lead."][i]
        }
        #expect(
            Self.warnings(text, code: "F141") == [
                "the descriptor at \"l0\" in component 1a.i begins with the stem \"A leader will\""
            ])
        let dotted = Self.framework(levels: 2, stem: "İn") { ["i̇n time, lead.", "İN TIME, lead."][$0] }
        #expect(Self.warnings(dotted, code: "F141").count == 2)
    }

    @Test func strayWhitespaceIsFoundInAnyText() {
        let text = Self.framework(levels: 4) { ["two  spaces", "a\ttab", "\u{E9}t\u{E9}  too", "fine \u{E9}"][$0] }
        let messages = Self.warnings(text, code: "F150")
        #expect(messages.count == 3)
        #expect(messages.filter { $0.hasSuffix("has two spaces in a row") }.count == 2)
        #expect(messages.filter { $0.hasSuffix("contains a tab") }.count == 1)
    }
}
