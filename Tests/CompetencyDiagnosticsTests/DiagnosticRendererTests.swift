import CompetencyDiagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    let diagnostic = Diagnostic.error(
        "F101", "unknown key \"titel\"", at: SourceLocation(line: 2, column: 3), hint: "did you mean \"title\"?")

    @Test func compilerForm() {
        #expect(
            diagnostic.formatted(path: "/a/b.framework.yaml")
                == "/a/b.framework.yaml:2:3: error: unknown key \"titel\" [F101]")
        #expect(diagnostic.description == "2:3: error: unknown key \"titel\" [F101]")
    }

    @Test func humanFormEchoesTheLineWithACaret() {
        let renderer = DiagnosticRenderer(path: "x.yaml", source: "id: x\n  titel: y\n")
        #expect(
            renderer.render(diagnostic) == """
                x.yaml:2:3: error: unknown key "titel" [F101]
                 2 |   titel: y
                   |   ^
                   = hint: did you mean "title"?
                """)
    }

    @Test func caretCountsUnicodeScalarsAndControlCharactersCannotMoveTheTerminal() {
        let renderer = DiagnosticRenderer(path: "x", source: "é\u{1B}[2Jx: 1\n")
        let rendered = renderer.render(.warning("Y1", "m", at: SourceLocation(line: 1, column: 6)))
        #expect(rendered.contains(" 1 | é?[2Jx: 1\n   |      ^"))
    }

    @Test func veryLongLinesAreCutAroundTheCaret() {
        let line = String(repeating: "a", count: 10_000) + "X" + String(repeating: "b", count: 10_000)
        let rendered = DiagnosticRenderer(path: "x", source: line)
            .render(.error("Y1", "m", at: SourceLocation(line: 1, column: 10_001)))
        let echo = rendered.split(separator: "\n")[1]
        #expect(echo.count < 200)
        #expect(echo.contains("X"))
    }

    @Test func locationsOutsideTheFileStillRender() {
        let rendered = DiagnosticRenderer(path: "x", source: "").render(diagnostic)
        #expect(rendered.hasPrefix("x:2:3: error:"))
    }

    @Test func sortingPutsSourceOrderFirstAndErrorsBeforeWarnings() {
        let a = Diagnostic.warning("W", "w", at: SourceLocation(line: 1, column: 1))
        let b = Diagnostic.error("E", "e", at: SourceLocation(line: 1, column: 1))
        let c = Diagnostic.error("E", "e", at: SourceLocation(line: 0, column: 5))
        #expect([a, b, c].sortedBySource().map(\.code) == ["E", "E", "W"])
        #expect([a, b].containsErrors)
        #expect(![a].containsErrors)
    }
}
