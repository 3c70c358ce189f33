import CompetencyReflection
import CompetencyTestSupport
import Testing

/// The plain-text report and comparison a terminal shows.
@Suite struct ReflectionTextTests {
    /// The report a reflection file's `text` makes, rendered.
    static func render(_ text: String) throws -> String {
        ReflectionText.render(try RenderingSamples.report(text))
    }

    @Test func focusedReportMatchesItsGoldenFile() throws {
        try fixtures.expectGolden(
            try Self.render(RenderingSamples.focusedText), "golden/focused.txt")
    }

    @Test func comparisonMatchesItsGoldenFile() throws {
        try fixtures.expectGolden(ReflectionText.render(try RenderingSamples.comparison()), "golden/comparison.txt")
    }

    /// Every line fits the width asked for (no word here is longer), and no width is below 40.
    @Test(arguments: [40, 57, 80, 120])
    func linesFitTheWidth(_ width: Int) throws {
        let report = try RenderingSamples.report(RenderingSamples.focusedText)
        let text = ReflectionText.render(report, width: width)
        for line in text.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test func widthsBelowFortyAreForty() throws {
        let report = try RenderingSamples.report(RenderingSamples.focusedText)
        #expect(ReflectionText.render(report, width: 10) == ReflectionText.render(report, width: 40))
        #expect(ReflectionText.render(report, width: 10) != ReflectionText.render(report, width: 80))
    }

    /// The components furthest below the top, said to be so, with the gap given as a gap.
    @Test func goalsWithoutFocusAndAGap() throws {
        let text = try Self.render(RenderingSamples.unfocusedText)
        #expect(text.contains("GROWTH GOALS (2)\nNo component is marked \"focus: yes\", so these are the components"))
        #expect(text.contains("\n\n1. 1a.i Sequence learning\n"))
        #expect(text.contains("\n\n2. 2a.i Coach colleagues\n"))
        #expect(text.contains("STRENGTHS: at Secure (1)\n  2a.ii  Give feedback\n"))
        let focused = try Self.render(RenderingSamples.focusedText)
        #expect(focused.contains("GROWTH GOALS: the components marked \"focus: yes\" (2)"))
        #expect(focused.contains("(gap) the source document has no text for this level"))
    }

    @Test func emptyReflection() throws {
        let text = try Self.render(RenderingSamples.emptyText)
        #expect(
            text.hasPrefix("Self-reflection\nTeaching\n0 of 6 components reflected on · 0 at Secure · 0 growth goals\n")
        )
        #expect(text.contains("STRENGTHS: at Secure (0)\n  None yet.\n"))
        #expect(text.contains("GROWTH GOALS\n  Nothing is placed at a level yet"))
        #expect(text.hasSuffix("NOT YET REFLECTED ON (6)\n  1a.i, 1a.ii, 1a.iii, 1b.i, 2a.i, 2a.ii\n"))
    }

    /// Text from the files is shown as written, except what could act on a terminal:
    /// control characters (an escape sequence here) and bidirectional controls become `?`,
    /// and a tab a space.
    @Test func hostileTextCannotMoveTheTerminal() throws {
        let text = ReflectionText.render(try RenderingSamples.hostileReport())
        let unsafe = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }
        #expect(unsafe.isEmpty, "\(unsafe.map(\.value))")
        #expect(text.hasPrefix("<script>alert('x')</script> & co, Head | *of* `Year` 7 ?\n"))
        #expect(text.contains("Second title"))
        #expect(text.contains("Evidence: <img src=x onerror=alert(1)> \"quoted\""))
    }
}
