import CompetencyDiagnostics
import Foundation
import Testing

@testable import YAMLLite

/// The fixture corpus: valid files against PyYAML's reading of them, invalid files against
/// the manifest of the diagnostic each must produce.
@Suite struct FixtureTests {
    static let validNames = (try? Fixtures.names(in: "valid")) ?? []

    @Test func corpusIsComplete() throws {
        #expect(Self.validNames.count >= 30)
        #expect(try Fixtures.names(in: "invalid").count >= 35)
    }

    @Test(arguments: validNames)
    func validFixtureMatchesPyYAML(name: String) throws {
        let result = YAMLLite.parse(try Fixtures.bytes("valid", name + ".yaml"))
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let expected = String(decoding: try Fixtures.bytes("valid", name + ".json"), as: UTF8.self)
        let actual = (result.document.root?.pythonJSON ?? "null") + "\n"
        #expect(actual == expected)
    }

    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var code: String
        var line: Int
        var column: Int
        var testDescription: String { "\(file) \(code) \(line):\(column)" }
    }

    static let expectations: [Expectation] = {
        guard let bytes = try? Fixtures.bytes("invalid", "expectations.txt") else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: " ")
            guard fields.count == 3 else { return nil }
            let position = fields[2].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { return nil }
            return Expectation(
                file: String(fields[0]), code: String(fields[1]), line: position[0], column: position[1])
        }
    }()

    @Test func everyInvalidFixtureHasAnExpectation() throws {
        let listed = Set(Self.expectations.map(\.file))
        let files = Set(try Fixtures.names(in: "invalid").map { $0 + ".yaml" })
        #expect(listed == files)
    }

    @Test(arguments: expectations)
    func invalidFixtureProducesItsDiagnostic(expectation: Expectation) throws {
        let result = YAMLLite.parse(try Fixtures.bytes("invalid", expectation.file))
        let found = result.diagnostics.contains {
            $0.code == expectation.code && $0.location.line == expectation.line
                && $0.location.column == expectation.column
        }
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
