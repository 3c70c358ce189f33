import CommandLineParsing

/// `competency` itself: its commands, the options that may come before a command's name, its
/// version and what its exit statuses mean.
enum CompetencyCommand: ParsableCommand {
    /// The commands, in the sections `competency --help` lists them in.
    static let sections: [(title: String, commands: [any ParsableCommand.Type])] = [
        (
            "READING A FRAMEWORK:",
            [
                LevelsCommand.self, DomainsCommand.self, TreeCommand.self, ShowCommand.self, CompareCommand.self,
                SearchCommand.self,
            ]
        ),
        (
            "WORKING WITH FRAMEWORK FILES:",
            [ValidateCommand.self, CompileCommand.self, ExportCommand.self, ImportCommand.self]
        ),
        ("REFLECTING ON YOUR PRACTICE:", [ReflectCommand.self]),
    ]

    static let configuration = CommandConfiguration(
        name: "competency",
        abstract: "explore, check and convert competency frameworks",
        discussion: "Without --framework FILE, commands read the bundled Leadership Toolkit.",
        usage: "COMMAND [ARGUMENTS] [OPTIONS]",
        options: [
            CommonOptions.framework.withHelp("Read FILE instead of the bundled toolkit (- for standard input)."),
            CommonOptions.json.withHelp("Print JSON (levels, domains, tree, show, compare, search, validate)."),
            CommonOptions.noColor.withHelp("Never colour the output (NO_COLOR is honoured too)."),
        ],
        examples: [
            ("competency show 2a.iii", "one component at every level"),
            ("competency compare 2a.iii", "what changes from level to level"),
            ("competency search feedback", "find a word in titles and descriptors"),
            ("competency reflect init -o me.yaml", "start a self-reflection"),
        ],
        subcommands: sections.flatMap(\.commands),
        version: "0.1.0",
        commonOptions: [CommonOptions.noColor],
        exitStatuses: [
            (0, "success (warnings alone do not fail, except with validate --strict)"),
            (
                1,
                "a framework file has errors, a code or level was not found, or a file could not be read or written"
            ),
            (2, "usage error: unknown command or option, missing argument"),
        ])
}
