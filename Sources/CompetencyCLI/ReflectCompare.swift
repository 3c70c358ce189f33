import CommandLineParsing
import CompetencyFramework
import CompetencyReflection
import FrameworkExport

/// `competency reflect compare OLD NEW`: progress between two reflections.
struct ReflectCompare: Command {
    static let old = Argument("OLD", help: "The earlier reflection file, or - for standard input.")
    static let new = Argument("NEW", help: "The later reflection file, or - for standard input.")

    static let configuration = CommandConfiguration(
        name: "compare",
        abstract: "Progress between two reflections on the same framework.",
        discussion: "Shows what moved up, what moved down, what is newly reflected on and what no longer is, and "
            + "how many components stayed at the same level. OLD is the earlier reflection; a note says so when "
            + "it is dated after NEW.",
        arguments: [old, new],
        options: [ReflectCommand.json, CommonOptions.framework],
        examples: [
            ("competency reflect compare autumn.yaml summer.yaml", "what moved up, what moved down, what is new"),
            ("competency reflect compare autumn.yaml summer.yaml --json", "the comparison as JSON"),
        ],
        missingArgumentMessage: "reflect compare needs two files, OLD and NEW (such as autumn.yaml summer.yaml)")

    let old: String
    let new: String
    let json: Bool

    init(_ arguments: ParsedArguments) throws(CommandError) {
        old = arguments[Self.old] ?? "-"
        new = arguments[Self.new] ?? "-"
        json = arguments[ReflectCommand.json]
        try StandardInputUse.checkReadOnce([old, new, arguments[CommonOptions.framework]])
    }

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
