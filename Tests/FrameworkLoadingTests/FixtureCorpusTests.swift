import CompetencyDiagnostics
import Foundation
import FrameworkLoading
import Testing

/// The invalid-file corpus: each file in `Fixtures/invalid` must produce the diagnostic that
/// `expectations.txt` names (rule code and line:column), and must not load.
@Suite struct FixtureCorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var code: String
        var line: Int
        var column: Int
        var testDescription: String { "\(file) \(code) \(line):\(column)" }
    }

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static let expectations: [Expectation] = {
        let manifest = fixtures.appendingPathComponent("invalid/expectations.txt")
        let text = (try? String(contentsOf: manifest, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 3, !line.hasPrefix("#") else { return nil }
            let position = fields[2].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { return nil }
            return Expectation(file: String(fields[0]), code: String(fields[1]), line: position[0], column: position[1])
        }
    }()

    @Test func everyInvalidFixtureHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: Self.fixtures.appendingPathComponent("invalid").path
        )
        .filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
        #expect(files.count >= 40)
    }

    @Test(arguments: expectations)
    func invalidFixtureProducesItsDiagnostic(_ expectation: Expectation) {
        let path = Self.fixtures.appendingPathComponent("invalid/\(expectation.file)").path
        let file = FrameworkFile.load(path: path)
        let match = file.diagnostics.first {
            $0.code == expectation.code && $0.location.line == expectation.line
                && $0.location.column == expectation.column
        }
        #expect(match != nil, "got: \(file.diagnostics.map(\.description))")
        if match?.severity == .error {
            #expect(file.framework == nil)
        }
    }

    @Test func validFixturesLoadCleanly() throws {
        let directory = Self.fixtures.appendingPathComponent("valid")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".yaml") {
            let file = FrameworkFile.load(path: directory.appendingPathComponent(name).path)
            #expect(file.diagnostics.isEmpty, "\(name): \(file.diagnostics.map(\.description))")
            #expect(file.framework != nil, "\(name)")
        }
    }
}
