import CommandLineParsing

/// `competency reflect SUBCOMMAND`: the self-reflection workflow. `init` writes a reflection
/// file to fill in by hand, `check` validates it, `report` shows the profile and growth
/// goals, `compare` shows progress between two reflections.
enum ReflectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "reflect",
        abstract: "Self-reflection: write a file to fill in, check it, report goals, compare progress.",
        discussion: "reflect init writes a reflection file listing every component, to fill in by hand in any "
            + "editor; reflect check checks it against the framework; reflect report shows the profile, the "
            + "strengths and the growth goals; reflect compare shows what moved between two reflections. Each "
            + "subcommand has its own --help (competency reflect check --help). A level is written as its id or "
            + "its name, in any case. See docs/reflection.md.",
        usage: "SUBCOMMAND [FILE...] [OPTIONS]",
        options: [CommonOptions.framework],
        examples: [
            ("competency reflect init -o my-reflection.yaml", "a file to fill in, one entry per component"),
            ("competency reflect check my-reflection.yaml", "problems, with line numbers and a caret"),
            ("competency reflect report my-reflection.yaml", "profile, strengths and growth goals"),
            (
                "competency reflect report my-reflection.yaml --format html -o report.html",
                "a printable page for a coaching conversation"
            ),
            ("competency reflect compare autumn.yaml summer.yaml", "what moved up, what moved down, what is new"),
        ],
        subcommands: [ReflectInit.self, ReflectCheck.self, ReflectReport.self, ReflectCompare.self])

    /// `--json` as `reflect check` and `reflect compare` print it.
    static let json = CommonOptions.json.withHelp("Print JSON instead of text (shapes in docs/reflection.md).")

    /// The reflection file a subcommand reads.
    static let file = Argument(
        "FILE", help: "The reflection file, or - for standard input.", example: "my-reflection.yaml")
}
