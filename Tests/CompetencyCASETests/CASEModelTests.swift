import CompetencyCASE
import CompetencyKitInternals
import Foundation
import Testing

/// `value` survives Foundation's encoder and decoder, and the kit's own.
private func expectRoundTrip<T: Codable & Equatable>(
    _ value: T, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(try CASEJSON.roundTrip(value) == value, sourceLocation: sourceLocation)
    let json = try JSONValueEncoder().encode(value)
    #expect(try JSONValueDecoder().decode(T.self, from: json) == value, sourceLocation: sourceLocation)
}

@Suite struct CASEModelTests {
    static let link = LinkURI(title: "Title", identifier: "id-1", uri: "https://example.org/1")

    @Test func linksRoundTrip() throws {
        try expectRoundTrip(Self.link)
        try expectRoundTrip(LinkGenURI(title: "Elsewhere", identifier: "x", uri: "https://x", targetType: "ext:Other"))
        try expectRoundTrip(LinkURI())
    }

    @Test func documentRoundTrips() throws {
        let fields = CFDocument.CompetencyKitFields(
            formatVersion: 1, id: "reading", symbol: "Reading", date: "2024-02-29", epigraph: "Read.",
            notes: ["One.", "Two."], licence: "CC BY 4.0", source: "a book", stem: "A reader will")
        try expectRoundTrip(
            CFDocument(
                identifier: "d", uri: "https://x/d", creator: "Trust", title: "Reading",
                lastChangeDateTime: "2024-02-29T00:00:00Z", caseVersion: "1.1", publisher: "Trust", version: "2",
                description: "All about reading.", language: "en", adoptionStatus: "Adopted",
                officialSourceURL: "https://x", licenseURI: Self.link, notes: "One.\n\nTwo.",
                extensions: CompetencyKitExtensions(fields)))
        try expectRoundTrip(CFDocument(title: "Only a title"))
    }

    @Test func itemAndAssociationRoundTrip() throws {
        try expectRoundTrip(
            CFItem(
                identifier: "i", uri: "https://x/i", fullStatement: "Listen", abbreviatedStatement: "L",
                humanCodingScheme: "1a.i", itemType: "Component", itemTypeURI: Self.link, notes: "Why.",
                lastChangeDateTime: "2024-01-01T00:00:00Z",
                extensions: CompetencyKitExtensions(
                    CFItem.CompetencyKitFields(kind: .component, symbol: "listen", description: "D", notes: "N"))))
        for type in CFAssociationType.standard + [.other("ext:mapsTo")] {
            try expectRoundTrip(
                CFAssociation(
                    identifier: "a", uri: "https://x/a", associationType: type, sequenceNumber: 3,
                    originNodeURI: Self.link, destinationNodeURI: LinkGenURI(identifier: "d", targetType: "CASE"),
                    lastChangeDateTime: "2024-01-01T00:00:00Z"))
        }
    }

    @Test func definitionsAndRubricRoundTrip() throws {
        try expectRoundTrip(
            CFDefinitions(
                itemTypes: [
                    CFItemType(
                        identifier: "t", uri: "u", title: "Domain", description: "Top", hierarchyCode: "1",
                        typeCode: "domain", lastChangeDateTime: "x")
                ],
                licenses: [
                    CFLicense(identifier: "l", uri: "u", title: "MIT", licenseText: "MIT", lastChangeDateTime: "x")
                ]
            ))
        let level = CFRubricCriterionLevel(
            identifier: "l", uri: "u", quality: "Secure", position: 2, score: 2.5, description: "does it",
            feedback: "keep going", rubricCriterionId: "c", lastChangeDateTime: "x",
            extensions: CompetencyKitExtensions(CFRubricCriterionLevel.CompetencyKitFields(level: "secure")))
        try expectRoundTrip(level)
        let criterion = CFRubricCriterion(
            identifier: "c", uri: "u", itemURI: Self.link, position: 1, rubricId: "r", lastChangeDateTime: "x",
            levels: [level])
        try expectRoundTrip(criterion)
        let levels = try CASEJSON.decode(
            CFRubric.CompetencyKitFields.self,
            #"{"levels": [{"id": "secure", "name": "Secure", "summary": "S", "indicators": ["a"], "symbol": "s"}]}"#)
        try expectRoundTrip(
            CFRubric(
                identifier: "r", uri: "u", title: "Levels", description: "D", lastChangeDateTime: "x",
                criteria: [criterion], extensions: CompetencyKitExtensions(levels)))
    }

    @Test(arguments: ["small.golden.case.json", "digital-skills.golden.case.json"])
    func exportedPackagesDecodeAndWriteBackByteForByte(golden: String) throws {
        let text = try Fixtures.text(golden)
        let package = try CASEJSON.decode(CFPackage.self, text)
        #expect(try CASEJSON.write(package) == text)
        try expectRoundTrip(package)
    }

    @Test func renderWritesThePackage() throws {
        let framework = try Fixtures.digitalSkills()
        let package = CASEExport.package(framework, baseURI: "https://x.example/", adoptionStatus: "Adopted")
        #expect(
            try CASEJSON.write(package)
                == CASEExport.render(framework, baseURI: "https://x.example", adoptionStatus: "Adopted"))
        #expect(package.document.adoptionStatus == "Adopted")
        #expect(package.items.count == package.associations.count)
        #expect(package.associations.allSatisfy { $0.associationType == .isChildOf })
    }

    @Test func criterionLevelExtensionsAreWrittenAsAnArrayAndReadEitherWay() throws {
        let fields = CompetencyKitExtensions(CFRubricCriterionLevel.CompetencyKitFields(level: "secure"))
        let written = try CASEJSON.write(CFRubricCriterionLevel(extensions: fields))
        #expect(written.contains("\"extensions\": [\n    {\n      \"competencyKit\": {"))
        let fromObject = try CASEJSON.decode(
            CFRubricCriterionLevel.self, #"{"extensions": {"competencyKit": {"level": "secure"}}}"#)
        #expect(fromObject.extensions == fields)
        let item = try CASEJSON.decode(
            CFItem.self, #"{"extensions": [{"otherTool": {}}, 5, {"competencyKit": {"symbol": "S"}}]}"#)
        #expect(item.extensions?.competencyKit.symbol == "S")
    }

    @Test func associationTypesKeepUnknownTerms() throws {
        for type in CFAssociationType.standard {
            #expect(CFAssociationType(rawValue: type.rawValue) == type)
        }
        #expect(CFAssociationType(rawValue: "isChildOf") == .isChildOf)
        #expect(CFAssociationType(rawValue: "ext:hasPart") == .other("ext:hasPart"))
        #expect(CFAssociationType(rawValue: "IsChildOf") == .other("IsChildOf"))
        #expect(
            try CASEJSON.write([CFAssociationType.other("ext:x"), .exemplar]) == "[\n  \"ext:x\",\n  \"exemplar\"\n]\n")
    }
}
