import CompetencyCompiler
import CompetencyDiagnostics
import CompetencyFramework
import Foundation
import FrameworkLoading
import Testing

/// Where the robustness tests find their files and the built tools.
enum Paths {
    /// The repository, found from this source file: the tests read every fixture corpus and
    /// framework in it, not only their own.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// This target's fixtures, copied into the test bundle.
    static let fixtures: URL =
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)
        ?? Bundle.module.bundleURL.appendingPathComponent("Fixtures")

    /// The `.framework.yaml` files of one folder of this target's fixtures, sorted.
    static func fixtureFiles(_ folder: String) -> [URL] {
        files(in: fixtures.appendingPathComponent(folder), suffix: ".yaml")
    }

    /// The files in `directory` whose names end with `suffix`, sorted by name.
    static func files(in directory: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Every malformed or hostile file of every corpus in the repository: the framework and
    /// YAML-lite invalid fixtures, the code generator's, and this target's.
    static var everyHostileFile: [URL] {
        let elsewhere = [
            "Tests/FrameworkLoadingTests/Fixtures/invalid", "Tests/YAMLLiteTests/Fixtures/invalid",
            "Tests/FrameworkCodeGenTests/Fixtures/invalid",
        ]
        return elsewhere.flatMap { files(in: repository.appendingPathComponent($0), suffix: ".yaml") }
            + fixtureFiles("hostile") + fixtureFiles("findings")
    }

    /// Every framework file in the repository that loads without errors, and the bundled
    /// toolkit: the fixtures, the examples and this target's files that must load.
    static var everyLoadingFramework: [URL] {
        var found: [URL] = []
        for folder in ["Tests", "Frameworks", "Examples"] {
            let root = repository.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker {
                if url.lastPathComponent.hasPrefix(".build") || url.lastPathComponent == "invalid" {
                    walker.skipDescendants()
                    continue
                }
                guard url.lastPathComponent.hasSuffix(".framework.yaml") else { continue }
                if FrameworkFile.load(path: url.path).framework != nil { found.append(url) }
            }
        }
        return found.sorted { $0.path < $1.path } + fixtureFiles("loads")
    }

    /// The bundled Leadership Toolkit's framework file.
    static var toolkit: URL {
        let folder = repository.appendingPathComponent("Frameworks/LeadershipToolkit")
        return files(in: folder, suffix: ".framework.yaml")[0]
    }

    /// A built executable: next to the test bundle, or further up the build folder.
    static func executable(_ names: String...) -> URL? {
        var starts = [Bundle.module.bundleURL, Bundle.main.bundleURL]
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<6 {
                for name in names {
                    let candidate = directory.appendingPathComponent(name)
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                        !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path)
                    {
                        return candidate
                    }
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// A new empty folder under the temporary directory.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("robustness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// What one run of a tool gave back.
struct ToolRun: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `arguments`, standard input empty and the colour variables unset.
func runTool(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ToolRun {
    let scratch = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    for name in ["NO_COLOR", "COLUMNS", "CLICOLOR_FORCE", "FORCE_COLOR"] { environment[name] = nil }
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    let output = try FileHandle(forWritingTo: outURL)
    let error = try FileHandle(forWritingTo: errURL)
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try output.close()
    try error.close()
    return ToolRun(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// One line of an expectations manifest: `FILE CODE LINE:COLUMN`.
struct Expectation: Sendable, CustomTestStringConvertible {
    var file: String
    var code: String
    var line: Int
    var column: Int
    var testDescription: String { "\(file) \(code) \(line):\(column)" }

    static func read(_ manifest: URL) -> [Expectation] {
        let text = (try? String(contentsOf: manifest, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 3, !line.hasPrefix("#") else { return nil }
            let position = fields[2].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { return nil }
            return Expectation(file: String(fields[0]), code: String(fields[1]), line: position[0], column: position[1])
        }
    }
}

/// A file's diagnostics from loading and from generating Swift, as `competency-compiler` reports them.
func compilerDiagnostics(_ url: URL) -> (file: FrameworkFile, diagnostics: [Diagnostic], source: String?) {
    let file = FrameworkFile.load(path: url.path)
    let compilation = FrameworkCompilation(file: file)
    return (file, compilation.diagnostics, compilation.source)
}
