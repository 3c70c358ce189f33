@_spi(Generated) import CompetencyFramework
import Foundation
import Testing

@Suite struct SerializationTests {
    let sample: Framework

    init() throws {
        sample = try SampleFramework.load()
    }

    @Test func jsonRoundTripIsLossless() throws {
        let data = try JSONEncoder().encode(sample)
        let decoded = try JSONDecoder().decode(Framework.self, from: data)
        #expect(decoded == sample)
    }

    @Test func jsonFormKeepsMetadataAtTopLevelAndGapsAsGaps() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(sample), as: UTF8.self)
        #expect(json.hasPrefix("{\"domains\":"))
        #expect(json.contains("\"id\":\"sample\""))
        #expect(json.contains("{\"gap\":\"no text in the source\",\"level\":\"leading\"}"))
    }

    @Test func archiveRoundTripIsLossless() {
        let archive = FrameworkArchive.encode(sample)
        #expect(FrameworkArchive.decode(archive) == sample)
    }

    @Test func archiveKeepsAnyText() {
        let strange = "quote \" backslash \\ NUL \u{0} newline \n emoji 🙂 bidi \u{202E} combining e\u{301} \"\"\" \\( #"
        var framework = sample
        framework.metadata.title = strange
        framework.domains[0].subdomains[0].components[0].descriptors[0].descriptor = .text(strange)
        #expect(FrameworkArchive.decode(FrameworkArchive.encode(framework)) == framework)
    }

    @Test(arguments: ["", "CKA1", "CKA15:hello", "XXXX", "CKA13:abc"])
    func malformedArchivesAreRejected(_ archive: String) {
        #expect(FrameworkArchive.decode(archive) == nil)
    }
}
