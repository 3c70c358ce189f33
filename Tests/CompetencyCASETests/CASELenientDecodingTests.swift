import CompetencyCASE
import Foundation
import Testing

/// Packages from other tools: extra members, other shapes, wrong types.
@Suite struct CASELenientDecodingTests {
    @Test func membersTheModelDoesNotHaveAreIgnored() throws {
        let package = try HandWritten.decoded(
            """
            {"CFDocument": {"identifier": "d", "title": "T", "subject": ["Maths"], "frameworkType": "CourseCodes",
               "extensions": {"otherTool": {"x": 1}, "competencyKit": {"id": "t", "unknown": [1, 2]}}},
             "CFItems": [{"identifier": "i", "fullStatement": "A", "conceptKeywords": ["k"], "educationLevel": ["09"],
               "listEnumeration": "1", "extensions": {"otherTool": true}}],
             "CFAssociations": [{"associationType": "isChildOf", "CFAssociationGroupingURI": {"identifier": "g"},
               "originNodeURI": {"identifier": "i", "targetType": "CASE"}, "destinationNodeURI": {"identifier": "d"},
               "notes": "n"}],
             "CFDefinitions": {"CFSubjects": [{"identifier": "s"}], "CFConcepts": [], "CFAssociationGroupings": []},
             "CFRubrics": [{"identifier": "r", "CFRubricCriteria": [{"weight": 2.5, "category": "c",
               "CFRubricCriterionLevels": [{"quality": "Q", "score": 1.5}]}]}],
             "extensions": {"packageLevel": 1}}
            """)
        #expect(package.document.title == "T")
        #expect(package.document.extensions?.competencyKit.id == "t")
        #expect(package.items.map(\.fullStatement) == ["A"])
        #expect(package.items[0].extensions == nil, "another tool's extension is not ours")
        #expect(package.associations[0].originNodeURI?.targetType == "CASE")
        #expect(package.definitions?.licenses == nil)
        #expect(package.rubrics[0].criteria[0].levels[0].score == 1.5)
    }

    @Test func anotherToolsPackageImports() throws {
        // CASE 1.0 as a CASE server sends it: wrapped, with numbers as strings, fractional
        // seconds, no rubric and its own item types.
        let result = try CASEImport.read(
            """
            {"CFPackage": {
              "CFDocument": {"identifier": "c5fb-doc", "uri": "https://case.example/d", "creator": "State DoE",
                "title": "Science Standards", "lastChangeDateTime": "2019-08-14T17:25:16.123+00:00",
                "officialSourceURL": "https://example.gov/science.pdf", "notes": "First.\\n \\nSecond.",
                "licenseURI": {"title": "CC0", "identifier": "lic", "uri": "https://case.example/l"}},
              "CFItems": [
                {"identifier": "g", "fullStatement": "Grade 5", "CFItemType": "Grade Level", "humanCodingScheme": "5"},
                {"identifier": "s", "fullStatement": "Physical Science", "CFItemType": "Strand",
                 "humanCodingScheme": "5-PS"},
                {"identifier": "p", "fullStatement": "Develop a model of matter", "abbreviatedStatement": "Matter",
                 "CFItemType": "Standard", "humanCodingScheme": "5-PS1-1"}],
              "CFAssociations": [
                {"associationType": "isChildOf", "sequenceNumber": "1", "originNodeURI": {"identifier": "g"},
                 "destinationNodeURI": {"identifier": "c5fb-doc"}},
                {"associationType": "isChildOf", "sequenceNumber": 1.0, "originNodeURI": {"identifier": "s"},
                 "destinationNodeURI": {"uri": "https://case.example/i/g", "identifier": "missing"}},
                {"associationType": "isChildOf", "originNodeURI": {"identifier": "p"},
                 "destinationNodeURI": {"identifier": "s"}},
                {"associationType": "ext:alignsTo", "originNodeURI": {"identifier": "p"},
                 "destinationNodeURI": {"identifier": "elsewhere"}}],
              "CFDefinitions": {"CFLicenses": [{"identifier": "lic", "title": "CC0 1.0 Universal"}]}}}
            """)
        let framework = result.framework
        #expect(framework.metadata.id == "science-standards")
        #expect(framework.metadata.publisher == "State DoE")
        #expect(framework.metadata.date == "2019-08-14")
        #expect(framework.metadata.notes == ["First.", "Second."])
        #expect(framework.metadata.licence == "CC0 1.0 Universal")
        #expect(framework.metadata.source == "https://example.gov/science.pdf")
        #expect(framework.levels == [CASEImport.statementLevel])
        // The strand's parent is not in the package (its URI matches nothing), so the strand
        // goes to the top level with the standard under it; the childless grade goes into a
        // synthetic domain.
        #expect(framework.domains.map(\.code) == ["1", "5-PS"])
        #expect(framework.subdomains.map(\.code) == ["1a", "5-PS.a"])
        #expect(framework.components.map(\.code) == ["5", "5-PS1-1"])
        #expect(framework.components.map(\.title) == ["Grade 5", "Matter"])
        let notes = result.notes.joined(separator: "\n")
        #expect(notes.contains("ext:alignsTo (1)"))
        #expect(notes.contains("pointed at a parent not in the package"))
    }

