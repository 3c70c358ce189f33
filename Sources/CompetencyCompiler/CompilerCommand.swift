import Foundation

/// The `competency-compiler` command: framework files in, Swift files out, diagnostics on
/// standard error in compiler form.
///
/// ```
/// competency-compiler Reading.framework.yaml -o Reading.framework.swift
/// competency-compiler a.framework.yaml b.framework.yaml --output-directory Generated
/// competency-compiler --check *.framework.yaml
/// ```
public struct CompilerCommand {
    /// Where the generated Swift goes.
    public enum Destination: Equatable, Sendable {
        /// One input, one output file (`-` for standard output).
        case file(String)
        /// One `<name>.framework.swift` per input, in this directory.
        case directory(String)
        /// Check only; write nothing.
        case none
    }

    /// The framework files to compile.
    public var inputs: [String]
    /// Where the Swift goes.
    public var destination: Destination

    /// The usage text.
    public static let usage = """
        USAGE: competency-compiler FILE... (-o OUTPUT.swift | --output-directory DIR | --check)

        Compiles competency framework files (*.framework.yaml) into Swift. Problems are printed
        to standard error as path:line:col: error|warning: message [CODE].

        OPTIONS:
          -o, --output FILE          Write the Swift for a single FILE here (- for stdout).
          --output-directory DIR     Write one NAME.framework.swift per input into DIR.
          --check                    Only check the files; write nothing.
          -h, --help                 Show this help.

        EXIT STATUS: 0 success (warnings allowed), 1 a file has errors, 2 usage error.
        """

    /// Parses command-line arguments (without the program name).
    public init(arguments: [String]) throws(UsageError) {
        var inputs: [String] = []
        var destination: Destination?
        var remaining = arguments[...]
        func setDestination(_ value: Destination) throws(UsageError) {
            guard destination == nil else {
                throw UsageError("use only one of -o, --output-directory and --check")
            }
            destination = value
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "-o", "--output":
                guard let value = remaining.popFirst() else { throw UsageError("\(argument) needs a file") }
                try setDestination(.file(value))
            case "--output-directory":
                guard let value = remaining.popFirst() else { throw UsageError("\(argument) needs a directory") }
                try setDestination(.directory(value))
            case "--check":
                try setDestination(.none)
            case "-h", "--help":
                throw UsageError(nil)
            case "-":
                inputs.append(argument)
            default:
                if argument.hasPrefix("-") { throw UsageError("unknown option \(argument)") }
                inputs.append(argument)
            }
        }
        guard !inputs.isEmpty else { throw UsageError("no framework files given") }
        guard let destination else {
            throw UsageError("say where the Swift goes: -o FILE, --output-directory DIR or --check")
        }
        if case .file = destination, inputs.count > 1 {
            throw UsageError("-o takes one input; use --output-directory for several")
        }
        self.inputs = inputs
        self.destination = destination
    }

    /// A problem with the command line; `nil` message means "show the help".
    public struct UsageError: Error {
        /// What was wrong.
        public var message: String?
        init(_ message: String?) { self.message = message }
    }

    /// Compiles every input, writing outputs and diagnostics. Returns the exit status.
    public func run(standardOutput: (String) -> Void, standardError: (String) -> Void) -> Int32 {
        var failed = false
        for input in inputs {
            let compilation = FrameworkCompilation(path: input)
            let shownPath = OutputFile.absolute(input)
            for line in compilation.compilerStyleDiagnostics(path: shownPath) { standardError(line + "\n") }
            guard let source = compilation.source else {
                failed = true
                continue
            }
            do {
                switch destination {
                case .file("-"): standardOutput(source)
                case .file(let path): try OutputFile.write(source, to: path)
                case .directory(let directory):
                    try OutputFile.write(
                        source, to: directory + "/" + OutputFile.swiftFileName(forFrameworkAt: input))
                case .none: break
                }
            } catch {
                standardError("error: cannot write the Swift for \(input): \(error.localizedDescription)\n")
                failed = true
            }
        }
        return failed ? 1 : 0
    }
}
