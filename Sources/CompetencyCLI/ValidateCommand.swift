import CommandLineParsing
import CompetencyCompiler
import CompetencyDiagnostics
import FrameworkLoading

/// `competency validate FILE...`: check framework files and report every problem.
struct ValidateCommand: Command {
    static let files = Argument(
        "FILE", help: "A framework file (*.framework.yaml), or - for standard input.", isRepeating: true,
        example: "reading.framework.yaml")
    static let strict = Flag("--strict", help: "Fail (exit status 1) on warnings too.")

    static let configuration = CommandConfiguration(
        name: "validate",
        abstract: "Check framework files; print problems with a caret.",
        discussion: "Each problem is printed to standard output as path:line:column: severity: message [CODE], "
            + "followed by the source line, a caret under the spot and a hint when there is one; then a "
            + "summary line. The exit status is 0 when no file has errors (warnings are allowed unless "
            + "--strict is given) and 1 otherwise. Rule codes are listed in docs/diagnostics.md.",
        arguments: [files],
        options: [strict, CommonOptions.json],
        examples: [
            ("competency validate reading.framework.yaml", "check one file"),
            ("competency validate --strict Frameworks/*/*.framework.yaml", "check several; warnings fail too"),
            ("cat reading.framework.yaml | competency validate -", "check standard input"),
        ])

    /// The JSON form.
    struct Report: Encodable {
        struct File: Encodable {
            var path: String
            var errors: Int
            var warnings: Int
            var diagnostics: [Diagnostic]
        }
        var files: [File]
        var errors: Int
        var warnings: Int
        var strict: Bool
        var passed: Bool
    }

    let paths: [String]
    let strict: Bool
    let json: Bool

    init(_ arguments: ParsedArguments) throws(CommandError) {
        paths = arguments[all: Self.files]
        strict = arguments[Self.strict]
        json = arguments[CommonOptions.json]
        try StandardInputUse.checkReadOnce(paths)
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        var report = Report(files: [], errors: 0, warnings: 0, strict: strict, passed: true)
        var out = ""
        for path in paths {
            let file = context.console.loadFrameworkFile(path)
            let errors = file.diagnostics.filter { $0.severity == .error }.count
            let warnings = file.diagnostics.filter { $0.severity == .warning }.count
            report.files.append(
                Report.File(path: path, errors: errors, warnings: warnings, diagnostics: file.diagnostics))
            report.errors += errors
            report.warnings += warnings
            for diagnostic in file.diagnostics {
                out += Self.colourise(file.render(diagnostic), severity: diagnostic.severity, layout: context.layout)
                out += "\n"
            }
        }
        report.passed = report.errors == 0 && !(strict && report.warnings > 0)
        if json {
            try context.printJSON(report)
        } else {
            var summary = StyledText(
                "\(Plural.count(paths.count, "file")) checked: ")
            summary.append(Plural.count(report.errors, "error"), report.errors > 0 ? .error : .plain)
            summary.append(", ")
            summary.append(Plural.count(report.warnings, "warning"), report.warnings > 0 ? .warning : .plain)
            if strict, report.errors == 0, report.warnings > 0 { summary.append(" (--strict: warnings fail)") }
            if !out.isEmpty { out += "\n" }
            out += context.layout.render(summary) + "\n"
            context.print(out)
        }
        return report.passed ? .success : .failure
    }

    /// Colours the severity word of a rendered diagnostic's first line.
    static func colourise(_ rendered: String, severity: Severity, layout: TextLayout) -> String {
        guard layout.colour else { return rendered }
        let role: TextRole =
            switch severity {
            case .error: .error
            case .warning: .warning
            case .note: .strong
            }
        let word = ": \(severity.rawValue): "
        guard let range = rendered.range(of: word) else { return rendered }
        return rendered.replacingCharacters(
            in: range, with: ": " + layout.render(StyledText(severity.rawValue + ":", role)) + " ")
    }
}
