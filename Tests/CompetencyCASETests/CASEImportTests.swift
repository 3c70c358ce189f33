import CompetencyCASE
import CompetencyFramework
import Foundation
import Testing

@Suite struct CASEImportTests {
    @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
    func roundTripsOurOwnExport(fixture: String) throws {
        let framework = try Fixtures.framework(fixture)
        let result = try CASEImport.read(CASEExport.render(framework))
        #expect(result.framework == framework)
        #expect(result.notes.isEmpty)
    }

    @Test func roundTripsWithoutOptionalMetadata() throws {
        var framework = try Fixtures.small()
        framework.metadata = FrameworkMetadata(id: framework.metadata.id, title: framework.metadata.title)
        framework.levels[0].summary = nil
        let result = try CASEImport.read(CASEExport.render(framework, baseURI: "https://x.example/case"))
        #expect(result.framework == framework)
        #expect(result.notes.isEmpty)
    }

    @Test func readsAPackageWithoutOurExtensions() throws {
        // Strip every `extensions` member: what a CASE server that drops unknown data returns.
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "extensions" }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let exported = try JSONSerialization.jsonObject(with: Data(CASEExport.render(try Fixtures.small()).utf8))
        let stripped = String(decoding: try JSONSerialization.data(withJSONObject: strip(exported)), as: UTF8.self)
        #expect(!stripped.contains("competencyKit"))
        let result = try CASEImport.read(stripped)
        let original = try Fixtures.small()
        let framework = result.framework
        #expect(framework.metadata.title == original.metadata.title)
        #expect(framework.metadata.id == "reading-for-pleasure")
        #expect(framework.metadata.publisher == original.metadata.publisher)
        #expect(framework.metadata.notes == original.metadata.notes)
        #expect(framework.metadata.licence == "CC BY 4.0")
        #expect(framework.metadata.source == original.metadata.source)
        #expect(framework.metadata.date == "2026-09-01")
        #expect(framework.levels.map(\.name) == original.levels.map(\.name))
        #expect(framework.levels.map(\.id) == ["developing", "secure", "leading"])
        #expect(framework.components.map(\.code) == original.components.map(\.code))
        #expect(framework.components.map(\.descriptors) == original.components.map(\.descriptors))
        #expect(framework.domains[0].description == original.domains[0].description)
        #expect(framework.domains[1].description == "Added in version 1.0.")
        #expect(result.notes.isEmpty)
    }

    @Test func flattensADeeperTreeAndExplainsIt() throws {
        let result = try CASEImport.read(Fixtures.text("deep.case.json"))
        let framework = result.framework
        #expect(framework.metadata.title == "Computing Standards")
        #expect(framework.metadata.id == "computing-standards")
        #expect(framework.metadata.publisher == "State Board of Education")
        #expect(framework.metadata.date == "2024-05-06")
        #expect(framework.metadata.notes == ["First note.", "Second note."])
        #expect(framework.levels.map(\.id) == ["beginning", "proficient"])
        #expect(framework.domains.map(\.code) == ["CS.A", "2"])
        #expect(framework.subdomains.map(\.code) == ["CS.A.1", "CS.A.2", "2a"])
        #expect(framework.components.map(\.code) == ["CS.A.1.a", "CS.A.1.b.1", "CS.A.1.b.2.x", "CS.A.2.i", "CS.Z"])
        #expect(
            framework.components.map(\.title) == [
                "Write a sequence of steps", "Decompose › into smaller problems",
                "Decompose › into reusable parts › naming each part", "Use a loop", "An item nobody links to",
            ])
        let detail = try #require(framework.component(code: "CS.A.1.b.2.x"))
        #expect(
            detail.descriptors == [
                LevelDescriptor(level: "beginning", .text("names some parts")),
                LevelDescriptor(level: "proficient", .gap(reason: CASEImport.missingDescriptionReason)),
            ])
        let orphan = try #require(framework.component(code: "CS.Z"))
        #expect(orphan.descriptors.allSatisfy { $0.descriptor == .gap(reason: CASEImport.missingCriterionReason) })
        // Every component describes every level.
        #expect(framework.components.allSatisfy { $0.descriptors.map(\.level) == framework.levels.map(\.id) })

        let notes = result.notes.joined(separator: "\n")
        for expected in [
            "had no isChildOf association", "exactMatchOf (1)", "position 2 differently", "\"Use a loop\" → CS.A.2.i",
            "below the third tier", "synthetic domain 2",
        ] {
            #expect(notes.contains(expected), "\(expected)")
        }
    }

    @Test func fillsOutAShallowerTreeWithoutARubric() throws {
        let result = try CASEImport.read(Fixtures.text("shallow.case.json"))
        let framework = result.framework
        #expect(framework.levels == [CASEImport.statementLevel])
        #expect(framework.metadata.date == nil, "the 1970 epoch is not a date")
        #expect(framework.metadata.publisher == "Skills Council")
        #expect(framework.domains.map(\.code) == ["1", "2", "4"])
        #expect(framework.domains.map(\.title) == ["Communication", "Workplace Skills", "Problem solving"])
        #expect(framework.subdomains.map(\.code) == ["1a", "2a", "4a"])
        #expect(framework.subdomains.map(\.title) == ["Communication", "Workplace Skills", "Problem solving"])
        #expect(framework.components.map(\.code) == ["1.1", "1.2", "2a.i", "2a.ii", "4.1"])
        let listen = try #require(framework.component(code: "1.1"))
        #expect(listen.title == "Listen actively")
        #expect(listen.descriptors == [LevelDescriptor(level: "statement", .text("Listens actively to colleagues"))])
        let notes = result.notes.joined(separator: "\n")
        #expect(notes.contains("no usable rubric"))
        #expect(notes.contains("synthetic subdomain 1a"))
        #expect(notes.contains("synthetic domain 2 and subdomain 2a"))
        #expect(notes.contains("\"Punctuality\" → 2a.i"))
    }

    @Test func readsTheFieldNotesMinimalPackageShape() throws {
        // A two-tier package with a one-level rubric, as in the CASE 1.1 minimal example.
        let json = """
            {"CFDocument": {"identifier": "6f1c2d3e-0000-4000-8000-000000000001", "uri": "https://example.org/d",
              "creator": "Example School Trust", "title": "Leadership Toolkit", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
             "CFItems": [
              {"identifier": "6f1c2d3e-0000-4000-8000-000000000002", "uri": "https://example.org/i/2",
               "fullStatement": "Strategic leadership", "humanCodingScheme": "D1", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
              {"identifier": "6f1c2d3e-0000-4000-8000-000000000003", "uri": "https://example.org/i/3",
               "fullStatement": "Sets and communicates a clear vision.", "humanCodingScheme": "D1.1", "lastChangeDateTime": "2025-01-01T00:00:00Z"}],
             "CFAssociations": [
              {"identifier": "a1", "uri": "u", "associationType": "isChildOf", "sequenceNumber": 1, "lastChangeDateTime": "x",
               "originNodeURI": {"title": "", "identifier": "6f1c2d3e-0000-4000-8000-000000000002", "uri": ""},
               "destinationNodeURI": {"title": "", "identifier": "6f1c2d3e-0000-4000-8000-000000000001", "uri": ""}},
              {"identifier": "a2", "uri": "u", "associationType": "isChildOf", "sequenceNumber": "1", "lastChangeDateTime": "x",
               "originNodeURI": {"title": "", "identifier": "6f1c2d3e-0000-4000-8000-000000000003", "uri": ""},
               "destinationNodeURI": {"title": "", "identifier": "6f1c2d3e-0000-4000-8000-000000000002", "uri": ""}}],
             "CFRubrics": [{"identifier": "r", "uri": "r", "lastChangeDateTime": "x", "CFRubricCriteria": [
              {"identifier": "c", "uri": "c", "lastChangeDateTime": "x", "position": 1,
               "CFItemURI": {"title": "", "identifier": "6f1c2d3e-0000-4000-8000-000000000003", "uri": ""},
               "CFRubricCriterionLevels": [{"identifier": "l", "uri": "l", "lastChangeDateTime": "x",
                 "quality": "Emerging", "description": "Describes the vision when asked.", "score": 1, "position": 1}]}]}]}
            """
        let result = try CASEImport.read(json)
        let framework = result.framework
        #expect(framework.metadata.publisher == "Example School Trust")
        #expect(framework.levels.map(\.id) == ["emerging"])
        #expect(framework.domains.map(\.code) == ["D1"])
        #expect(framework.subdomains.map(\.code) == ["D1a"])
        #expect(framework.components.map(\.code) == ["D1.1"])
        #expect(
            framework.components[0].descriptors == [
                LevelDescriptor(level: "emerging", .text("Describes the vision when asked."))
            ])
        #expect(result.notes.contains { $0.contains("synthetic subdomain D1a") })
    }

    @Test func cutsCyclesAndKeepsTheFirstOfSeveralParents() throws {
        func item(_ n: Int, _ code: String) -> String {
            "{\"identifier\": \"i\(n)\", \"uri\": \"u\(n)\", \"fullStatement\": \"Item \(n)\", \"humanCodingScheme\": \"\(code)\", \"lastChangeDateTime\": \"x\"}"
        }
        func child(_ origin: String, of destination: String, _ sequence: Int) -> String {
            "{\"identifier\": \"a\", \"uri\": \"a\", \"associationType\": \"isChildOf\", \"sequenceNumber\": \(sequence), \"lastChangeDateTime\": \"x\", \"originNodeURI\": {\"title\": \"\", \"identifier\": \"\(origin)\", \"uri\": \"\"}, \"destinationNodeURI\": {\"title\": \"\", \"identifier\": \"\(destination)\", \"uri\": \"\"}}"
        }
        let json = """
            {"CFDocument": {"identifier": "doc", "uri": "d", "creator": "c", "title": "Loops", "lastChangeDateTime": "x"},
             "CFItems": [\(item(1, "1")), \(item(2, "1a")), \(item(3, "1a.i")), \(item(4, "9")), \(item(5, "9a"))],
             "CFAssociations": [\(child("i1", of: "doc", 1)), \(child("i2", of: "i1", 1)), \(child("i3", of: "i2", 1)),
               \(child("i3", of: "i1", 2)), \(child("i4", of: "i5", 1)), \(child("i5", of: "i4", 1))]}
            """
        let result = try CASEImport.read(json)
        // 1 > 1a > 1a.i stays a tree (1a.i's second parent is dropped); the 9 ↔ 9a cycle is
        // cut at 9, which becomes a domain whose child 9a gets a synthetic subdomain.
        #expect(result.framework.domains.map(\.code) == ["1", "9"])
        #expect(result.framework.subdomains.map(\.code) == ["1a", "9b"])
        #expect(result.framework.components.map(\.code) == ["1a.i", "9a"])
        let notes = result.notes.joined(separator: "\n")
        #expect(notes.contains("more than one parent"))
        #expect(notes.contains("cycle"))
    }

    @Test func rejectsWhatIsNotAPackage() {
        #expect(throws: CASEImport.Failure.self) { try CASEImport.read("not json") }
        #expect(throws: CASEImport.Failure.notAPackage("there is no \"CFDocument\" object")) {
            try CASEImport.read("{\"CFItems\": []}")
        }
        #expect(throws: CASEImport.Failure.notAPackage("the top level is not an object")) {
            try CASEImport.read("[1, 2]")
        }
    }

    @Test func anEmptyPackageGivesAnEmptyFrameworkWithNotes() throws {
        let result = try CASEImport.read(
            "{\"CFDocument\": {\"identifier\": \"d\", \"uri\": \"d\", \"creator\": \"c\", \"title\": \"Only a document\", \"lastChangeDateTime\": \"2020-02-29T10:00:00Z\"}}"
        )
        #expect(result.framework.domains.isEmpty)
        #expect(result.framework.levels == [CASEImport.statementLevel])
        #expect(result.framework.metadata.date == "2020-02-29")
        #expect(result.notes.contains { $0.contains("no CFItems") })
    }
}
