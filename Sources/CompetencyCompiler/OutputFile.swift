import Foundation

/// Writing generated files so that an unchanged result leaves the file untouched: the build
/// system then sees no change and does not recompile the module.
public enum OutputFile {
    /// Writes `text` to `path` unless the file already holds exactly that text. Returns
    /// whether it wrote.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> Bool {
        let bytes = Data(text.utf8)
        if let existing = FileManager.default.contents(atPath: path), existing == bytes {
            return false
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        return true
    }

    /// The name of the Swift file generated for a framework file: `Reading.framework.yaml`
    /// becomes `Reading.framework.swift`.
    public static func swiftFileName(forFrameworkAt path: String) -> String {
        var name = String(path.split(separator: "/").last ?? "Framework")
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name + ".swift"
    }

    /// The paths of the files that hold generated code split into `parts` (see
    /// `competency-compiler --parts`): `path` itself, then `path` with `.part2`, `.part3`, …
    /// before its `.swift` extension. `Reading.framework.swift` in three parts is
    /// `Reading.framework.swift`, `Reading.framework.part2.swift` and `Reading.framework.part3.swift`.
    public static func partPaths(_ path: String, parts: Int) -> [String] {
        let stem = path.hasSuffix(".swift") ? String(path.dropLast(".swift".count)) : path
        return [path] + (1..<max(parts, 1)).map { "\(stem).part\($0 + 1).swift" }
    }
}
