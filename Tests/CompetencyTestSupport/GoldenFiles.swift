import Foundation
import Testing

/// Golden files: expected output checked in beside the other fixtures, compared byte for
/// byte. After an intended change, run the tests with `UPDATE_GOLDEN_FILES=1` in the
/// environment to rewrite them in the source tree, and review the diff.
extension FixtureFolder {
    /// The one switch that rewrites golden files instead of checking them.
    public static var isUpdatingGoldenFiles: Bool {
        ProcessInfo.processInfo.environment["UPDATE_GOLDEN_FILES"] == "1"
    }

    /// Checks `actual` against the golden file `name` (relative to the fixtures), naming
    /// the first line that differs; with `UPDATE_GOLDEN_FILES=1` rewrites the file in the
    /// source tree instead.
    public func expectGolden(
        _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if Self.isUpdatingGoldenFiles {
            let url = sourceURL.appendingPathComponent(name)
            // A new golden file may start a new folder.
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try text(name)
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let detail =
            first.map { "line \($0.offset + 1):\n  got      \($0.element.0)\n  expected \($0.element.1)" }
            ?? "the end: \(actualLines.count) lines instead of \(expectedLines.count)"
        let advice = "after an intended change, rerun with UPDATE_GOLDEN_FILES=1 and review the diff"
        Issue.record(
            "the output differs from the golden file \(name) at \(detail)\n(\(advice))", sourceLocation: sourceLocation)
    }
}
