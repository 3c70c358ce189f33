import Foundation

/// What a command-line tool runs against, besides its arguments: its standard streams, whether
/// standard output is a terminal, its environment and its working directory.
///
/// ``process()`` is the process's own; a test passes buffers, an environment and a folder,
/// and runs a whole tool in-process.
package struct Console {
    /// Where the input `-` is read from.
    package var standardInput: StandardInput
    /// Where results go.
    package var standardOutput: any TextSink
    /// Where errors, warnings and notes go.
    package var standardError: any TextSink
    /// Whether standard output is an interactive terminal (colour follows from it).
    package var outputIsTerminal: Bool
    /// The terminal's width in columns, when standard output is a terminal that says.
    package var terminalWidth: Int?
    /// The environment variables (`COLUMNS`, `NO_COLOR`, `CLICOLOR_FORCE`).
    package var environment: [String: String]
    /// The folder relative paths are read and written against.
    package var workingDirectory: String

    /// A console over `standardOutput` and `standardError`; by default with nothing on
    /// standard input, not a terminal, an empty environment, and the process's working
    /// directory.
    package init(
        standardInput: StandardInput = .text(""), standardOutput: any TextSink, standardError: any TextSink,
        outputIsTerminal: Bool = false, terminalWidth: Int? = nil, environment: [String: String] = [:],
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.standardInput = standardInput
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputIsTerminal = outputIsTerminal
        self.terminalWidth = terminalWidth
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// The process's own streams, environment and working directory.
    package static func process() -> Console {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        return Console(
            standardInput: .process, standardOutput: FileDescriptorSink(.standardOutput),
            standardError: FileDescriptorSink(.standardError), outputIsTerminal: isTerminal,
            terminalWidth: isTerminal ? Self.standardOutputColumns() : nil,
            environment: ProcessInfo.processInfo.environment)
    }

    /// Writes `text` and a newline to standard output.
    package func line(_ text: String = "") {
        standardOutput.write(text)
        standardOutput.write("\n")
    }

    /// Writes `text` to standard output, adding a final newline if it has none.
    package func block(_ text: String) {
        standardOutput.write(text)
        if let last = text.utf8.last, last != UInt8(ascii: "\n") { standardOutput.write("\n") }
    }

    /// Writes `text` and a newline to standard error.
    package func diagnostic(_ text: String) {
        standardError.write(text)
        standardError.write("\n")
    }

    /// Flushes both output streams.
    package func flush() {
        standardOutput.flush()
        standardError.flush()
    }

    /// `path` made absolute against the working directory, so that the tool reads and writes
    /// where it was asked wherever it runs, and diagnostics printed with the path lead editors
    /// to the file. `-` (standard input or output) stays as it is.
    package func absolutePath(_ path: String) -> String {
        guard path != "-", !path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
            .standardizedFileURL.path
    }

    /// The width of the terminal standard output is, if it says.
    private static func standardOutputColumns() -> Int? {
        #if os(Linux) || os(macOS)
            var size = winsize()
            guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
            return Int(size.ws_col)
        #else
            return nil
        #endif
    }
}
