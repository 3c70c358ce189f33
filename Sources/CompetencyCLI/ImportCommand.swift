import CommandLineParsing
import CompetencyCompiler
import FrameworkLoading

/// `competency import case FILE.json -o out.framework.yaml`: a framework from another format.
struct ImportCommand: Command {
    static let format = Argument("FORMAT", help: "The format to read: case.", example: "case")
    static let file = Argument("FILE", help: "The file to read, or - for standard input.", example: "package.json")
    static let output = Option<String>(
        "-o", "--output", value: "FILE", help: "Where to write the framework file (- for standard output). Required.")

    static let configuration = CommandConfiguration(
        name: "import",
        abstract: "Turn a CASE package into a framework file.",
        discussion: "Reads a 1EdTech CASE package (JSON) and writes the framework file it describes. "
            + "The importer's notes (what it guessed or could not map) are printed to standard error. "
            + "The written file is loaded back and checked; problems in it are reported like validate's.",
        synopsis: "import case FILE -o OUT",
        arguments: [format, file],
        options: [output],
        examples: [
            ("competency import case package.json -o imported.framework.yaml", "a CASE package as a framework file"),
            ("competency import case - -o - < package.json", "from standard input to standard output"),
        ])

    let input: String
    let output: OutputDestination

    init(_ arguments: ParsedArguments) throws(CommandError) {
        guard arguments[Self.format]?.lowercased() == "case" else {
            throw .usage("import reads only the CASE format: competency import case FILE.json -o OUT.framework.yaml")
        }
        input = arguments[Self.file] ?? "-"
        guard let output = arguments[Self.output] else {
            throw .usage("import needs -o OUT.framework.yaml (or -o - for standard output)")
        }
        self.output = OutputDestination(output)
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let bytes: [UInt8]
        switch context.console.contents(ofFileAt: input) {
        case .success(let read): bytes = read
        case .failure(let problem): throw .failure(problem.message)
        }
        let imported = try FrameworkExports.importCASE(bytes, path: input)
        for note in imported.notes {
            context.console.diagnostic("note: \(note)")
        }
        // Check what was written by reading it back, as `competency validate` would.
        let shownPath = output.isStandardOutput ? "<output>" : output.path
        let check = FrameworkFile.load(text: imported.yaml, path: shownPath)
        for diagnostic in check.diagnostics {
            context.console.diagnostic(check.render(diagnostic))
        }
        guard !check.hasErrors else {
            throw .failure("the imported framework does not load back cleanly; nothing written")
        }
        try output.write(imported.yaml, context: context)
        return .success
    }
}
