import CommandLineParsing

/// Options several commands take, declared once. A command that means something narrower by
/// one gives it its own help with `withHelp(_:)`.
enum CommonOptions {
    /// `--framework FILE`: the framework to read instead of the bundled Leadership Toolkit.
    static let framework = Option<String>(
        "--framework", value: "FILE",
        help: "Read this framework file instead of the bundled Leadership Toolkit (- for standard input).")

    /// `--json`: results as JSON instead of text.
    static let json = Flag("--json", help: "Print JSON instead of text (sorted keys; shapes in docs/cli.md).")

    /// `--no-color`: never colour the output; every command takes it.
    static let noColor = Flag(
        "--no-color", help: "Never colour the output (also: the NO_COLOR environment variable).")
}
