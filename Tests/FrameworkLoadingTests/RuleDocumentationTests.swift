import CompetencyTestSupport
import FrameworkLoading
import Testing

/// `docs/diagnostics.md` is where authors look a code up, so it must say what the code says.
@Suite struct RuleDocumentationTests {
    @Test("docs/diagnostics.md lists every framework rule with its severity and summary")
    func everyRuleIsDocumented() throws {
        let page = try Repository.text("docs/diagnostics.md")
        for rule in FrameworkRule.allCases {
            let row = "| `\(rule.rawValue)` | \(rule.severity.rawValue) | \(rule.summary) |"
            #expect(page.contains(row), "missing or different: \(row)")
        }
        let codes = page.matches(of: /`(F\d{3})`/).map { String($0.output.1) }
        #expect(Set(codes) == Set(FrameworkRule.allCases.map(\.rawValue)))
    }
}
