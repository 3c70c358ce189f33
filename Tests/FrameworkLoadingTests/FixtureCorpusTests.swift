import CompetencyDiagnostics
import CompetencyTestSupport
import FrameworkLoading
import Testing

/// The invalid-file corpus: each file in `Fixtures/invalid` must produce the diagnostic that
/// `expectations.txt` names (rule code and line:column), and must not load.
@Suite struct FixtureCorpusTests {
    static let expectations = DiagnosticExpectation.read(fixtures.url("invalid/expectations.txt"))

    @Test func everyInvalidFixtureHasAnExpectation() {
        let files = fixtures.files(in: "invalid").map(\.lastPathComponent)
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
        #expect(files.count >= 40)
    }

    @Test(arguments: expectations)
    func invalidFixtureProducesItsDiagnostic(_ expectation: DiagnosticExpectation) {
        let file = FrameworkFile.load(path: fixtures.path("invalid/\(expectation.file)"))
        let match = file.diagnostics.first(where: expectation.isMet)
        #expect(match != nil, "got: \(file.diagnostics.map(\.description))")
        if match?.severity == .error {
            #expect(file.framework == nil)
        }
    }

    @Test func validFixturesLoadCleanly() {
        let files = fixtures.files(in: "valid")
        #expect(!files.isEmpty)
        for url in files {
            let file = FrameworkFile.load(path: url.path)
            #expect(file.diagnostics.isEmpty, "\(url.lastPathComponent): \(file.diagnostics.map(\.description))")
            #expect(file.framework != nil, "\(url.lastPathComponent)")
        }
    }
}
