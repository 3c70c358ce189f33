import CompetencyFramework
import Testing

@testable import CompetencyCASE

/// Each translation stage on a small package.
@Suite struct CASEImportStagesTests {
    /// Items `a`, `b`, one without an identifier (URI `u-none`) and a second `a`.
    static func items(notes: inout ImportNotes) throws -> PackageItems {
        let package = try HandWritten.decoded(
            HandWritten.package(items: [
                HandWritten.item("a"), HandWritten.item("b"), #"{"uri": "u-none", "fullStatement": ""}"#,
                HandWritten.item("a", title: "Again"),
            ]))
        return PackageItems(package, notes: &notes)
    }

    @Test func linksFindTheDocumentAnItemOrNothing() throws {
        var notes = ImportNotes()
        let items = try Self.items(notes: &notes)
        #expect(items.target(of: LinkURI(identifier: "a")) == .item(0))
        #expect(items.target(of: LinkURI(identifier: "doc")) == .document)
        #expect(items.target(of: LinkURI(identifier: "unknown", uri: "u-b")) == .item(1))
        #expect(items.target(of: LinkURI(uri: "u-doc")) == .document)
        #expect(items.target(of: LinkURI(uri: "u-none")) == .item(2))
        // The identifier is preferred to the URI, and the first of two items with it wins.
        #expect(items.target(of: LinkURI(identifier: "a", uri: "u-b")) == .item(0))
        #expect(items.target(of: LinkURI(identifier: "unknown")) == .elsewhere)
        #expect(items.target(of: LinkURI()) == .elsewhere)
        #expect(items.target(of: nil) == .elsewhere)
        #expect(items.item(at: LinkURI(identifier: "doc")) == nil)
        #expect(items.unreachable == [2, 3])
        #expect(items.title(of: 2) == "(untitled item)")
        #expect(
            notes.sentences == [
                "1 item had no identifier; associations cannot reach it, so it was placed at the top level.",
                "1 item repeated another item's identifier; associations reach only the first, so the repeats were "
                    + "placed at the top level.",
            ])
    }

    @Test func siblingsAreOrderedBySequenceThenCodeThenPackageOrder() throws {
        let package = try HandWritten.decoded(
            HandWritten.package(
                items: [
                    HandWritten.item("p"), HandWritten.item("x10", "10"), HandWritten.item("x2", "2"),
                    HandWritten.item("none"), HandWritten.item("first", "99"), HandWritten.item("orphan"),
                ],
                associations: [
                    HandWritten.childOf("p", "doc"), HandWritten.childOf("x10", "p"), HandWritten.childOf("x2", "p"),
                    HandWritten.childOf("none", "p"), HandWritten.childOf("first", "p", sequence: 1),
                    HandWritten.childOf("p", "x2", type: "exactMatchOf"),
                ]))
        var notes = ImportNotes()
        let items = PackageItems(package, notes: &notes)
        let hierarchy = Hierarchy(package.associations, items: items, notes: &notes)
        #expect(hierarchy.sortedChildren(of: .item(0)) == [4, 2, 1, 3])
        #expect(hierarchy.sortedChildren(of: .document) == [0, 5])
        let tree = ItemTree(hierarchy, items: items, notes: &notes)
        #expect(tree.roots == [0, 5])
        #expect(tree.preorder == [0, 4, 2, 1, 3, 5])
        #expect(
            notes.sentences == [
                "1 item had no isChildOf association to the document or to another item in the package, so it was "
                    + "placed at the top level: \"Item orphan\".",
                "Associations other than isChildOf were not imported, because the framework model has no place for "
                    + "them: exactMatchOf (1).",
            ])
    }

    @Test func aCycleIsCutAtItsFirstItemAndExtraParentsAreDropped() throws {
        let package = try HandWritten.decoded(
            HandWritten.package(
                items: ["a", "b", "c", "d"].map { HandWritten.item($0) },
                associations: [
                    HandWritten.childOf("c", "b"), HandWritten.childOf("b", "a"), HandWritten.childOf("a", "c"),
                    HandWritten.childOf("d", "doc"), HandWritten.childOf("d", "a"), HandWritten.childOf("b", "gone"),
                    HandWritten.childOf("ghost", "doc"),
                ]))
        var notes = ImportNotes()
        let items = PackageItems(package, notes: &notes)
        let tree = ItemTree(Hierarchy(package.associations, items: items, notes: &notes), items: items, notes: &notes)
        #expect(tree.roots == [3, 0])
        #expect(tree.children(of: 0) == [1])
        #expect(tree.children(of: 1) == [2])
        #expect(tree.children(of: 2).isEmpty)
        #expect(
            notes.sentences == [
                "1 isChildOf association started from an item not in the package and was ignored.",
                "1 isChildOf association pointed at a parent not in the package; that item was placed by its other "
                    + "associations, or at the top level.",
                "1 item had more than one parent; the framework is a tree, so each stays under its first parent "
                    + "only: \"Item d\".",
                "isChildOf associations formed a cycle; the cycle was cut and 1 item placed at the top level: "
                    + "\"Item a\".",
            ])
    }

    /// A package whose items `i1`, `i2` have one criterion each, with the levels `levels`.
    static func rubricLevels(_ levels: [String], extra: String = "") throws -> (RubricLevels, [String]) {
        let criteria = ["i1", "i2"].map {
            "{\"CFItemURI\": {\"identifier\": \"\($0)\"}, \"CFRubricCriterionLevels\": [\(levels.joined(separator: ", "))]}"
        }
        let package = try HandWritten.decoded(
            HandWritten.package(
                items: [HandWritten.item("i1"), HandWritten.item("i2")],
                rubrics: ["{\"CFRubricCriteria\": [\(criteria.joined(separator: ", "))]\(extra)}"]))
        var notes = ImportNotes()
        let levels = RubricLevels(package.rubrics, items: PackageItems(package, notes: &notes), notes: &notes)
        return (levels, notes.sentences)
    }

    @Test func levelsComeFromOurExtensionThenPositionsThenQualities() throws {
        let (ours, _) = try Self.rubricLevels(
            [#"{"position": 1, "quality": "x"}"#],
            extra: #", "extensions": {"competencyKit": {"levels": [{"id": "low", "name": "Low"}, {"id": "low"}]}}"#)
        #expect(ours.levels.map(\.id) == ["low"])
        #expect(ours.hasRubric)
        #expect(ours.levelIndex(of: CFRubricCriterionLevel(position: 1)) == 0)
        #expect(ours.levelIndex(of: CFRubricCriterionLevel(position: Int.min)) == nil)
        #expect(ours.levelIndex(of: CFRubricCriterionLevel(position: Int.max)) == nil)

        let (byPosition, notes) = try Self.rubricLevels([
            #"{"position": 2, "quality": "High"}"#, #"{"position": 1, "quality": " Low "}"#,
            #"{"position": 2, "quality": "Top"}"#, #"{"position": 3, "quality": "low"}"#,
        ])
        #expect(byPosition.levels.map(\.name) == ["Low", "High", "low (position 3)"])
        #expect(byPosition.levels.map(\.id) == ["low", "high", "low-position-3"])
        #expect(byPosition.levelIndex(of: CFRubricCriterionLevel(quality: "High", position: 1)) == 0)
        #expect(notes == [#"Criteria name the level at position 2 differently ("High", "Top"); it was named "High"."#])

        let (byQuality, qualityNotes) = try Self.rubricLevels([
            #"{"quality": "Low"}"#, #"{"position": 1, "quality": "High"}"#,
        ])
        #expect(byQuality.levels.map(\.name) == ["High", "Low"])
        #expect(byQuality.levelIndex(of: CFRubricCriterionLevel(quality: " Low ")) == 1)
        #expect(
            qualityNotes == [
                "Not every criterion level has a position, so levels were matched by their quality (name)."
            ])
    }

    @Test func aRubricWithoutLevelsOrItemsIsNotUsed() throws {
        let (empty, notes) = try Self.rubricLevels([])
        #expect(!empty.hasRubric)
        #expect(empty.levels == [CASEImport.statementLevel])
        #expect(empty.criteria.isEmpty)
        #expect(notes.first == "The rubric's criteria have no levels, so it was not used.")

        let package = try HandWritten.decoded(
            HandWritten.package(
                items: [HandWritten.item("i")],
                rubrics: [
                    #"{"CFRubricCriteria": [{"CFItemURI": {"identifier": "doc"}}]}"#,
                    #"{"CFRubricCriteria": [{"CFItemURI": {"identifier": "i"}, "position": 2},"#
                        + #" {"CFItemURI": {"identifier": "i"}, "position": 1, "CFRubricCriterionLevels": [{"position": 1}]}]}"#,
                ]))
        var packageNotes = ImportNotes()
        let levels = RubricLevels(
            package.rubrics, items: PackageItems(package, notes: &packageNotes), notes: &packageNotes)
        #expect(levels.hasRubric)
        #expect(levels.criteria[0]?.position == 1, "the first criterion by position wins")
        #expect(levels.levels.map(\.name) == ["Level 1"])
        #expect(
            packageNotes.sentences == [
                "The package has 2 rubrics; only the second was used for levels.",
                "1 rubric criterion pointed at an item that already had one; only the first was used.",
            ])
    }

    @Test func codesAreClaimedInTreeOrderAndDerivedWhenTaken() throws {
        let package = try HandWritten.decoded(
            HandWritten.package(
                items: [
                    HandWritten.item("a", "ELA"), HandWritten.item("b", "ela"), HandWritten.item("c", "not a code"),
                    HandWritten.item("d", "1a"),
                ],
                associations: [HandWritten.childOf("b", "a"), HandWritten.childOf("c", "a")]))
        var notes = ImportNotes()
        let items = PackageItems(package, notes: &notes)
        let tree = ItemTree(Hierarchy(package.associations, items: items, notes: &notes), items: items, notes: &notes)
        var codes = CodeBook(claimingCodesIn: tree, items: items)
        #expect(codes.code(for: 0, derived: "1") == "ELA")
        #expect(codes.code(for: 1, derived: "ELA") == "ELA-2", "ela is taken by ELA")
        #expect(codes.subdomainCode(in: "ELA", index: 0) == "ELA.a")
        #expect(codes.subdomainCode(in: "1", index: 0) == "1b", "1a is claimed")
        #expect(codes.subdomainCode(in: "2", index: 26) == "2aa")
        #expect(codes.code(for: nil, derived: "1") == "1")
        #expect(codes.code(for: nil, derived: "1") == "1-2")
        var derivedNotes = ImportNotes()
        codes.noteDerivedCodes(&derivedNotes)
        #expect(
            derivedNotes.sentences == [
                "1 item had no usable humanCodingScheme (missing, not well formed or already used), so its code was "
                    + "derived from its position: \"Item b\" → ELA-2."
            ])
    }

    @Test func metadataComesFromOurExtensionOrIsDerived() throws {
        var notes = ImportNotes()
        let derived = MetadataReader.metadata(
            of: try HandWritten.decoded(
                #"{"CFDocument": {"title": "", "creator": "Untitled framework", "lastChangeDateTime": "1970-01-01T00:00:00Z","#
                    + #" "licenseURI": {"title": "Link title", "identifier": "l"}},"#
                    + #" "CFDefinitions": {"CFLicenses": [{"identifier": "other", "title": "Other"}]}}"#),
            notes: &notes)
        #expect(derived.title == "Untitled framework")
        #expect(derived.id == "untitled-framework")
        #expect(derived.publisher == nil, "the creator only repeats the title")
        #expect(derived.date == nil)
        #expect(derived.licence == "Link title")
        #expect(notes.sentences == [#"The CFDocument has no title; the framework is called "Untitled framework"."#])

        let ours = MetadataReader.metadata(
            of: try HandWritten.decoded(
                #"{"CFDocument": {"title": "T", "creator": "C", "lastChangeDateTime": "2020-01-01T00:00:00Z","#
                    + #" "extensions": {"competencyKit": {"id": "", "date": "2021-02-03", "stem": "S"}}}}"#),
            notes: &notes)
        #expect(ours.id == "t", "an empty id is not used")
        #expect(ours.publisher == nil, "with our extension, the creator is never the publisher")
        #expect(ours.date == "2021-02-03")
        #expect(ours.stem == "S")
    }
}
