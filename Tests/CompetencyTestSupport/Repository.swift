import Foundation

/// The repository the tests were built from, for what lies outside a test target's own
/// fixtures: the documentation the tests keep in step, the bundled toolkit, the examples
/// and other targets' corpora.
public enum Repository {
    /// The repository's root, found from this file (`Tests/CompetencyTestSupport/`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The URL of `relativePath` in the repository.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The text of a file in the repository, which must be UTF-8.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// The bundled Leadership Toolkit's framework file.
    public static var toolkit: URL {
        url("Frameworks/LeadershipToolkit/LeadershipToolkit.framework.yaml")
    }
}
