import CompetencyCompiler

/// `competency compile FILE -o OUT.swift`: the Swift the build plugin generates.
struct CompileCommand: Command {
    static let spec = CommandSpec(
        name: "compile",
        summary: "Generate the Swift the build plugin would generate.",
        discussion: "The output is the same Swift that CompetencyFrameworkPlugin generates at build time: "
            + "typed enums for the levels, domains, subdomains and components, and the framework's data. "
            + "Problems are printed to standard error; with errors nothing is written and the exit status is 1.",
        arguments: [
            ArgumentSpec(
                name: "FILE", help: "The framework file, or - for standard input.", example: "reading.framework.yaml")
        ],
        options: [
            .value(
                "-o", "--output", value: "OUT.swift",
                help: "Where to write the Swift (- for standard output). Required.")
        ],
        overview: "compile FILE -o OUT",
        examples: [
            ("competency compile reading.framework.yaml -o Reading.swift", "write the generated Swift"),
            ("competency compile reading.framework.yaml -o -", "print it instead"),
        ])

    let input: String
    let output: OutputDestination

    init(_ arguments: ParsedArguments) throws(CommandError) {
        input = arguments.positional(0) ?? "-"
        guard let output = arguments.value("--output") else {
            throw .usage("compile needs -o OUT.swift (or -o - for standard output)")
        }
        self.output = OutputDestination(output)
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let compilation = FrameworkCompilation(path: input)
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
