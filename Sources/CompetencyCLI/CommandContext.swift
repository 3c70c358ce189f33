import CommandLineParsing
import CompetencyCompiler
import CompetencyFramework
import CompetencyReflection
import FrameworkLoading
import LeadershipToolkit

/// What a command runs with: where its output goes, how text is laid out, and the framework
/// it reads, loaded only when first asked for.
final class CommandContext {
    /// Standard output and standard error.
    let console: Console
    /// Colour and width for text output.
    let layout: TextLayout
    /// The `--framework` file, or `nil` for the bundled Leadership Toolkit.
    let frameworkPath: String?

    private var loaded: Framework?

    init(console: Console, layout: TextLayout, frameworkPath: String?) {
        self.console = console
        self.layout = layout
        self.frameworkPath = frameworkPath
    }

    /// The framework the command works on. A file with errors has its diagnostics written
    /// to standard error and ends the command with exit status 1; a file with only warnings
    /// loads, with a one-line note saying how to see them.
    func framework() throws(CommandError) -> Framework {
        if let loaded { return loaded }
        guard let path = frameworkPath else {
            let framework = LeadershipToolkit.framework
            loaded = framework
            return framework
        }
        let file = console.loadFrameworkFile(path)
        guard let framework = file.framework else {
            for diagnostic in file.diagnostics {
                console.diagnostic(file.render(diagnostic))
            }
            let errors = file.diagnostics.filter { $0.severity == .error }.count
            let name = path == "-" ? "standard input" : path
            console.diagnostic("error: \(name) is not a usable framework (\(Plural.count(errors, "error")))")
            throw .reported
        }
        let warnings = file.diagnostics.filter { $0.severity == .warning }.count
        if warnings > 0 {
            let shown = path == "-" ? "-" : path
            console.diagnostic(
                "note: \(path == "-" ? "standard input" : path) has \(Plural.count(warnings, "warning")); "
                    + "run \"competency validate \(shown)\" to see \(warnings == 1 ? "it" : "them")")
        }
        loaded = framework
        return framework
    }

    /// The reflection file at `path`, read as the console says (see
    /// `Console.contents(ofFileAt:)`), checked against `framework`.
    func reflectionFile(_ path: String, framework: Framework) -> ReflectionFile {
        ReflectionFile.load(path: path, contents: console.contents(ofFileAt: path), framework: framework)
    }

    /// Writes `value` as pretty-printed JSON with sorted keys, followed by a newline.
    func printJSON(_ value: some Encodable) throws(CommandError) {
        console.block(try JSONOutput.string(value))
    }

    /// Writes lines laid out by ``layout``.
    func print(_ text: String) {
        console.block(text)
    }
}

/// "1 error", "3 warnings".
enum Plural {
    static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : (plural ?? noun + "s"))"
    }
}
