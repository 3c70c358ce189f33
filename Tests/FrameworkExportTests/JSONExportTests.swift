import CompetencyFramework
import CompetencyTestSupport
import Foundation
import FrameworkExport
import Testing

@Suite struct JSONExportTests {
    @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
    func decodesToTheSameFramework(fixture: String) throws {
        let framework = try Fixtures.framework(fixture)
        let text = JSONExport.render(framework)
        #expect(try JSONExport.decode(text) == framework)
        // Any JSON decoder reads it: it is the model's own Codable form.
        #expect(try JSONDecoder().decode(Framework.self, from: Data(text.utf8)) == framework)
    }

    @Test func isDeterministicPrettyAndSorted() throws {
        let framework = try Fixtures.small()
        let text = JSONExport.render(framework)
        #expect(text == JSONExport.render(framework))
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"date\": \"2026-09-01\",\n  \"description\": "))
        let topLevelKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(topLevelKeys == topLevelKeys.sorted())
        #expect(topLevelKeys.contains("levels") && topLevelKeys.contains("domains") && topLevelKeys.contains("id"))
        // Non-ASCII text is written as UTF-8, and slashes are not escaped.
        #expect(text.contains("中文") && text.contains("https://example.org/reading-for-pleasure"))
    }

    @Test func roundTripsTrickyStrings() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let title = TrickyStrings.string(using: &generator)
            let text = TrickyStrings.string(using: &generator, maxLength: 60)
            let framework = Framework(
                metadata: FrameworkMetadata(id: "x", title: title, notes: [text]),
                levels: [ProficiencyLevel(id: "a", name: text)],
                domains: [
                    Domain(
                        code: "1", title: title,
                        subdomains: [
                            Subdomain(
                                code: "1a", title: text,
                                components: [
                                    Component(
                                        code: "1a.i", title: title,
                                        descriptors: [LevelDescriptor(level: "a", .text(text))])
                                ])
                        ])
                ])
            #expect(try JSONExport.decode(JSONExport.render(framework)) == framework)
        }
    }

    @Test func decodeRejectsWhatIsNotAFramework() {
        #expect(throws: (any Error).self) { try JSONExport.decode("{\"id\": \"x\"}") }
        #expect(throws: (any Error).self) { try JSONExport.decode("not json") }
    }
}
