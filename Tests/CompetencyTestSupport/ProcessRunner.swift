import Foundation

/// What one run of a program gave back.
public struct ProcessRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Whether either stream holds an ANSI escape sequence.
    public var hasEscapes: Bool { stdout.contains("\u{1B}") || stderr.contains("\u{1B}") }

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs a program as a user would: arguments and standard input in; standard output,
/// standard error and exit status out.
public enum ProcessRunner {
    /// The variables that change how the kit's tools colour and lay out their output; a
    /// run starts without them, so that output does not depend on the shell the tests ran
    /// from.
    public static let layoutVariables = ["NO_COLOR", "COLUMNS", "CLICOLOR_FORCE", "FORCE_COLOR"]

    /// Runs `executable` with `arguments` in `directory` (the test's own by default).
    /// Standard input is `stdin` (empty by default) and output is never a terminal; the
    /// environment is the test's own without ``layoutVariables``, plus `environment`.
    ///
    /// Output goes to files rather than pipes: a pipe's buffer fills and stalls a program
    /// that writes more than it holds before the test reads it.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        directory: URL? = nil
    ) throws -> ProcessRun {
        let scratch = try makeScratchDirectory("process-run")
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
        var variables = ProcessInfo.processInfo.environment
        for name in layoutVariables { variables[name] = nil }
        variables.merge(environment) { _, new in new }
        process.environment = variables
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
        return ProcessRun(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
