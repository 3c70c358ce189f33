import CompetencyFramework
import CompetencyReflection
import FrameworkExport

/// `competency reflect report FILE [--format FORMAT] [-o OUT]`: profile, strengths and goals.
struct ReflectReport {
    /// The formats a report is written in.
    enum Format: String, CaseIterable {
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

    let path: String
    let format: Format
    let output: OutputDestination

    init(path: String, _ arguments: ParsedArguments) throws(CommandError) {
        self.path = path
        output = OutputDestination(arguments.value("--output"))
        guard let name = arguments.value("--format") else {
            format = .text
            return
        }
        guard let format = Format.named(name) else {
            let names = Format.allCases.map(\.rawValue)
            var message = "unknown format \"\(name)\"; the formats are \(Suggestions.alternatives(names))"
            if let suggestion = Suggestions.closest(to: name, among: names) {
                message = "unknown format \"\(name)\"; did you mean \(suggestion)?"
            }
            throw .usage(message)
        }
        self.format = format
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
