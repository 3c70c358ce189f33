/// `competency reflect SUBCOMMAND`: the self-reflection workflow. `init` writes a reflection
/// file to fill in by hand, `check` validates it, `report` shows the profile and growth
/// goals, `compare` shows progress between two reflections.
struct ReflectCommand: Command {
    static let spec = CommandSpec(
        name: "reflect",
        summary: "Self-reflection: write a file to fill in, check it, report goals, compare progress.",
        discussion: "reflect init writes a reflection file listing every component with an empty \"level:\", "
            + "an empty \"evidence:\" note and \"focus: no\", to fill in by hand in any editor. "
            + "reflect check FILE checks it against the framework and prints problems like validate "
            + "(exit status 1 on errors; components not yet reflected on are only a note). "
            + "reflect report FILE prints the profile (components at each level, by domain and subdomain), "
            + "the strengths, a growth goal for each component marked \"focus: yes\" (or, if none is, for "
            + "those furthest below the top level) with the next level's descriptor beside the current one, "
            + "and what is not yet reflected on. reflect compare OLD NEW shows what moved up, what moved "
            + "down and what is new. A level is written as its id or its name, in any case. "
            + "See docs/reflection.md.",
        arguments: [
            ArgumentSpec(name: "SUBCOMMAND", help: "init, check, report or compare.", example: "init"),
            ArgumentSpec(
                name: "FILE",
                help:
                    "The reflection file (check, report), or the older and newer ones (compare); - for standard input.",
                isOptional: true, isRepeating: true),
        ],
        options: [
            .value(
                "-o", "--output", value: "FILE",
                help: "init, report: write to FILE instead of standard output (- for standard output)."),
            .value("--format", value: "FORMAT", help: "report: text (the default), markdown, html or json."),
            .value("--date", value: "YYYY-MM-DD", help: "init: the date to write in the file (default: today)."),
            .value("--name", value: "NAME", help: "init: the name to write in the file."),
            .value("--role", value: "ROLE", help: "init: the role to write in the file."),
            .flag("--force", help: "init: overwrite the -o file if it exists."),
            .flag("--json", help: "check, compare: print JSON instead of text (shapes in docs/reflection.md)."),
            CommandSpec.frameworkOption,
        ],
        overview: "reflect init|check|report|compare",
        examples: [
            ("competency reflect init -o my-reflection.yaml", "a file to fill in, one entry per component"),
            ("competency reflect check my-reflection.yaml", "problems, with line numbers and a caret"),
            ("competency reflect report my-reflection.yaml", "profile, strengths and growth goals"),
            (
                "competency reflect report my-reflection.yaml --format html -o report.html",
                "a printable page for a coaching conversation"
            ),
            ("competency reflect compare autumn.yaml summer.yaml", "what moved up, what moved down, what is new"),
        ])

    /// The four subcommands, with the options and files each takes.
    enum Action: String, CaseIterable {
        case initialize = "init"
        case check, report, compare

        /// The canonical names of the options the subcommand understands, besides
        /// `--framework`, `--no-color` and `--help`.
        var options: Set<String> {
            switch self {
            case .initialize: ["--output", "--date", "--name", "--role", "--force"]
            case .check: ["--json"]
            case .report: ["--output", "--format"]
            case .compare: ["--json"]
            }
        }

        /// The files it reads.
        var files: [String] {
            switch self {
            case .initialize: []
            case .check, .report: ["FILE"]
            case .compare: ["OLD", "NEW"]
            }
        }
    }

    private enum Work {
        case initialize(ReflectInit)
        case check(ReflectCheck)
        case report(ReflectReport)
        case compare(ReflectCompare)
    }

    private let work: Work

    init(_ arguments: ParsedArguments) throws(CommandError) {
        let name = arguments.positional(0) ?? ""
        let names = Action.allCases.map(\.rawValue)
        guard let action = Action(rawValue: name.lowercased()) else {
            var message =
                "unknown reflect subcommand \"\(name)\"; the subcommands are \(Suggestions.alternatives(names))"
            if let suggestion = Suggestions.closest(to: name, among: names) {
                message = "unknown reflect subcommand \"\(name)\"; did you mean \"\(suggestion)\"?"
            }
            throw .usage(message)
        }
        let files = Array(arguments.positionals.dropFirst())
        let given = arguments.flags.union(arguments.values.keys).subtracting(["--framework", "--no-color"])
        if let stray = given.subtracting(action.options).sorted().first {
            let owners = Action.allCases.filter { $0.options.contains(stray) }.map { "reflect \($0.rawValue)" }
            throw .usage(
                "\(stray) is not an option of reflect \(action.rawValue) (it belongs to \(Suggestions.alternatives(owners)))"
            )
        }
        if files.count < action.files.count {
            throw .usage(
                action == .compare
                    ? "reflect compare needs two files, OLD and NEW (such as autumn.yaml summer.yaml)"
                    : "reflect \(action.rawValue) needs a FILE (such as my-reflection.yaml)")
        }
        if files.count > action.files.count {
            let extra = files[action.files.count]
            if action == .initialize {
                throw .usage("reflect init reads no file; to choose where it writes, use -o \(extra)")
            }
            throw .usage("unexpected argument \"\(extra)\" for reflect \(action.rawValue)")
        }
        if files.filter({ $0 == "-" }).count + (arguments.value("--framework") == "-" ? 1 : 0) > 1 {
            throw .usage("standard input (-) can be read only once")
        }
        switch action {
        case .initialize: work = .initialize(try ReflectInit(arguments))
        case .check: work = .check(ReflectCheck(path: files[0], json: arguments.has("--json")))
        case .report: work = .report(try ReflectReport(path: files[0], arguments))
        case .compare: work = .compare(ReflectCompare(old: files[0], new: files[1], json: arguments.has("--json")))
        }
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        switch work {
        case .initialize(let command): try command.run(context)
        case .check(let command): try command.run(context)
        case .report(let command): try command.run(context)
        case .compare(let command): try command.run(context)
        }
    }
}
