import CompetencyFramework
import Foundation
import FrameworkLoading
import Testing

/// Valid files round-trip: file → model → JSON → model is lossless.
@Suite struct RoundTripTests {
    @Test func validFixturesRoundTripThroughJSON() throws {
        let directory = FixtureCorpusTests.fixtures.appendingPathComponent("valid")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        for name in names {
            let framework = try #require(
                FrameworkFile.load(path: directory.appendingPathComponent(name).path).framework)
            let json = try JSONEncoder().encode(framework)
            #expect(try JSONDecoder().decode(Framework.self, from: json) == framework, "\(name)")
        }
    }
}
