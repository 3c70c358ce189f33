import CommandLineParsing
import CompetencyCompiler

/// `competency compile FILE -o OUT.swift`: the Swift the build plugin generates.
struct CompileCommand: Command {
    static let file = Argument(
        "FILE", help: "The framework file, or - for standard input.", example: "reading.framework.yaml")
    static let output = Option<String>(
        "-o", "--output", value: "OUT.swift", help: "Where to write the Swift (- for standard output). Required.")

    static let configuration = CommandConfiguration(
        name: "compile",
        abstract: "Generate the Swift the build plugin would generate.",
        discussion: "The output is the same Swift that CompetencyFrameworkPlugin generates at build time: "
            + "typed enums for the levels, domains, subdomains and components, and the framework's data. "
            + "Problems are printed to standard error; with errors nothing is written and the exit status is 1.",
        synopsis: "compile FILE -o OUT",
        arguments: [file],
        options: [output],
        examples: [
            ("competency compile reading.framework.yaml -o Reading.swift", "write the generated Swift"),
            ("competency compile reading.framework.yaml -o -", "print it instead"),
        ])

    let input: String
    let output: OutputDestination

    init(_ arguments: ParsedArguments) throws(CommandError) {
        input = arguments[Self.file] ?? "-"
        guard let output = arguments[Self.output] else {
            throw .usage("compile needs -o OUT.swift (or -o - for standard output)")
        }
        self.output = OutputDestination(output)
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let compilation = FrameworkCompilation(file: context.console.loadFrameworkFile(input))
        for diagnostic in compilation.diagnostics {
            context.console.diagnostic(compilation.file.render(diagnostic))
        }
        guard let source = compilation.source else {
            context.console.diagnostic("error: no Swift written: \(input == "-" ? "standard input" : input) has errors")
            return .failure
        }
        try output.write(source, context: context)
        return .success
    }
}
