import CompetencyCASE
import CompetencyFramework
import Foundation
import Testing

/// Untrusted packages: what fails says why and where; everything else imports, without
/// crashing or hanging, however large or deep.
@Suite(.timeLimit(.minutes(1))) struct CASEMalformedInputTests {
    @Test(arguments: ["not json", "", "{\"CFDocument\": {\"title\": \"x\",", "{\"CFDocument\": nul}"])
    func textThatIsNotJSONFails(text: String) {
        let failure = #expect(throws: CASEImport.Failure.self) { try CASEImport.read(text) }
        guard case .notJSON? = failure else {
            Issue.record("expected notJSON, got \(String(describing: failure))")
            return
        }
        #expect(failure?.description.hasPrefix("the text is not JSON: ") == true)
    }

    @Test func aValueSwiftCannotHoldFailsWithItsPath() {
        let failure = #expect(throws: CASEImport.Failure.self) {
            try CASEImport.read(#"{"CFDocument": {"title": "x"}, "CFItems": [{"identifier": "i", "rank": 1e400}]}"#)
        }
        guard case .notJSON(let detail)? = failure else {
            Issue.record("expected notJSON, got \(String(describing: failure))")
            return
        }
        #expect(detail.contains("CFItems"))
    }

    @Test(arguments: [
        ("{}", "there is no \"CFDocument\" object"),
        ("{\"CFDocument\": null}", "there is no \"CFDocument\" object"),
        ("{\"CFDocument\": \"a document\"}", "there is no \"CFDocument\" object"),
        ("{\"CFDocument\": [], \"CFPackage\": {\"CFDocument\": {}}}", "there is no \"CFDocument\" object"),
        ("{\"CFPackage\": {\"CFPackage\": {\"CFDocument\": {}}}}", "there is no \"CFDocument\" object"),
        ("[{\"CFDocument\": {}}]", "the top level is not an object"),
        ("\"CFDocument\"", "the top level is not an object"),
        ("{\"CFPackage\": 5}", "the top level is not an object"),
    ])
    func jsonThatIsNotAPackageFailsSayingWhy(json: String, reason: String) {
        #expect(throws: CASEImport.Failure.notAPackage(reason)) { try CASEImport.read(json) }
    }

    @Test func membersOfTheWrongTypeAreImportedAsMissing() throws {
        let result = try CASEImport.read(
            #"{"CFDocument": {"title": 5, "identifier": []}, "CFItems": "x", "CFAssociations": {}, "CFRubrics": 7,"#
                + #" "CFDefinitions": []}"#)
        #expect(result.framework.metadata.title == "Untitled framework")
        #expect(result.framework.domains.isEmpty)
        #expect(
            result.notes == [
                "The package has no CFItems, so the framework has no domains.",
                "The package has no usable rubric, so the framework has one level, \"Statement\", and each "
                    + "component's descriptor is its full statement.",
                "The CFDocument has no title; the framework is called \"Untitled framework\".",
            ])
    }

    @Test func danglingTargetsArePlacedAtTheTopLevel() throws {
        let result = try CASEImport.read(
            HandWritten.package(
                items: [HandWritten.item("a", "A"), HandWritten.item("b", "B")],
                associations: [
                    HandWritten.childOf("a", "doc"), HandWritten.childOf("b", "nowhere"),
                    HandWritten.childOf("nobody", "a"),
                ],
                rubrics: [#"{"CFRubricCriteria": [{"CFItemURI": {"identifier": "nowhere"}}]}"#]))
        #expect(result.framework.components.map(\.code) == ["A", "B"])
        let notes = result.notes.joined(separator: "\n")
        for expected in [
            "placed at the top level: \"Item b\"", "started from an item not in the package",
            "pointed at a parent not in the package", "has no criteria for items in the package",
        ] {
            #expect(notes.contains(expected), "\(expected)")
        }
    }

    @Test func aCycleOfAThousandItemsIsCut() throws {
        let count = 1000
        let result = try CASEImport.read(
            HandWritten.package(
                items: (0..<count).map { HandWritten.item("i\($0)", "C\($0)") },
                associations: (0..<count).map { HandWritten.childOf("i\($0)", "i\(($0 + count - 1) % count)") }))
        #expect(result.framework.domains.map(\.code) == ["C0"])
        #expect(result.framework.subdomains.map(\.code) == ["C1"])
        #expect(result.framework.components.count == count - 2)
        #expect(
            result.notes.contains {
                $0.hasPrefix("isChildOf associations formed a cycle; the cycle was cut and 1 item")
            })
    }

    @Test func aChainThousandsDeepImportsWithShortTitles() throws {
        let count = 3000
        let result = try CASEImport.read(
            HandWritten.package(
                items: (0..<count).map { HandWritten.item("i\($0)", "C\($0)", title: "T\($0)") },
                associations: (0..<count).map { HandWritten.childOf("i\($0)", $0 == 0 ? "doc" : "i\($0 - 1)") }))
        let components = result.framework.components
        #expect(components.count == count - 2)
        #expect(components[1].title == "T2 › T3")
        let last = try #require(components.last)
        #expect(last.title == "… › T2991 › T2992 › T2993 › T2994 › T2995 › T2996 › T2997 › T2998 › T2999")
        #expect(components.allSatisfy { $0.title.components(separatedBy: " › ").count <= 10 })
    }

    @Test func tenThousandItemsImport() throws {
        let count = 10_000
        let result = try CASEImport.read(
            HandWritten.package(items: (0..<count).map { HandWritten.item("i\($0)", "C\($0)") }))
        #expect(result.framework.components.count == count)
        #expect(result.framework.components.prefix(3).map(\.code) == ["C0", "C1", "C2"])
    }

    @Test func deeplyNestedJSONFailsOrIsIgnored() throws {
        let tooDeep =
            "{\"CFDocument\": {\"title\": \"x\"}, \"deep\": \(String(repeating: "[", count: 600))"
            + "\(String(repeating: "]", count: 600))}"
        #expect(throws: CASEImport.Failure.self) { try CASEImport.read(tooDeep) }
        let deep =
            "{\"CFDocument\": {\"title\": \"x\"}, \"deep\": \(String(repeating: "[", count: 400))"
            + "\(String(repeating: "]", count: 400))}"
        #expect(try CASEImport.read(deep).framework.metadata.title == "x")
    }

    /// A criterion level at position `Int.min`, with our levels but not our level id, made
    /// the old importer overflow while matching it to a level.
    @Test func extremeNumbersDoNotOverflow() throws {
        var package = try CASEJSON.decode(CFPackage.self, Fixtures.text("small.golden.case.json"))
        package.rubrics[0].criteria[0].levels[0].extensions = nil
        package.rubrics[0].criteria[0].levels[0].position = Int.min
        package.associations[0].sequenceNumber = Int.max
        package.associations[1].sequenceNumber = Int.min
        let result = CASEImport.read(package)
        #expect(result.framework.components.count == (try Fixtures.small()).components.count)
        #expect(result.notes.contains { $0.contains("has no description at \"Developing\"") })
    }
}
