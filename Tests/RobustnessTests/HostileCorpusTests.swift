import CompetencyDiagnostics
import CompetencyTestSupport
import Foundation
import FrameworkLoading
import Testing

/// The adversarial corpus: every hostile file gets its documented diagnostic, and no file in
/// any corpus breaks an invariant of the pipeline (the checks the fuzzer makes).
@Suite struct HostileCorpusTests {
    static let expectations = DiagnosticExpectation.read(fixtures.url("hostile/expectations.txt"))

    @Test func everyHostileFixtureHasAnExpectation() {
        let files = Set(fixtures.files(in: "hostile").map(\.lastPathComponent))
        #expect(files == Set(Self.expectations.map(\.file)))
        #expect(files.count >= 100)
    }

    @Test func theCorporaHoldAtLeastSixtyHostileFiles() {
        #expect(Corpora.everyHostileFile.count >= 60)
    }

    /// Between them the corpora exercise every rule code the documentation lists, except
    /// F001 (a file that cannot be read is not a file's content).
    @Test func theCorporaProduceEveryDocumentedCode() {
        var seen: Set<String> = []
        for url in Corpora.everyHostileFile {
            seen.formUnion(compilerDiagnostics(url).diagnostics.map(\.code))
        }
        #expect(PipelineCheck.documentedCodes.subtracting(seen) == ["F001"])
        #expect(seen.subtracting(PipelineCheck.documentedCodes).isEmpty)
    }

    @Test(arguments: expectations)
    func hostileFixtureProducesItsDiagnostic(_ expectation: DiagnosticExpectation) {
        let (file, diagnostics, source) = compilerDiagnostics(fixtures.url("hostile/\(expectation.file)"))
        let match = diagnostics.first(where: expectation.isMet)
        #expect(match != nil, "got: \(diagnostics.prefix(8).map(\.description))")
        if match?.severity == .error {
            #expect(file.framework == nil || source == nil, "an error, yet the file compiled")
        }
    }

    /// The fuzzer's invariants, on every malformed file of every corpus, on this target's
    /// files that must load, and on every finding the fuzzer made.
    @Test(arguments: Corpora.everyHostileFile + fixtures.files(in: "loads"))
    func pipelineInvariantsHold(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        let problems = PipelineCheck.file(bytes, path: url.lastPathComponent)
        #expect(problems.isEmpty, "\(url.lastPathComponent): \(problems.prefix(5))")
    }

    @Test(arguments: fixtures.files(in: "loads"))
    func hostileTextThatIsFineLoadsAndCompiles(_ url: URL) {
        let (file, diagnostics, source) = compilerDiagnostics(url)
        #expect(file.framework != nil, "\(diagnostics.filter { $0.severity == .error }.map(\.description))")
        #expect(source?.isEmpty == false)
    }

    /// What `docs/diagnostics.md` says about text pasted from word processors.
    @Test func wordProcessorTextIsKeptExactly() throws {
        let file = FrameworkFile.load(path: fixtures.path("loads/smart-quotes-plain.framework.yaml"))
        let framework = try #require(file.framework)
        #expect(
            framework.metadata.title.unicodeScalars.elementsEqual(
                "\u{201C}Sample\u{201D} Framework \u{2014} teacher\u{2019}s edition\u{2026}".unicodeScalars))
        #expect(file.diagnostics.isEmpty)
    }
}
