import CompetencyTestSupport
import Foundation
import Testing

@testable import YAMLLite

/// Keeps `docs/diagnostics-yaml.md` and ``YAMLLiteRule`` in step: every code documented
/// once, with the right severity, and nothing documented that does not exist.
@Suite struct RuleDocumentationTests {
    @Test func everyRuleIsDocumentedWithItsSeverity() throws {
        let page = try Repository.text("docs/diagnostics-yaml.md")
        var documented: [String: String] = [:]
        for line in page.split(separator: "\n") where line.hasPrefix("| `Y") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            let code = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            #expect(documented[code] == nil, "\(code) is documented twice")
            documented[code] = cells[1]
        }
        for rule in YAMLLiteRule.allCases {
            #expect(documented[rule.code] == rule.severity.rawValue, "\(rule.code)")
        }
        #expect(documented.count == YAMLLiteRule.allCases.count)
    }
}
