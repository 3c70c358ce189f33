import Foundation
import Testing

/// What one run of `competency` gave back.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Whether either stream holds an ANSI escape sequence.
    var hasEscapes: Bool { stdout.contains("\u{1B}") || stderr.contains("\u{1B}") }
}

/// Runs the built `competency` executable as a user would: arguments in; standard output,
/// standard error and exit status out.
enum CLI {
    /// The `competency` executable next to the test bundle (`.build/<config>/competency`).
    static let executable: URL? = locateExecutable()

    /// The folder of test fixtures, copied into the test bundle.
    static let fixtures: URL =
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)
        ?? Bundle.module.bundleURL.appendingPathComponent("Fixtures")

    /// The path of a fixture file.
    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    /// Runs `competency` with `arguments`. Standard output is never a terminal here. The
    /// environment is the test's own without `NO_COLOR`, `COLUMNS` and `CLICOLOR_FORCE`,
    /// plus `environment`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        directory: URL? = nil
    ) throws -> CLIResult {
        let executable = try #require(executable, "the competency executable was not found near the test bundle")
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("competency-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try Data((stdin ?? "").utf8).write(to: inURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "COLUMNS", "CLICOLOR_FORCE", "FORCE_COLOR"] { env[name] = nil }
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        try input.close()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Walks up from the test bundle (and from the test binary) to the first folder that
    /// holds an executable file named `competency`.
    private static func locateExecutable() -> URL? {
        let manager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["COMPETENCY_EXECUTABLE"] {
            return URL(fileURLWithPath: override)
        }
        var starts = [Bundle.module.bundleURL, Bundle.main.bundleURL]
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first))
        }
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("competency")
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    manager.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}

/// A fresh temporary folder for files a test writes; removed by the caller.
func makeScratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("competency-cli-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
