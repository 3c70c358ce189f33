import CommandLineParsing
import CompetencyDiagnostics
import CompetencyFramework
import CompetencyReflection
import FrameworkLoading

/// `competency reflect check FILE`: a reflection file's problems, like `validate`'s.
struct ReflectCheck: Command {
    static let configuration = CommandConfiguration(
        name: "check",
        abstract: "Check a reflection file against its framework.",
        discussion: "Every problem is printed like validate's, with the source line, a caret under the spot and "
            + "a hint when there is one; then a summary: how many components are reflected on and marked focus. "
            + "The exit status is 1 when there are errors; components not yet reflected on are only a note.",
        arguments: [ReflectCommand.file],
        options: [ReflectCommand.json, CommonOptions.framework],
        examples: [
            ("competency reflect check my-reflection.yaml", "problems, with line numbers and a caret"),
            ("competency reflect check my-reflection.yaml --json", "the diagnostics and counts as JSON"),
        ])

    let path: String
    let json: Bool

    init(_ arguments: ParsedArguments) throws(CommandError) {
        path = arguments[ReflectCommand.file] ?? "-"
        json = arguments[ReflectCommand.json]
        try StandardInputUse.checkReadOnce([path, arguments[CommonOptions.framework]])
    }

    /// The JSON form.
    struct Report: Encodable {
        var path: String
        var framework: String
        var errors: Int
        var warnings: Int
        var diagnostics: [Diagnostic]
        /// How many of the framework's components are placed at a level; absent with errors.
        var reflectedOn: Int?
        var components: Int
        /// How many components are marked focus; absent with errors.
        var focus: Int?
        var passed: Bool
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        let file = context.reflectionFile(path, framework: framework)
        let errors = file.diagnostics.filter { $0.severity == .error }.count
        let warnings = file.diagnostics.filter { $0.severity == .warning }.count
        let reflectedOn = file.reflection.map { ReflectionProfile($0, in: framework).overall.reflectedOn }
        let focus = file.reflection.map { reflection in reflection.entries.filter(\.focus).count }
        if json {
            try context.printJSON(
                Report(
                    path: path, framework: framework.metadata.id, errors: errors, warnings: warnings,
                    diagnostics: file.diagnostics, reflectedOn: reflectedOn, components: framework.components.count,
                    focus: focus, passed: errors == 0))
            return errors == 0 ? .success : .failure
        }
        var out = ""
        for diagnostic in file.diagnostics {
            out += ValidateCommand.colourise(
                file.render(diagnostic), severity: diagnostic.severity, layout: context.layout)
            out += "\n"
        }
        var summary = StyledText("\(path == "-" ? "standard input" : path): ")
        summary.append(Plural.count(errors, "error"), errors > 0 ? .error : .plain)
        summary.append(", ")
        summary.append(Plural.count(warnings, "warning"), warnings > 0 ? .warning : .plain)
        if let reflectedOn, let focus {
            summary.append(
                "; \(reflectedOn) of \(Plural.count(framework.components.count, "component")) reflected on, "
                    + "\(focus) marked focus")
        }
        if !out.isEmpty { out += "\n" }
        out += context.layout.render(summary) + "\n"
        context.print(out)
        return errors == 0 ? .success : .failure
    }
}
