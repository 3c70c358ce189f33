import CompetencyFramework
import CompetencyReflection
import Foundation
import FrameworkExport
import FrameworkLoading

/// `competency reflect init [-o FILE]`: a reflection file to fill in by hand.
struct ReflectInit {
    let output: OutputDestination
    let date: String
    let name: String?
    let role: String?
    let force: Bool

    init(_ arguments: ParsedArguments) throws(CommandError) {
        output = OutputDestination(arguments.value("--output"))
        if let date = arguments.value("--date") {
            guard ReflectionFile.isCalendarDate(date) else {
                throw .usage("--date needs a calendar date written YYYY-MM-DD (such as 2026-11-29), not \"\(date)\"")
            }
            self.date = date
        } else {
            self.date = Self.today()
        }
        name = arguments.value("--name")
        role = arguments.value("--role")
        force = arguments.has("--force")
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        if !output.isStandardOutput, !force, FileManager.default.fileExists(atPath: output.path) {
            throw .failure(
                "\(output.path) already exists, and may hold a reflection; choose another name, "
                    + "or add --force to replace it")
        }
        let reflection = Reflection(blankFor: framework, name: name, role: role, date: date)
        let frameworkFile = context.frameworkPath.flatMap { $0 == "-" ? nil : $0 }
        let text = ReflectionFileWriter.render(
            reflection, framework: framework, fileName: output.isStandardOutput ? nil : output.path,
            frameworkFile: frameworkFile)
        // Read what would be written back, as `reflect check` will.
        let check = ReflectionFile.load(
            text: text, path: output.isStandardOutput ? "<output>" : output.path, framework: framework)
        let problems = check.diagnostics.filter { $0.severity != .note }
        guard problems.isEmpty else {
            for diagnostic in problems { context.console.diagnostic(check.render(diagnostic)) }
            throw .failure("the reflection file does not read back cleanly; nothing written")
        }
        try output.write(text, context: context)
        if !output.isStandardOutput {
            let count = Plural.count(framework.components.count, "component")
            context.print(
                "Wrote \(output.path): \(count) of the \(framework.metadata.title) to reflect on.\n"
                    + "Fill in \"level:\" (and \"evidence:\", \"focus:\") in any editor, then run:\n"
                    + "  competency reflect check \(output.path)\(frameworkFile.map { " --framework \($0)" } ?? "")")
        }
        return .success
    }

    /// Today's date in the local time zone, `YYYY-MM-DD`: the only place the workflow reads
    /// the clock.
    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        let day = parts.day ?? 1
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
