import CompetencyTestSupport
import Testing

@testable import CompetencyReflection

/// The level colours and the SVG bars of the HTML report's profile.
@Suite struct ReflectionChartTests {
    /// One colour per level, lightest first and the top level darkest, so that the chart
    /// reads in greyscale; a lone level gets the darkest.
    @Test(arguments: 1...7)
    func coloursDarkenTowardTheTopLevel(_ count: Int) {
        let colours = ReflectionChart.colours(count: count)
        #expect(colours.count == count)
        #expect(colours.last?.hex == "#253494")
        for (lighter, darker) in zip(colours, colours.dropFirst()) {
            #expect(lighter.luminance > darker.luminance)
        }
        #expect(Set(colours.map(\.hex)).count == count)
    }

    @Test func noLevelsNoColours() {
        #expect(ReflectionChart.colours(count: 0).isEmpty)
    }

    @Test func colourArithmetic() {
        let white = ReflectionChart.Colour(1, 1, 1)
        let black = ReflectionChart.Colour(0, 0, 0)
        #expect(white.hex == "#ffffff" && black.hex == "#000000")
        #expect(ReflectionChart.Colour(2, -1, 0.5).hex == "#ff0080", "channels are clamped")
        #expect(abs(white.luminance - 1) < 1e-9 && black.luminance == 0)
        #expect(white.ink == "#1d1d1f" && black.ink == "#ffffff", "dark text on light colours and the reverse")
        #expect(black.mixed(with: white, 0.5).hex == "#808080")
        #expect(ReflectionChart.notYet.hex == "#e4e4e9")
    }

    @Test(arguments: [
        (0.0, "0"), (1.0, "1"), (1.5, "1.5"), (1.25, "1.25"), (12.1, "12.1"), (0.004, "0"), (0.006, "0.01"),
        (-0.25, "-0.25"), (-1.25, "-1.25"), (360.0, "360"),
    ])
    func coordinates(_ value: Double, _ expected: String) {
        #expect(ReflectionChart.format(value) == expected)
    }

    @Test func labelsAreCutWithAnEllipsis() {
        #expect(ReflectionChart.truncate("Planning", to: 8) == "Planning")
        #expect(ReflectionChart.truncate("Lesson design", to: 8) == "Lesson…", "no space before the ellipsis")
        #expect(ReflectionChart.truncate("Lesson design", to: 7) == "Lesson…")
    }

    /// One bar per domain and one for the whole framework, each with a `<title>` that says
    /// what it shows; segments split the bar in proportion, and every domain has its row.
    @Test func profileBars() throws {
        let report = try RenderingSamples.report(RenderingSamples.focusedText)
        let svg = ReflectionChart.profile(report)
        #expect(svg.components(separatedBy: "<g class=\"bar\">").count - 1 == report.profile.domains.count + 1)
        #expect(
            svg.contains(
                "<title>1 Planning: 1 at Beginning, 2 at Developing, 1 at Secure, 0 not yet reflected on, of 4 components.</title>"
            ))
        #expect(
            svg.contains(
                "<title>2 People: 0 at Beginning, 0 at Developing, 1 at Secure, 1 not yet reflected on, of 2 components.</title>"
            ))
        #expect(svg.contains("<text x=\"0\" y=\"25\" class=\"label\"><tspan class=\"code\">1</tspan> Planning</text>"))
        try HTMLChecker.check("<!DOCTYPE html>\n" + svg)
    }

    @Test func miniBarSegmentsAreProportional() {
        let levels = [ReflectionLevel(id: "a", name: "A"), ReflectionLevel(id: "b", name: "B")]
        let row = ReflectionProfile.Row(
            code: "1a", title: "Lesson design", counts: [1, 2], notYetReflectedOn: 1, total: 4)
        let svg = ReflectionChart.miniBar(row, levels: levels)
        #expect(
            svg.contains("<title>1a Lesson design: 1 at A, 2 at B, 1 not yet reflected on, of 4 components.</title>"))
        #expect(svg.contains("<rect x=\"0\" width=\"40\" height=\"12\""))
        #expect(svg.contains("<rect x=\"40\" width=\"80\" height=\"12\""))
        let empty = ReflectionProfile.Row(code: "1b", title: "Empty", counts: [0, 0], notYetReflectedOn: 0, total: 0)
        #expect(!ReflectionChart.miniBar(empty, levels: levels).contains("<rect x="))
    }
}
