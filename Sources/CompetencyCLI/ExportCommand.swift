/// `competency export --format FORMAT [-o FILE]`: the whole framework in another format.
struct ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        summary: "The framework as JSON, Markdown, CSV, HTML, CASE, YAML.",
        discussion: "json is the model's documented JSON form; markdown a readable document; csv one row per "
            + "component and level (RFC 4180); html a self-contained printable edition; case a 1EdTech CASE "
            + "package; yaml a framework file (the format competency reads). Without -o the export goes to "
            + "standard output.",
        options: [
            .value("--format", value: "FORMAT", help: "json, markdown, csv, html, case or yaml. Required."),
            .value(
                "-o", "--output", value: "FILE",
                help: "Write to FILE instead of standard output (- for standard output)."),
            CommandSpec.frameworkOption,
        ],
        overview: "export --format FMT",
        examples: [
            ("competency export --format markdown -o toolkit.md", "a Markdown edition of the toolkit"),
            ("competency export --format csv > toolkit.csv", "one row per component and level"),
            ("competency export --format json --framework reading.framework.yaml", "another framework as JSON"),
        ])

    let format: ExportFormat
    let output: OutputDestination

    init(_ arguments: ParsedArguments) throws(CommandError) {
        let names = ExportFormat.allCases.map(\.rawValue)
        guard let name = arguments.value("--format") else {
            throw .usage("export needs --format FORMAT: \(Suggestions.alternatives(names))")
        }
        guard let format = ExportFormat(rawValue: name.lowercased()) ?? ExportFormat.alias(name) else {
            var message = "unknown format \"\(name)\"; the formats are \(Suggestions.alternatives(names))"
            if let suggestion = Suggestions.closest(to: name, among: names) {
                message = "unknown format \"\(name)\"; did you mean \(suggestion)?"
            }
            throw .usage(message)
        }
        self.format = format
        output = OutputDestination(arguments.value("--output"))
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
