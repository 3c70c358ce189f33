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
        try Self.expect(try #require(compilation.source), matches: golden)
    }

    /// Compares `source` with the golden file, first rewriting it when `RECORD_GOLDEN` is set.
    static func expect(_ source: String, matches golden: URL) throws {
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try source.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(
            source == expected,
            "generated Swift differs from \(golden.lastPathComponent); rerun with RECORD_GOLDEN=1 and review the diff")
    }

    /// The same fixture split into three files: the framework type and data, then each
    /// domain's component enums in an extension, one subdomain per file here.
    @Test func splitOutputMatchesGoldenFile() throws {
        let input = Self.directory.appendingPathComponent("Reading.framework.yaml")
        let golden = Self.directory.appendingPathComponent("Reading.3-parts.swift.golden")
        let files = try #require(FrameworkCompilation(path: input.path, parts: 3).files)
        #expect(files.count == 3)
        #expect(files[1].contains("// Part 2 of 3.") && files[2].contains("// Part 3 of 3."))
        try Self.expect(files.joined(), matches: golden)
    }

    @Test func outputIsDeterministic() throws {
        let input = Self.directory.appendingPathComponent("Reading.framework.yaml").path
        let first = try #require(FrameworkCompilation(path: input).source)
        let second = try #require(FrameworkCompilation(path: input).source)
        #expect(first == second)
    }
}
