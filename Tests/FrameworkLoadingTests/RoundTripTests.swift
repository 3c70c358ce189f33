import CompetencyFramework
import CompetencyTestSupport
import Foundation
import FrameworkLoading
import Testing

/// Valid files round-trip: file → model → JSON → model is lossless.
@Suite struct RoundTripTests {
    @Test func validFixturesRoundTripThroughJSON() throws {
        let files = fixtures.files(in: "valid")
        #expect(!files.isEmpty)
        for url in files {
            let framework = try #require(FrameworkFile.load(path: url.path).framework)
            let json = try JSONEncoder().encode(framework)
            #expect(try JSONDecoder().decode(Framework.self, from: json) == framework, "\(url.lastPathComponent)")
        }
    }
}
