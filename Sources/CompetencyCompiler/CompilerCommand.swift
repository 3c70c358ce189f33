import CommandLineParsing
import Foundation
import FrameworkLoading

/// The `competency-compiler` command: framework files in, Swift files out, diagnostics on
/// standard error in compiler form. The build plugin runs it as
/// `competency-compiler FILE -o OUTPUT.swift --parts N`, and the `validate-frameworks`
/// command plugin as `competency-compiler --check FILE...`.
///
/// ```swift
/// let status = CompilerCommand.main(["Reading.framework.yaml", "-o", "-"], console: console)
/// ```
package struct CompilerCommand: ParsableCommand {
    /// Where the generated Swift goes.
    package enum Destination: Equatable, Sendable {
        /// One input, one output file (`-` for standard output).
        case file(String)
        /// One `<name>.framework.swift` per input, in this directory.
        case directory(String)
        /// Check only; write nothing.
        case none
    }

    /// The framework files to compile.
    package var inputs: [String]
    /// Where the Swift goes.
    package var destination: Destination
    /// How many files each framework's Swift is split into (see ``OutputFile/partPaths(_:parts:)``).
    package var parts: Int

    static let files = Argument(
        "FILE", help: "A framework file (*.framework.yaml), or - for standard input.", isRepeating: true)
    static let output = Option<String>(
        "-o", "--output", value: "FILE", help: "Write the Swift for a single FILE here (- for standard output).")
    static let outputDirectory = Option<String>(
        "--output-directory", value: "DIR", help: "Write one NAME.framework.swift per input into DIR.")
    static let check = Flag("--check", help: "Only check the files; write nothing.")
    static let partCount = Option<Int>(
        "--parts", value: "N",
        help: "Split each framework's Swift into N files (1 to 64; default 1), so that a build compiles them in "
            + "parallel: OUTPUT.swift, then OUTPUT.part2.swift ... OUTPUT.partN.swift.",
        range: 1...64, requirement: "needs a number from 1 to 64")

    package static let configuration = CommandConfiguration(
        name: "competency-compiler",
        abstract: "Compiles competency framework files (*.framework.yaml) into Swift.",
        discussion: "Problems are printed to standard error as path:line:col: error|warning: message [CODE], "
            + "the form SwiftPM, Xcode and editors show beside the line. With errors, nothing is written for "
            + "that file.",
        usage: "FILE... (-o OUTPUT.swift | --output-directory DIR | --check)",
        arguments: [files],
        options: [output, outputDirectory, check, partCount],
        examples: [
            ("competency-compiler Reading.framework.yaml -o Reading.framework.swift", "one file"),
            ("competency-compiler a.framework.yaml b.framework.yaml --output-directory Generated", "several"),
            ("competency-compiler --check *.framework.yaml", "check only"),
            ("competency-compiler Big.framework.yaml --parts 4 -o Big.framework.swift", "in four files"),
        ],
        exitStatuses: [
            (0, "success (warnings allowed)"),
            (1, "a file has errors, or the Swift could not be written"),
            (2, "usage error: unknown option, missing argument, bad option value"),
        ],
        missingArgumentMessage: "no framework files given")

    /// Reads the compiler's command line, already parsed; a combination that does not make
    /// sense is a usage error.
    init(_ arguments: ParsedArguments) throws(UsageError) {
        func refuse(_ message: String) -> UsageError {
            UsageError(message, path: CommandPath(root: Self.self))
        }
        let destinations: [Destination] =
            [arguments[Self.output].map(Destination.file), arguments[Self.outputDirectory].map(Destination.directory)]
            .compactMap { $0 } + (arguments[Self.check] ? [.none] : [])
        guard destinations.count <= 1 else { throw refuse("use only one of -o, --output-directory and --check") }
        guard let destination = destinations.first else {
            throw refuse("say where the Swift goes: -o FILE, --output-directory DIR or --check")
        }
        inputs = arguments[all: Self.files]
        parts = arguments[Self.partCount] ?? 1
        if case .file = destination, inputs.count > 1 {
            throw refuse("-o takes one input; use --output-directory for several")
        }
        if case .file("-") = destination, parts > 1 {
            throw refuse("--parts needs files to write; standard output takes one")
        }
        self.destination = destination
    }

    /// Runs a whole command line (without the program's name) against `console`: the help, a
    /// usage error, or the compilation. Returns the exit status.
    package static func main(_ arguments: [String], console: Console) -> Int32 {
        let status: ExitStatus
        do {
            let commandLine = try CommandLineParser(root: Self.self).parse(arguments)
            switch commandLine.request {
            case .run:
                status = try CompilerCommand(commandLine.arguments).run(console: console)
            case .help, .version:
                console.block(CommandHelp(path: commandLine.path).render(layout: PlainHelpLayout()))
                status = .success
            }
        } catch {
            console.standardError.write(error.report)
            status = .usage
        }
        console.flush()
        return status.rawValue
    }

    /// Compiles every input, writing outputs and diagnostics.
    package func run(console: Console) -> ExitStatus {
        var failed = false
        for input in inputs {
            let file = FrameworkFile.load(path: input, contents: console.contents(ofFileAt: input))
            let compilation = FrameworkCompilation(file: file, parts: parts)
            for line in compilation.compilerStyleDiagnostics(path: console.absolutePath(input)) {
                console.diagnostic(line)
            }
            guard let files = compilation.files else {
                failed = true
                continue
            }
            do {
                switch destination {
                case .file("-"): console.standardOutput.write(files.joined())
                case .file(let path): try write(files, to: console.absolutePath(path))
                case .directory(let directory):
                    let name = OutputFile.swiftFileName(forFrameworkAt: input)
                    try write(files, to: console.absolutePath(directory + "/" + name))
                case .none: break
                }
            } catch {
                console.diagnostic("error: cannot write the Swift for \(input): \(error.localizedDescription)")
                failed = true
            }
        }
        return failed ? .failure : .success
    }

    private func write(_ files: [String], to path: String) throws {
        for (file, partPath) in zip(files, OutputFile.partPaths(path, parts: files.count)) {
            try OutputFile.write(file, to: partPath)
        }
    }
}
