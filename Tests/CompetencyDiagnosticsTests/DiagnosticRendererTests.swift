import CompetencyDiagnostics
import CompetencyTestSupport
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

    /// Whatever the file holds, the rendered diagnostic keeps its shape (compiler line,
    /// source line, caret line, hint) and shows no control or bidirectional character that
    /// could move a terminal or reorder the line.
    @Test func randomSourcesRenderSafely() {
        var generator = SeededGenerator(seed: 43)
        for _ in 0..<500 {
            let source = (0..<3).map { _ in TrickyStrings.string(using: &generator, maxLength: 60) }.joined(
                separator: "\n")
            let renderer = DiagnosticRenderer(path: "x.yaml", source: source)
            let line = Int.random(in: 1...3, using: &generator)
            let column = Int.random(in: 1...80, using: &generator)
            let message = TrickyStrings.string(using: &generator)
            let rendered = renderer.render(
                .error("Y1", message, at: SourceLocation(line: line, column: column), hint: "try \(message)"))
            let unsafe = rendered.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }
            #expect(unsafe.isEmpty, "\(source.debugDescription) gave \(unsafe.map(\.value))")
            let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count == 4 else {
                Issue.record("\(lines.count) lines for \(source.debugDescription)")
                continue
            }
            // (Compared by scalars: a combining mark in the text joins the space before it.)
            func starts(_ line: Substring, _ prefix: String) -> Bool {
                line.unicodeScalars.starts(with: prefix.unicodeScalars)
            }
            #expect(starts(lines[0], "x.yaml:\(line):\(column): error: "))
            #expect(starts(lines[1], " \(line) | "))
            #expect(starts(lines[2], "   | ") && lines[2].hasSuffix("^"))
            #expect(starts(lines[3], "   = hint: try "))
        }
    }
}
