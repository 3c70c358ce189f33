import CommandLineParsing
import CompetencyCLI
import CompetencyTestSupport
import Foundation
import Testing

// Everything the CLI tests share: running `competency` (in-process, or as a process), fixtures,
// and JSON readers for what it prints.

/// Runs `competency` as a user would: arguments in; standard output, standard error and exit
/// status out. ``run(_:environment:stdin:directory:outputIsTerminal:)`` runs it in-process, for
/// speed; ``runProcess(_:environment:stdin:directory:)`` runs the built executable, for what only
/// a process shows (terminal detection, the real standard input, the exit status).
enum CLI {
    /// The test fixtures, copied into the test bundle.
    static let fixtures = FixtureFolder(bundle: .module)

    /// The path of a fixture file.
    static func fixture(_ name: String) -> String {
        fixtures.path(name)
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

    /// Runs the built `competency` executable with `arguments` (see ``CompetencyExecutable``).
    static func runProcess(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        directory: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIResult {
        try CompetencyExecutable.run(
            arguments, environment: environment, stdin: stdin, directory: directory, sourceLocation: sourceLocation)
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
