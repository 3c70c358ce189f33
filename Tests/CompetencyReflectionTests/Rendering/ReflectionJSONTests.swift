import CompetencyReflection
import CompetencyTestSupport
import Foundation
import Testing

/// Reports and comparisons as JSON: their `Codable` forms, written the same byte for byte
/// everywhere.
@Suite struct ReflectionJSONTests {
    @Test func comparisonMatchesItsGoldenFile() throws {
        try fixtures.expectGolden(ReflectionJSON.render(try RenderingSamples.comparison()), "golden/comparison.json")
    }

    @Test(arguments: [RenderingSamples.focusedText, RenderingSamples.unfocusedText, RenderingSamples.emptyText])
    func reportsReadBackEqual(_ text: String) throws {
        let report = try RenderingSamples.report(text)
        let json = ReflectionJSON.render(report)
        #expect(try JSONDecoder().decode(ReflectionReport.self, from: Data(json.utf8)) == report)
        #expect(json == ReflectionJSON.render(report))
        #expect(json.hasPrefix("{\n  \"components\": [\n"))
        #expect(json.hasSuffix("\n}\n"))
    }

    @Test func comparisonsReadBackEqual() throws {
        let comparison = try RenderingSamples.comparison()
        let json = ReflectionJSON.render(comparison)
        #expect(try JSONDecoder().decode(ReflectionComparison.self, from: Data(json.utf8)) == comparison)
    }

    /// Hostile text survives exactly: non-ASCII as UTF-8, control characters escaped.
    @Test func hostileTextReadsBackExactly() throws {
        let report = try RenderingSamples.hostileReport()
        let json = ReflectionJSON.render(report)
        #expect(try JSONDecoder().decode(ReflectionReport.self, from: Data(json.utf8)) == report)
        #expect(json.contains(#""name": "<script>alert('x')</script> & co""#))
        #expect(json.contains(#"second | line \u001b[31m""#))
        #expect(json.contains("\u{202E}"))
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