    @Test func membersOfTheWrongTypeReadAsMissing() throws {
        let item = try CASEJSON.decode(
            CFItem.self,
            #"{"identifier": 5, "uri": null, "fullStatement": ["x"], "humanCodingScheme": {"a": 1}, "notes": true,"#
                + #" "CFItemTypeURI": "not a link", "extensions": 3}"#)
        #expect(item == CFItem())
        let association = try CASEJSON.decode(
            CFAssociation.self, #"{"associationType": 7, "sequenceNumber": "first", "originNodeURI": []}"#)
        #expect(association == CFAssociation())
    }

    @Test(
        arguments: [
            (#"3"#, 3), (#""3""#, 3), (#"" 4 ""#, 4), (#"5.0"#, 5), (#"5.5"#, nil), (#"1e20"#, nil), (#"true"#, nil),
            (#"null"#, nil), (#"-9223372036854775808"#, Int.min),
        ] as [(String, Int?)])
    func wholeNumbersAreReadAsSomeToolsWriteThem(json: String, expected: Int?) throws {
        let association = try CASEJSON.decode(CFAssociation.self, "{\"sequenceNumber\": \(json)}")
        #expect(association.sequenceNumber == expected)
    }

    @Test func arrayElementsThatAreNotObjectsAreLeftOut() throws {
        let package = try HandWritten.decoded(
            """
            {"CFDocument": {"title": "T"}, "CFItems": [1, "x", null, [], {"identifier": "i"}],
             "CFAssociations": [false, {"associationType": "isChildOf"}],
             "CFRubrics": [{"CFRubricCriteria": [0, {"CFRubricCriterionLevels": ["Level", {"quality": "Q"}]}]}, 2]}
            """)
        #expect(package.items.map(\.identifier) == ["i"])
        #expect(package.associations.map(\.associationType) == [.isChildOf])
        #expect(package.rubrics.count == 1)
        #expect(package.rubrics[0].criteria.map { $0.levels.map(\.quality) } == [["Q"]])
    }

    @Test func ourExtensionMustBeAnObject() throws {
        for extensions in [#"{"competencyKit": 5}"#, #"{"competencyKit": null}"#, #"[{"competencyKit": "x"}]"#, "[]"] {
            let item = try CASEJSON.decode(CFItem.self, "{\"extensions\": \(extensions)}")
            #expect(item.extensions == nil, "\(extensions)")
        }
        let document = try CASEJSON.decode(
            CFDocument.self, #"{"extensions": {"competencyKit": {"notes": ["a", 1, "b"], "formatVersion": "1"}}}"#)
        #expect(document.extensions?.competencyKit.notes == ["a", "b"])
        #expect(document.extensions?.competencyKit.formatVersion == 1)
        let kind = try CASEJSON.decode(CFItem.CompetencyKitFields.self, #"{"kind": "strand", "symbol": "s"}"#)
        #expect(kind == CFItem.CompetencyKitFields(symbol: "s"))
    }

    @Test func aPackageMayBeWrapped() throws {
        let wrapped = try HandWritten.decoded(#"{"CFPackage": {"CFDocument": {"title": "Inside"}}}"#)
        #expect(wrapped.document.title == "Inside")
        // The document wins over a wrapper beside it.
        let both = try HandWritten.decoded(
            #"{"CFDocument": {"title": "Outside"}, "CFPackage": {"CFDocument": {"title": "Inside"}}}"#)
        #expect(both.document.title == "Outside")
    }
}
