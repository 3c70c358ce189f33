import CompetencyCASE
import Testing

/// The CASE packages of two differently shaped fixtures, byte for byte. Regenerate with
/// `UPDATE_GOLDEN_FILES=1 swift test --filter CASEGoldenFileTests` and review the diff.
@Suite struct CASEGoldenFileTests {
    @Test func caseExport() throws {
        try Fixtures.folder.expectGolden(CASEExport.render(Fixtures.small()), "small.golden.case.json")
    }

    @Test func caseExportOfDifferentlyShapedFramework() throws {
        try Fixtures.folder.expectGolden(CASEExport.render(Fixtures.digitalSkills()), "digital-skills.golden.case.json")
    }
}
