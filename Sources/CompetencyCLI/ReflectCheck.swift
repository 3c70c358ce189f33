import CompetencyDiagnostics
import CompetencyFramework
import CompetencyReflection
import FrameworkLoading

/// `competency reflect check FILE`: a reflection file's problems, like `validate`'s.
struct ReflectCheck {
    let path: String
    let json: Bool

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
        let file = ReflectionFile.load(path: path, framework: framework)
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
