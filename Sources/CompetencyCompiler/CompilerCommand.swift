import Foundation

/// The `competency-compiler` command: framework files in, Swift files out, diagnostics on
/// standard error in compiler form.
///
/// ```
/// competency-compiler Reading.framework.yaml -o Reading.framework.swift
/// competency-compiler a.framework.yaml b.framework.yaml --output-directory Generated
/// competency-compiler --check *.framework.yaml
/// competency-compiler Big.framework.yaml --parts 4 -o Big.framework.swift
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
    /// How many files each framework's Swift is split into (see ``OutputFile/partPaths(_:parts:)``).
    public var parts: Int

    /// The usage text.
    public static let usage = """
        USAGE: competency-compiler FILE... (-o OUTPUT.swift | --output-directory DIR | --check)

        Compiles competency framework files (*.framework.yaml) into Swift. Problems are printed
        to standard error as path:line:col: error|warning: message [CODE].

        OPTIONS:
          -o, --output FILE          Write the Swift for a single FILE here (- for stdout).
          --output-directory DIR     Write one NAME.framework.swift per input into DIR.
          --check                    Only check the files; write nothing.
          --parts N                  Split each framework's Swift into N files (1 to 64), so a
                                     build compiles them in parallel: OUTPUT.swift, then
                                     OUTPUT.part2.swift ... OUTPUT.partN.swift. Default 1.
          -h, --help                 Show this help.

        EXIT STATUS: 0 success (warnings allowed), 1 a file has errors, 2 usage error.
        """

    /// Parses command-line arguments (without the program name).
    public init(arguments: [String]) throws(UsageError) {
        var inputs: [String] = []
        var destination: Destination?
        var parts = 1
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
            case "--parts":
                guard let value = remaining.popFirst(), let count = Int(value), (1...64).contains(count) else {
                    throw UsageError("--parts needs a number from 1 to 64")
                }
                parts = count
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
        if case .file("-") = destination, parts > 1 {
            throw UsageError("--parts needs files to write; standard output takes one")
        }
        self.inputs = inputs
        self.destination = destination
        self.parts = parts
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
            let compilation = FrameworkCompilation(path: input, parts: parts)
            let shownPath = OutputFile.absolute(input)
            for line in compilation.compilerStyleDiagnostics(path: shownPath) { standardError(line + "\n") }
            guard let files = compilation.files else {
                failed = true
                continue
            }
            do {
                switch destination {
                case .file("-"): standardOutput(files.joined())
                case .file(let path): try write(files, to: path)
                case .directory(let directory):
                    try write(files, to: directory + "/" + OutputFile.swiftFileName(forFrameworkAt: input))
                case .none: break
                }
            } catch {
                standardError("error: cannot write the Swift for \(input): \(error.localizedDescription)\n")
                failed = true
            }
        }
        return failed ? 1 : 0
    }

    private func write(_ files: [String], to path: String) throws {
        for (file, partPath) in zip(files, OutputFile.partPaths(path, parts: files.count)) {
            try OutputFile.write(file, to: partPath)
        }
    }
}
