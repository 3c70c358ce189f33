import CommandLineParsing
import CompetencyFramework

/// A command that prints one view of the whole framework: as text for people, or with
/// `--json` as JSON for programs (`levels`, `domains`). It says what to print; loading the
/// framework and choosing the form happen here, once.
protocol FrameworkSummaryCommand: Command {
    /// The JSON form of the view.
    associatedtype JSONForm: Encodable

    /// Whether `--json` was given.
    var json: Bool { get }

    /// The view of `framework` as a value to encode.
    func jsonForm(of framework: Framework) -> JSONForm

    /// The view of `framework` as text laid out for the terminal.
    func text(of framework: Framework, layout: TextLayout) -> String
}

extension FrameworkSummaryCommand {
    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        if json {
            try context.printJSON(jsonForm(of: framework))
        } else {
            context.print(text(of: framework, layout: context.layout))
        }
        return .success
    }
}
