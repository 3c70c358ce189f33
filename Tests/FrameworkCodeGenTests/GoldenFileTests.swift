import CompetencyCompiler
import CompetencyTestSupport
import Testing

/// The generator's output for small fixtures, compared with the golden files checked in
/// beside them in `Fixtures/golden`.
///
/// After an intended change to the generated code, run the tests with
/// `UPDATE_GOLDEN_FILES=1` to rewrite the golden files, and review the diff.
@Suite struct GoldenFileTests {
    @Test(arguments: ["Reading"])
    func generatedSwiftMatchesGoldenFile(_ name: String) throws {
        let compilation = FrameworkCompilation(path: fixtures.path("golden/\(name).framework.yaml"))
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.description))")
        try fixtures.expectGolden(try #require(compilation.source), "golden/\(name).swift.golden")
    }

    /// The same fixture split into three files: the framework type and data, then each
    /// domain's component enums in an extension, one subdomain per file here.
    @Test func splitOutputMatchesGoldenFile() throws {
        let input = fixtures.path("golden/Reading.framework.yaml")
        let files = try #require(FrameworkCompilation(path: input, parts: 3).files)
        #expect(files.count == 3)
        #expect(files[1].contains("// Part 2 of 3.") && files[2].contains("// Part 3 of 3."))
        try fixtures.expectGolden(files.joined(), "golden/Reading.3-parts.swift.golden")
    }

    @Test func outputIsDeterministic() throws {
        let input = fixtures.path("golden/Reading.framework.yaml")
        let first = try #require(FrameworkCompilation(path: input).source)
        let second = try #require(FrameworkCompilation(path: input).source)
        #expect(first == second)
    }
}
