import CommandLineParsing
import CompetencyKitInternals

/// `competency export --format FORMAT [-o FILE]`: the whole framework in another format.
struct ExportCommand: Command {
    static let format = Option<ExportFormat>(
        "--format", value: "FORMAT", help: "json, markdown, csv, html, case or yaml. Required.", noun: "format",
        choices: ExportFormat.allCases.map(\.rawValue)
    ) { ExportFormat(rawValue: $0.lowercased()) ?? ExportFormat.alias($0) }
    static let output = Option<String>(
        "-o", "--output", value: "FILE", help: "Write to FILE instead of standard output (- for standard output).")

    static let configuration = CommandConfiguration(
        name: "export",
        abstract: "The framework as JSON, Markdown, CSV, HTML, CASE, YAML.",
        discussion: "json is the model's documented JSON form; markdown a readable document; csv one row per "
            + "component and level (RFC 4180); html a self-contained printable edition; case a 1EdTech CASE "
            + "package; yaml a framework file (the format competency reads). Without -o the export goes to "
            + "standard output.",
        synopsis: "export --format FMT",
        options: [format, output, CommonOptions.framework],
        examples: [
            ("competency export --format markdown -o toolkit.md", "a Markdown edition of the toolkit"),
            ("competency export --format csv > toolkit.csv", "one row per component and level"),
            ("competency export --format json --framework reading.framework.yaml", "another framework as JSON"),
        ])

    let format: ExportFormat
    let output: OutputDestination

    init(_ arguments: ParsedArguments) throws(CommandError) {
        guard let format = arguments[Self.format] else {
            throw .usage("export needs --format FORMAT: \(EnglishList.or(ExportFormat.allCases.map(\.rawValue)))")
        }
        self.format = format
        output = OutputDestination(arguments[Self.output])
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        let text = FrameworkExports.export(framework, as: format)
        try output.write(text, context: context)
        return .success
    }
}

/// The formats `export` writes.
enum ExportFormat: String, CaseIterable, Sendable {
    case json, markdown, csv, html, `case`, yaml

    /// Other spellings people type.
    static func alias(_ name: String) -> ExportFormat? {
        switch name.lowercased() {
        case "md": .markdown
        case "yml", "framework": .yaml
        case "htm": .html
        default: nil
        }
    }
}
