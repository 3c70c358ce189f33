import CompetencyFramework
import FrameworkExport
import Testing

/// Every renderer's output for the small fixture, byte for byte (CASE's are in
/// `CompetencyCASETests`). Regenerate with
/// `UPDATE_GOLDEN_FILES=1 swift test --filter GoldenFileTests` and review the diff.
@Suite struct GoldenFileTests {
    @Test func json() throws {
        try Fixtures.folder.expectGolden(JSONExport.render(Fixtures.small()), "small.golden.json")
    }

    @Test func markdown() throws {
        try Fixtures.folder.expectGolden(MarkdownExport.render(Fixtures.small()), "small.golden.md")
    }

    @Test func csv() throws {
        try Fixtures.folder.expectGolden(CSVExport.render(Fixtures.small()), "small.golden.csv")
    }

    @Test func html() throws {
        try Fixtures.folder.expectGolden(HTMLExport.render(Fixtures.small()), "small.golden.html")
    }

    @Test func frameworkFile() throws {
        try Fixtures.folder.expectGolden(FrameworkFileWriter.render(Fixtures.small()), "small.golden.framework.yaml")
    }
}
