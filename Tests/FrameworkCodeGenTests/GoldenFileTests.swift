import CompetencyCompiler
import Foundation
import Testing

/// The generator's output for small fixtures, compared with checked-in golden files.
///
/// After an intended change to the generated code, run the tests with `RECORD_GOLDEN=1` to
/// rewrite the golden files, and review the diff.
@Suite struct GoldenFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    @Test(arguments: ["Reading"])
    func generatedSwiftMatchesGoldenFile(_ name: String) throws {
        let input = Self.directory.appendingPathComponent("\(name).framework.yaml")
        let golden = Self.directory.appendingPathComponent("\(name).swift.golden")
        let compilation = FrameworkCompilation(path: input.path)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.description))")
        let source = try #require(compilation.source)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try source.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(
            source == expected,
            "generated Swift differs from \(golden.lastPathComponent); rerun with RECORD_GOLDEN=1 and review the diff")
    }

    @Test func outputIsDeterministic() throws {
        let input = Self.directory.appendingPathComponent("Reading.framework.yaml").path
        let first = try #require(FrameworkCompilation(path: input).source)
        let second = try #require(FrameworkCompilation(path: input).source)
        #expect(first == second)
    }
}
