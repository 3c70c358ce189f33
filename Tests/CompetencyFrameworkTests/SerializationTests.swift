@_spi(Generated) import CompetencyFramework
import Foundation
import Testing

@Suite struct SerializationTests {
    @Test func jsonRoundTripIsLossless() throws {
        let data = try JSONEncoder().encode(SampleFramework.value)
        let decoded = try JSONDecoder().decode(Framework.self, from: data)
        #expect(decoded == SampleFramework.value)
    }

    @Test func jsonFormKeepsMetadataAtTopLevelAndGapsAsGaps() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(SampleFramework.value), as: UTF8.self)
        #expect(json.hasPrefix("{\"domains\":"))
        #expect(json.contains("\"id\":\"sample\""))
        #expect(json.contains("{\"gap\":\"no text in the source\",\"level\":\"leading\"}"))
    }

    @Test func archiveRoundTripIsLossless() {
        let archive = FrameworkArchive.encode(SampleFramework.value)
        #expect(FrameworkArchive.decode(archive) == SampleFramework.value)
    }

    @Test func archiveKeepsAnyText() {
        let strange = "quote \" backslash \\ NUL \u{0} newline \n emoji 🙂 bidi \u{202E} combining e\u{301} \"\"\" \\( #"
        var framework = SampleFramework.value
        framework.metadata.title = strange
        framework.domains[0].subdomains[0].components[0].descriptors[0].descriptor = .text(strange)
        #expect(FrameworkArchive.decode(FrameworkArchive.encode(framework)) == framework)
    }

    @Test(arguments: ["", "CKA1", "CKA15:hello", "XXXX", "CKA13:abc"])
    func malformedArchivesAreRejected(_ archive: String) {
        #expect(FrameworkArchive.decode(archive) == nil)
    }
}
