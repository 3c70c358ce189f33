import CompetencyFramework
import Foundation
import FrameworkExport
import Testing

/// The test fixtures: small frameworks as JSON, and the golden files the renderers must
/// reproduce byte for byte.
enum Fixtures {
    /// The fixtures folder as copied into the test bundle.
    static let directory: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the test bundle has no Fixtures folder")
        }
        return url
    }()

    /// The fixtures folder in the source tree, where golden files are rewritten.
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func text(_ name: String) throws -> String {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try #require(String(data: data, encoding: .utf8))
    }

    static func framework(_ name: String) throws -> Framework {
        try JSONExport.decode(text(name))
    }

    /// The small framework with awkward characters in every field.
    static func small() throws -> Framework { try framework("small.framework.json") }

    /// A differently shaped framework: five levels, one domain, `DS-1.10`-style codes.
    static func digitalSkills() throws -> Framework { try framework("digital-skills.framework.json") }

    /// Checks `actual` against the golden file `name`. With `UPDATE_GOLDEN_FILES=1` in the
    /// environment it rewrites the file in the source tree instead.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN_FILES"] == "1" {
            try Data(actual.utf8).write(to: sourceDirectory.appendingPathComponent(name))
            return
        }
        let expected = try text(name)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail =
                first.map { "line \($0.offset + 1):\n  got      \($0.element.0)\n  expected \($0.element.1)" }
                ?? "line counts differ: \(actualLines.count) vs \(expectedLines.count)"
            Issue.record("\(name) differs from the golden file; \(detail)", sourceLocation: sourceLocation)
        }
    }
}
