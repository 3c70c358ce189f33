import CompetencyDiagnostics
import CompetencyTestSupport
import Testing

@testable import YAMLLite

/// The fixture corpus: valid files against PyYAML's reading of them, invalid files against
/// the manifest of the diagnostic each must produce.
@Suite struct FixtureTests {
    static let validNames = fixtures.names(in: "valid")

    @Test func corpusIsComplete() {
        #expect(Self.validNames.count >= 30)
        #expect(fixtures.names(in: "invalid").count >= 35)
    }

    @Test(arguments: validNames)
    func validFixtureMatchesPyYAML(name: String) throws {
        let result = YAMLLite.parse(try fixtures.bytes("valid/\(name).yaml"))
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let expected = String(decoding: try fixtures.bytes("valid/\(name).json"), as: UTF8.self)
        let actual = (result.document.root?.pythonJSON ?? "null") + "\n"
        #expect(actual == expected)
    }

    static let expectations = DiagnosticExpectation.read(fixtures.url("invalid/expectations.txt"))

    @Test func everyInvalidFixtureHasAnExpectation() {
        let listed = Set(Self.expectations.map(\.file))
        let files = Set(fixtures.files(in: "invalid").map(\.lastPathComponent))
        #expect(listed == files)
    }

    @Test(arguments: expectations)
    func invalidFixtureProducesItsDiagnostic(expectation: DiagnosticExpectation) throws {
        let result = YAMLLite.parse(try fixtures.bytes("invalid/\(expectation.file)"))
        let found = result.diagnostics.contains(where: expectation.isMet)
        #expect(found, "got \(result.diagnostics.map(\.description))")
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            #expect(!diagnostic.message.isEmpty)
        }
    }

    @Test func everyRuleHasAnInvalidFixture() {
        let covered = Set(Self.expectations.map(\.code))
        let missing = YAMLLiteRule.allCases.map(\.code).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a fixture: \(missing)")
    }
}
