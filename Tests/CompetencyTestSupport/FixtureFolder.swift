import Foundation

/// A test target's `Fixtures` folder: the copy in the test bundle, which tests read, and the
/// original in the source tree, where golden files are rewritten.
///
/// Each test target owns its fixtures as a resource, and only that target can see its
/// `Bundle.module`, so the target passes its bundle in:
///
///     let fixtures = FixtureFolder(bundle: .module)
///
/// Declare it in a file at the root of the target's folder: the source-tree copy is found
/// beside that file.
public struct FixtureFolder: Sendable {
    /// The folder as copied into the test bundle.
    public let url: URL
    /// The folder in the source tree.
    public let sourceURL: URL

    /// The folder `name` of `bundle`; `filePath` (the caller's file, by default) locates the
    /// source-tree copy.
    public init(bundle: Bundle, name: String = "Fixtures", filePath: StaticString = #filePath) {
        url =
            bundle.url(forResource: name, withExtension: nil)
            ?? bundle.bundleURL.appendingPathComponent(name)
        sourceURL = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The URL of `relativePath` inside the folder.
    public func url(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// The file-system path of `relativePath` inside the folder.
    public func path(_ relativePath: String) -> String {
        url(relativePath).path
    }

    /// The bytes of a fixture.
    public func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }

    /// The text of a fixture, which must be UTF-8.
    public func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// The files of `folder` (relative to the fixtures) whose names end with `suffix`,
    /// sorted by name; none if the folder is missing.
    public func files(in folder: String, suffix: String = ".yaml") -> [URL] {
        Self.files(in: url(folder), suffix: suffix)
    }

    /// The names of ``files(in:suffix:)`` without the suffix.
    public func names(in folder: String, suffix: String = ".yaml") -> [String] {
        files(in: folder, suffix: suffix).map { String($0.lastPathComponent.dropLast(suffix.count)) }
    }

    /// The files in `directory` whose names end with `suffix`, sorted by name.
    public static func files(in directory: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }
}
