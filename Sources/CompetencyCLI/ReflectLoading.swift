import CompetencyFramework
import CompetencyReflection
import FrameworkLoading

/// Reading a reflection file for `reflect report` and `reflect compare`, which need a usable
/// one: a file with errors has its diagnostics written to standard error and ends the
/// command with exit status 1; warnings get a one-line note saying how to see them.
enum ReflectLoading {
    static func reflection(at path: String, framework: Framework, context: CommandContext) throws(CommandError)
        -> Reflection
    {
        let file = context.reflectionFile(path, framework: framework)
        let name = path == "-" ? "standard input" : path
        guard let reflection = file.reflection else {
            for diagnostic in file.diagnostics where diagnostic.severity != .note {
                context.console.diagnostic(file.render(diagnostic))
            }
            let errors = file.diagnostics.filter { $0.severity == .error }.count
            context.console.diagnostic("error: \(name) is not a usable reflection (\(Plural.count(errors, "error")))")
            throw .reported
        }
        let warnings = file.diagnostics.filter { $0.severity == .warning }.count
        if warnings > 0 {
            context.console.diagnostic(
                "note: \(name) has \(Plural.count(warnings, "warning")); run \"competency reflect check \(path)\" "
                    + "to see \(warnings == 1 ? "it" : "them")")
        }
        return reflection
    }
}
