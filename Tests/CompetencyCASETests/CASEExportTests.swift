import CompetencyCASE
import CompetencyFramework
import CompetencyKitInternals
import Foundation
import Testing

/// Lower-case 8-4-4-4-12, version 5, RFC 9562 variant.
private func isVersion5UUID(_ text: String) -> Bool {
    text.wholeMatch(of: #/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/#) != nil
}

/// Every value of every `identifier`, `rubricId` and `rubricCriterionId` key in the tree.
private func identifiers(in value: Any, into found: inout [String]) {
    if let object = value as? [String: Any] {
        for (key, element) in object {
            if ["identifier", "rubricId", "rubricCriterionId"].contains(key), let text = element as? String {
                found.append(text)
            } else {
                identifiers(in: element, into: &found)
            }
        }
    } else if let array = value as? [Any] {
        for element in array { identifiers(in: element, into: &found) }
    }
}

@Suite struct CASEExportTests {
    @Test func sha1AndUUIDv5MatchPublishedVectors() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(
            hex(SHA1.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(
            hex(SHA1.hash(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)))
                == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        // uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com") in Python.
        let dns: [UInt8] = [
            0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
        ]
        #expect(NameBasedUUID.string(namespace: dns, name: "www.example.com") == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        #expect(
            NameBasedUUID.string(namespace: NameBasedUUID.urlNamespace, name: "https://competencykit.org/case")
                == CASEExport.namespace)
        // uuid.uuid5(uuid.UUID(CASEExport.namespace), "reading-for-pleasure/CFDocument") in Python.
        #expect(
            CASEExport.identifier(frameworkID: "reading-for-pleasure", name: "CFDocument")
                == "bbfc6ea3-162f-53c7-a043-101fe6153ed7")
    }

    @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
    func structureMatchesTheFramework(fixture: String) throws {
        let framework = try Fixtures.framework(fixture)
        let package = try parse(CASEExport.render(framework))
        let document = try #require(package["CFDocument"] as? [String: Any])
        let items = objects(package["CFItems"])
        let associations = objects(package["CFAssociations"])
        let rubrics = objects(package["CFRubrics"])
        let nodeCount = framework.domains.count + framework.subdomains.count + framework.components.count
        #expect(items.count == nodeCount)
        #expect(associations.count == nodeCount)
        #expect(associations.allSatisfy { $0["associationType"] as? String == "isChildOf" })
        #expect(rubrics.count == 1)
        let criteria = objects(rubrics.first?["CFRubricCriteria"])
        #expect(criteria.count == framework.components.count)
        #expect(criteria.allSatisfy { objects($0["CFRubricCriterionLevels"]).count == framework.levels.count })
        #expect(criteria.map { $0["position"] as? Int } == Array(1...framework.components.count))

        #expect(document["caseVersion"] as? String == "1.1")
        #expect(document["title"] as? String == framework.metadata.title)
        #expect(document["creator"] as? String == framework.metadata.publisher ?? framework.metadata.title)
        #expect(document["adoptionStatus"] as? String == "Draft")

        // Items: codes, titles and types, in document order.
        let expectedItems = framework.allPaths.compactMap { framework.node(at: $0) }.map {
            ($0.code.rawValue, $0.title, $0.kind.rawValue.prefix(1).uppercased() + $0.kind.rawValue.dropFirst())
        }
        #expect(items.map { $0["humanCodingScheme"] as? String ?? "" } == expectedItems.map(\.0))
        #expect(items.map { $0["fullStatement"] as? String ?? "" } == expectedItems.map(\.1))
        #expect(items.map { $0["CFItemType"] as? String ?? "" } == expectedItems.map(\.2))

        // Domains are children of the document; siblings are numbered from 1.
        let documentID = try #require(document["identifier"] as? String)
        let topLevel = associations.filter {
            ($0["destinationNodeURI"] as? [String: Any])?["identifier"] as? String == documentID
        }
        #expect(topLevel.map { $0["sequenceNumber"] as? Int } == Array(1...framework.domains.count))

        // Every identifier is a lower-case version 5 UUID; objects' own identifiers are unique.
        var all: [String] = []
        identifiers(in: package, into: &all)
        #expect(all.allSatisfy(isVersion5UUID))
        let own =
            [documentID]
            + (items + associations + rubrics + criteria + criteria.flatMap { objects($0["CFRubricCriterionLevels"]) })
            .compactMap { $0["identifier"] as? String }
        #expect(Set(own).count == own.count)
        #expect(own.count == 1 + 2 * nodeCount + 1 + framework.components.count * (1 + framework.levels.count))
    }

    @Test func gapsHaveFeedbackAndNoDescription() throws {
        let package = try parse(CASEExport.render(try Fixtures.small()))
        let criteria = objects(objects(package["CFRubrics"]).first?["CFRubricCriteria"])
        let levels = objects(criteria[1]["CFRubricCriterionLevels"])
        #expect(levels.map { $0["quality"] as? String } == ["Developing", "Secure", "Leading"])
        #expect(levels.map { $0["score"] as? Int } == [1, 2, 3])
        #expect(levels[0]["description"] as? String == "share a book they are reading each week.")
        #expect(levels[1]["description"] == nil)
        #expect(levels[1]["feedback"] as? String == "the source document has no text for this level")
        #expect(levels[2]["feedback"] == nil)
        // The 1.1 schema types this class's extensions as an array.
        #expect((levels[1]["extensions"] as? [Any])?.count == 1)
    }

    @Test func isByteIdenticalAcrossRunsAndUsesTheFrameworkDate() throws {
        let framework = try Fixtures.small()
        let first = CASEExport.render(framework)
        #expect(first == CASEExport.render(framework))
        #expect(first.hasSuffix("}\n"))
        // Document, items, associations, rubric, criteria, criterion levels, item types, licence.
        let nodes = framework.domains.count + framework.subdomains.count + framework.components.count
        #expect(
            first.components(separatedBy: "\"lastChangeDateTime\": \"2026-09-01T00:00:00Z\"").count - 1
                == 1 + 2 * nodes + 1 + framework.components.count * (1 + framework.levels.count) + 3 + 1)

        var undated = framework
        undated.metadata.date = nil
        let text = CASEExport.render(undated)
        #expect(!text.contains("2026-09-01T"))
        #expect(text.contains("\"lastChangeDateTime\": \"1970-01-01T00:00:00Z\""))
        undated.metadata.date = "2026-02-30"
        #expect(CASEExport.lastChangeDateTime(of: undated) == CASEExport.epoch)
    }

    @Test func baseURIChangesOnlyURIs() throws {
        let framework = try Fixtures.small()
        let standard = CASEExport.render(framework)
        let custom = CASEExport.render(
            framework, baseURI: "https://case.example.org/ims/case/v1p0/", adoptionStatus: "Adopted")
        #expect(custom.contains("\"uri\": \"https://case.example.org/ims/case/v1p0/CFItems/"))
        #expect(!custom.contains("competencykit.invalid"))
        #expect(custom.contains("\"adoptionStatus\": \"Adopted\""))
        let normalised = custom.replacingOccurrences(
            of: "https://case.example.org/ims/case/v1p0", with: CASEExport.defaultBaseURI
        )
        .replacingOccurrences(of: "\"Adopted\"", with: "\"Draft\"")
        #expect(normalised == standard)
    }

    @Test func identifiersDependOnFrameworkIDAndCode() throws {
        let a = CASEExport.identifier(frameworkID: "one", name: "CFItem/component/1a.i")
        #expect(a == CASEExport.identifier(frameworkID: "one", name: "CFItem/component/1a.i"))
        #expect(a != CASEExport.identifier(frameworkID: "two", name: "CFItem/component/1a.i"))
        #expect(a != CASEExport.identifier(frameworkID: "one", name: "CFItem/component/1a.ii"))
        #expect(isVersion5UUID(a))
    }
}
