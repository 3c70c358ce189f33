import CompetencyCompiler
import CompetencyFramework
import Foundation
import FrameworkCodeGen
import Testing

@Suite struct NamingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func generated(_ name: String) throws -> String {
        try #require(
            FrameworkCompilation(path: Self.fixtures.appendingPathComponent("golden/\(name).framework.yaml").path)
                .source)
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
        let path = Self.fixtures.appendingPathComponent("invalid/symbol-clash.framework.yaml").path
        let compilation = FrameworkCompilation(path: path)
        #expect(compilation.source == nil)
        #expect(compilation.diagnostics.map(\.code) == ["G102"])
        #expect(compilation.diagnostics.first?.location.line == 24)
    }

    @Test func clashingTitlesAreResolvedByLengtheningThenByCode() {
        var framework = Framework(
            metadata: FrameworkMetadata(id: "x", title: "X"),
            levels: [ProficiencyLevel(id: "only", name: "Only")],
            domains: [
                Domain(
                    code: "1", title: "D",
                    subdomains: [
                        Subdomain(
                            code: "1a", title: "S",
                            components: [
                                Component(
                                    code: "1a.i", title: "Same title",
                                    descriptors: [LevelDescriptor(level: "only", .text("a"))]),
                                Component(
                                    code: "1a.ii", title: "Same title",
                                    descriptors: [LevelDescriptor(level: "only", .text("b"))]),
                                Component(
                                    code: "1a.iii", title: "Same title",
                                    descriptors: [LevelDescriptor(level: "only", .text("c"))]),
                            ])
                    ])
            ])
        framework.metadata.title = "class"
        let output = SwiftGenerator(sourceFileName: "x").generate(framework)
        #expect(output.diagnostics.isEmpty)
        #expect(output.source.contains("case sameTitle = 0"))
        #expect(output.source.contains("case sameTitle_Component1aIi = 1"))
        #expect(output.source.contains("case sameTitle_Component1aIii = 2"))
        #expect(output.source.contains("public enum Class: "))
    }
}
