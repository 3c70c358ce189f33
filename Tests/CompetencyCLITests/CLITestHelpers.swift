import CommandLineParsing
import CompetencyCLI
import Foundation
import Testing

// Everything the CLI tests share: running `competency` (in-process, or as a process), fixtures,
// scratch folders, and readers for what it prints.

/// What one run of `competency` gave back.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Whether either stream holds an ANSI escape sequence.
    var hasEscapes: Bool { stdout.contains("\u{1B}") || stderr.contains("\u{1B}") }
}

/// Runs `competency` as a user would: arguments in; standard output, standard error and exit
/// status out. ``run(_:environment:stdin:directory:outputIsTerminal:)`` runs it in-process, for
/// speed; ``runProcess(_:environment:stdin:directory:)`` runs the built executable, for what only
/// a process shows (terminal detection, the real standard input, the exit status).
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

    /// Runs `competency` with `arguments` in this process. Standard input holds `stdin` (nothing
    /// if `nil`); the environment is exactly `environment`; relative paths are read and written
    /// in `directory` (the process's working directory if `nil`); standard output is a terminal
    /// only if `outputIsTerminal` says so.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, directory: URL? = nil,
        outputIsTerminal: Bool = false
    ) throws -> CLIResult {
        let output = BufferSink()
        let error = BufferSink()
        let console = Console(
            standardInput: .text(stdin ?? ""), standardOutput: output, standardError: error,
            outputIsTerminal: outputIsTerminal, environment: environment,
            workingDirectory: directory?.path ?? FileManager.default.currentDirectoryPath)
        let status = CompetencyTool(arguments: arguments, console: console).run()
        return CLIResult(status: status, stdout: output.text, stderr: error.text)
    }

    /// Runs the `competency` executable with `arguments`. Standard output is never a terminal
    /// here. The environment is the test's own without `NO_COLOR`, `COLUMNS` and
    /// `CLICOLOR_FORCE`, plus `environment`.
    static func runProcess(
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

/// A small RFC 4180 reader: records of fields, quoted fields with doubled quotes and line
/// breaks inside, CRLF (or LF) between records.
enum CSVReader {
    struct Malformed: Error {}

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard !fieldStarted else { throw Malformed() }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard characters.first == "\n" else { throw Malformed() }
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
            default:
                field.unicodeScalars.append(c)
                fieldStarted = true
            }
        }
        guard !quoted else { throw Malformed() }
        if fieldStarted || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

/// Decodes JSON printed by the tool.
func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(text.utf8))
}

/// Parses JSON printed by the tool into Foundation values.
func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// Whether `python3` with PyYAML can be run, for the cross-check with another YAML parser.
let pythonWithYAML: Bool = (try? runPython("import yaml")) != nil

/// Runs a Python script with arguments; its standard output, or an error if it failed.
@discardableResult
func runPython(_ script: String, _ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    return String(decoding: data, as: UTF8.self)
}

/// Checks that every tag of an HTML page is closed in order: void elements (`<br>`, `<meta>`,
/// `<col>`) and self-closed SVG elements (`<rect/>`) stand alone, everything else nests.
func checkWellFormed(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    var stack: [String] = []
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
        rest = rest[rest.index(after: open)...]
        if rest.hasPrefix("!--") {
            guard let end = rest.range(of: "-->") else {
                Issue.record("unclosed comment", sourceLocation: sourceLocation); return
            }
            rest = rest[end.upperBound...]
            continue
        }
        guard let close = rest.firstIndex(of: ">") else {
            Issue.record("unclosed tag", sourceLocation: sourceLocation)
            return
        }
        let tag = rest[..<close]
        rest = rest[rest.index(after: close)...]
        if tag.hasPrefix("!") { continue }
        let isClosing = tag.hasPrefix("/")
        let name = String(tag.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
        #expect(
            !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, "bad tag <\(tag)>",
            sourceLocation: sourceLocation)
        if isClosing {
            let top = stack.popLast()
            #expect(top == name, "</\(name)> closes <\(top ?? "nothing")>", sourceLocation: sourceLocation)
            if top != name { return }
        } else if !void.contains(name), !tag.hasSuffix("/") {
            stack.append(name)
        }
    }
    #expect(stack.isEmpty, "unclosed: \(stack)", sourceLocation: sourceLocation)
}
