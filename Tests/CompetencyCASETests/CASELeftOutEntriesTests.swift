import CompetencyCASE
import Testing

/// Entries of a package's lists that are not objects are left out so the rest stays readable,
/// and the import says so: nothing in a package from elsewhere disappears without a word.
@Suite struct CASELeftOutEntriesTests {
    static let package = """
        {"CFDocument": {"identifier": "doc", "uri": "u-doc", "title": "T"},
         "CFItems": [1, "x", null, [], {"identifier": "i", "uri": "u-i", "fullStatement": "Item"}],
         "CFAssociations": [false, {"associationType": "isChildOf", "originNodeURI": {"identifier": "i"},
                                    "destinationNodeURI": {"identifier": "doc"}}],
         "CFRubrics": [{"CFRubricCriteria": [0, {"CFRubricCriterionLevels": ["Level", {"quality": "Q"}]}]}, 2]}
        """

    @Test func everyListWithEntriesLeftOutGetsANote() throws {
        let notes = try CASEImport.read(Self.package).notes
        #expect(
            Array(notes.prefix(5)) == [
                "4 entries of CFItems are not objects and were left out (at positions 0, 1, 2, 3, counting from 0).",
                "1 entry of CFAssociations is not an object and was left out (at position 0, counting from 0).",
                "1 entry of CFRubrics is not an object and was left out (at position 1, counting from 0).",
                "1 entry of CFRubrics[0].CFRubricCriteria is not an object and was left out (at position 0, counting from 0).",
                "1 entry of CFRubrics[0].CFRubricCriteria[1].CFRubricCriterionLevels is not an object and was left out "
                    + "(at position 0, counting from 0).",
            ])
    }

    @Test func aWrappedPackageIsCheckedToo() throws {
        let wrapped = "{\"CFPackage\": \(Self.package)}"
        let notes = try CASEImport.read(wrapped).notes
        #expect(notes.first?.hasPrefix("4 entries of CFItems") == true)
    }

    @Test func aCleanPackageGetsNoSuchNote() throws {
        let notes = try CASEImport.read(try Fixtures.text("shallow.case.json")).notes
        #expect(!notes.contains { $0.contains("not an object") })
    }
}
