import CompetencyFramework
import CompetencyReflection
import FrameworkExport

/// `competency reflect compare OLD NEW`: progress between two reflections.
struct ReflectCompare {
    let old: String
    let new: String
    let json: Bool

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        let before = try ReflectLoading.reflection(at: old, framework: framework, context: context)
        let after = try ReflectLoading.reflection(at: new, framework: framework, context: context)
        if let oldDate = before.date, let newDate = after.date, oldDate > newDate {
            context.console.diagnostic(
                "note: \(old) (\(oldDate)) is dated after \(new) (\(newDate)); the older file comes first")
        }
        let comparison = ReflectionComparison(from: before, to: after, in: framework)
        if json {
            context.console.block(ReflectionJSON.render(comparison))
        } else {
            context.print(ReflectionText.render(comparison, width: context.layout.width))
        }
        return .success
    }
}
