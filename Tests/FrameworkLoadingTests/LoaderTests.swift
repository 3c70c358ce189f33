import CompetencyDiagnostics
import CompetencyFramework
import FrameworkLoading
import Testing

@Suite struct LoaderTests {
    static let minimal = """
        id: sample
        title: Sample
        stem: A teacher will
        levels:
          - id: emerging
            name: Emerging
          - id: secure
            name: Secure
        domains:
          - code: "1"
            title: Planning
            subdomains:
              - code: 1a
                title: Lesson design
                components:
                  - title: Sequence learning
                    descriptors:
                      secure: sequence lessons independently.
                      emerging: sequence lessons with support.
                  - title: Check understanding
                    descriptors:
                      emerging: ask questions.
                    gaps:
                      secure: the source has no text for this level
        """

    @Test func loadsTheModel() throws {
        let file = FrameworkFile.load(text: Self.minimal, path: "sample.framework.yaml")
        #expect(file.diagnostics.isEmpty)
        let framework = try #require(file.framework)
        #expect(framework.metadata.stem == "A teacher will")
        #expect(framework.levels.map(\.id) == ["emerging", "secure"])
        let first = framework.components[0]
        #expect(first.code == "1a.i", "codes default to subdomain + roman numeral")
        #expect(first.descriptors.map(\.level) == ["emerging", "secure"], "descriptors follow level order")
        #expect(framework.components[1].code == "1a.ii")
        #expect(
            framework.components[1].descriptor(at: "secure") == .gap(reason: "the source has no text for this level"))
    }

    @Test func everyScalarIsText() throws {
        let text = Self.minimal.replacingOccurrences(of: "title: Sample\n", with: "title: no\nversion: 1.0\n")
        let framework = try #require(FrameworkFile.load(text: text, path: "x").framework)
        #expect(framework.metadata.title == "no")
        #expect(framework.metadata.version == "1.0")
    }

    @Test func reportsEveryProblemInOneRun() {
        let text = Self.minimal
            .replacingOccurrences(of: "title: Sample\n", with: "titel: Sample\n")
            .replacingOccurrences(
                of: "secure: sequence lessons independently.", with: "expert: sequence lessons independently.")
        let file = FrameworkFile.load(text: text, path: "x")
        #expect(Set(file.diagnostics.map(\.code)).isSuperset(of: ["F101", "F102", "F132", "F130"]))
        #expect(file.framework == nil)
    }

    @Test func warningsDoNotStopLoading() {
        let text = Self.minimal.replacingOccurrences(of: "ask questions.", with: "ask  questions.")
        let file = FrameworkFile.load(text: text, path: "x")
        #expect(file.diagnostics.map(\.code) == ["F150"])
        #expect(file.framework != nil)
    }

    @Test func renderingShowsTheLineAndACaret() throws {
        let text = Self.minimal.replacingOccurrences(of: "title: Sample\n", with: "title: Sample\nautor: Me\n")
        let file = FrameworkFile.load(text: text, path: "sample.framework.yaml")
        let diagnostic = try #require(file.diagnostics.first)
        #expect(
            diagnostic.formatted(path: "sample.framework.yaml")
                == "sample.framework.yaml:3:1: error: unknown key \"autor\" in the framework [F101]")
        let rendered = file.render(diagnostic)
        #expect(rendered.contains(" 3 | autor: Me\n   | ^\n"))
        #expect(rendered.contains("   = hint: "))
    }

    @Test func missingFileIsADiagnosticNotACrash() {
        let file = FrameworkFile.load(path: "/nonexistent/x.framework.yaml")
        #expect(file.diagnostics.map(\.code) == ["F001"])
    }

    @Test func syntaxErrorsStopBeforeFrameworkRules() {
        let file = FrameworkFile.load(text: "id: [a, b]\n", path: "x")
        #expect(file.diagnostics.allSatisfy { $0.code.hasPrefix("Y") })
        #expect(file.hasErrors)
    }

    @Test func hugeAndHostileInputsGetDiagnostics() {
        let deep = (0..<10_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(FrameworkFile.load(text: deep, path: "x").hasErrors)
        #expect(FrameworkFile.load(bytes: [0xFF, 0xFE, 0x00, 0x01], path: "x").hasErrors)
        #expect(FrameworkFile.load(text: "", path: "x").diagnostics.map(\.code) == ["F100"])
        #expect(FrameworkFile.load(text: "# only a comment\n", path: "x").diagnostics.map(\.code) == ["F100"])
    }
}
