import CommandLineParsing
import CompetencyFramework
import CompetencyReflection
import Foundation
import FrameworkExport
import FrameworkLoading

/// `competency reflect init [-o FILE]`: a reflection file to fill in by hand.
struct ReflectInit: Command {
    static let output = Option<String>(
        "-o", "--output", value: "FILE",
        help: "Write the reflection file to FILE instead of standard output (- for standard output).")
    static let date = Option<String>(
        "--date", value: "YYYY-MM-DD", help: "The date to write in the file (default: today).",
        requirement: "needs a calendar date written YYYY-MM-DD (such as 2026-11-29)",
        isValid: ReflectionFile.isCalendarDate)
    static let name = Option<String>("--name", value: "NAME", help: "The name to write in the file.")
    static let role = Option<String>("--role", value: "ROLE", help: "The role to write in the file.")
    static let force = Flag("--force", help: "Replace the -o file if it exists.")

    static let configuration = CommandConfiguration(
        name: "init",
        abstract: "Write a reflection file to fill in, one entry per component.",
        discussion: "The file lists every component of the framework, grouped under its domain and subdomain, "
            + "with an empty \"level:\", an empty \"evidence:\" note and \"focus: no\", to fill in by hand in any "
            + "editor over as many sittings as you like. A level is written as its id or its name, in any case. "
            + "An existing file is replaced only with --force: it may hold weeks of reflection.",
        options: [output, date, name, role, force, CommonOptions.framework],
        examples: [
            ("competency reflect init -o my-reflection.yaml", "a file to fill in"),
            ("competency reflect init -o me.yaml --name \"Sam Patel\" --role \"Head of Year 7\"", "who reflects"),
            ("competency reflect init --framework reading.framework.yaml -o me.yaml", "on another framework"),
        ],
        unexpectedArgumentMessage: { "reflect init reads no file; to choose where it writes, use -o \($0)" })

    let output: OutputDestination
    let date: String
    let name: String?
    let role: String?
    let force: Bool

    init(_ arguments: ParsedArguments) {
        output = OutputDestination(arguments[Self.output])
        date = arguments[Self.date] ?? Self.today()
        name = arguments[Self.name]
        role = arguments[Self.role]
        force = arguments[Self.force]
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        if !output.isStandardOutput, !force,
            FileManager.default.fileExists(atPath: context.console.absolutePath(output.path))
        {
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
