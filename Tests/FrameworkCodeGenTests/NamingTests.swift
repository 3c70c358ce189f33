import CompetencyCompiler
import CompetencyFramework
import CompetencyTestSupport
import FrameworkCodeGen
import Testing

@Suite struct NamingTests {
    func generated(_ name: String) throws -> String {
        try #require(FrameworkCompilation(path: fixtures.path("golden/\(name).framework.yaml")).source)
    }

    @Test func namesAreReadableAndValid() throws {
        let source = try generated("Reading")
        #expect(source.contains("public enum ReadingForPleasure: CompetencyFramework.TypedFramework"))
        #expect(source.contains("case developing = 0"))
        #expect(source.contains("case keepBookCornerPupilsWant = 0"), "long titles drop minor words")
        #expect(source.contains("case talkAboutBooks = 1"))
        #expect(
            source.contains("case componentSt21CenturyReading")
                || source.contains("case component21stCenturyReading = 0"))
        #expect(source.contains("case educationLecture = 1"), "an explicit symbol wins")
        #expect(source.contains("public enum DefaultDomain") || source.contains("public enum Default "))
    }

    @Test func unresolvableSymbolClashIsReportedAtTheSymbol() {
        let compilation = FrameworkCompilation(path: fixtures.path("invalid/symbol-clash.framework.yaml"))
        #expect(compilation.source == nil)
        #expect(compilation.diagnostics.map(\.code) == ["G102"])
        #expect(compilation.diagnostics.first?.location.line == 24)
    }

    @Test func clashingTitlesAreResolvedByLengtheningThenByCode() throws {
        let framework = try FrameworkYAML.load(
            """
            id: x
            title: class
            levels:
              - id: only
                name: Only
            domains:
              - code: "1"
                title: D
                subdomains:
                  - code: 1a
                    title: S
                    components:
                      - title: Same title
                        descriptors:
                          only: a
                      - title: Same title
                        descriptors:
                          only: b
                      - title: Same title
                        descriptors:
                          only: c
            """, path: "x.framework.yaml")
        let output = SwiftGenerator(sourceFileName: "x").generate(framework)
        #expect(output.diagnostics.isEmpty)
        #expect(output.source.contains("case sameTitle = 0"))
        #expect(output.source.contains("case sameTitle_Component1aIi = 1"))
        #expect(output.source.contains("case sameTitle_Component1aIii = 2"))
        #expect(output.source.contains("public enum Class: "))
    }
}
