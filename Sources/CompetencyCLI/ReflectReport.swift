import CommandLineParsing
import CompetencyFramework
import CompetencyReflection
import FrameworkExport

/// `competency reflect report FILE [--format FORMAT] [-o OUT]`: profile, strengths and goals.
struct ReflectReport: Command {
    /// The formats a report is written in.
    enum Format: String, CaseIterable, Sendable {
        case text, markdown, html, json

        static func named(_ name: String) -> Format? {
            switch name.lowercased() {
            case "md": .markdown
            case "htm": .html
            case "txt": .text
            default: Format(rawValue: name.lowercased())
            }
        }
    }

    static let format = Option<Format>(
        "--format", value: "FORMAT", help: "text (the default), markdown, html or json.", noun: "format",
        choices: Format.allCases.map(\.rawValue), lookup: Format.named)
    static let output = Option<String>(
        "-o", "--output", value: "FILE",
        help: "Write the report to FILE instead of standard output (- for standard output).")

    static let configuration = CommandConfiguration(
        name: "report",
        abstract: "The profile, strengths and growth goals of a reflection.",
        discussion: "The profile counts the components at each level, by domain and subdomain. A growth goal is "
            + "shown for each component marked \"focus: yes\" (or, if none is, for those furthest below the top "
            + "level), with the next level's descriptor beside the current one; then the strengths, and what is "
            + "not yet reflected on. Text is wrapped to the terminal; html is a self-contained printable page.",
        arguments: [ReflectCommand.file],
        options: [format, output, CommonOptions.framework],
        examples: [
            ("competency reflect report my-reflection.yaml", "profile, strengths and growth goals"),
            (
                "competency reflect report my-reflection.yaml --format html -o report.html",
                "a printable page for a coaching conversation"
            ),
            ("competency reflect report my-reflection.yaml --format json", "the report as JSON"),
        ])

    let path: String
    let format: Format
    let output: OutputDestination

    init(_ arguments: ParsedArguments) throws(CommandError) {
        path = arguments[ReflectCommand.file] ?? "-"
        format = arguments[Self.format] ?? .text
        output = OutputDestination(arguments[Self.output])
        try StandardInputUse.checkReadOnce([path, arguments[CommonOptions.framework]])
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        let reflection = try ReflectLoading.reflection(at: path, framework: framework, context: context)
        let report = ReflectionReport(reflection, in: framework)
        let text: String
        switch format {
        case .text:
            text = ReflectionText.render(
                report, width: output.isStandardOutput ? context.layout.width : TerminalSize.defaultColumns)
        case .markdown: text = ReflectionMarkdown.render(report)
        case .html: text = ReflectionHTML.render(report)
        case .json: text = ReflectionJSON.render(report)
        }
        try output.write(text, context: context)
        return .success
    }
}
