import CommandLineParsing

// A small tool to parse against, shaped like competency: a root with options that may come
// before a command's name, a command with every kind of option, a group with two
// subcommands, and a root without subcommands shaped like competency-compiler.

/// The colours `greet --colour` takes.
enum Colour: String, CaseIterable, Sendable {
    case red, green, blue
}

/// `tool`: the root.
enum Tool: ParsableCommand {
    static let json = Flag("--json", help: "Print JSON.")
    static let quiet = Flag("-q", "--quiet", help: "Say less.")

    static let configuration = CommandConfiguration(
        name: "tool", abstract: "A tool to parse against.", options: [json], subcommands: [Greet.self, Files.self],
        version: "1.2.3", commonOptions: [quiet], exitStatuses: [(0, "success"), (2, "usage error")])
}

/// `tool greet NAME`: every kind of option.
struct Greet: ParsableCommand {
    static let name = Argument("NAME", help: "Who to greet.", example: "Ada")
    static let times = Option<Int>(
        "--times", value: "N", help: "How many times.", range: 1...5, requirement: "must be 1 to 5")
    static let colour = Option<Colour>(
        "--colour", value: "COLOUR", help: "red, green or blue.", noun: "colour",
        choices: Colour.allCases.map(\.rawValue)
    ) { Colour(rawValue: $0.lowercased()) }
    static let output = Option<String>("-o", "--output", value: "FILE", help: "Where to write.")
    static let date = Option<String>(
        "--date", value: "YYYY-MM-DD", help: "When.", requirement: "needs a date written YYYY-MM-DD",
        isValid: { $0.count == 10 })

    static let configuration = CommandConfiguration(
        name: "greet", abstract: "Greet someone.", discussion: "Says hello.", arguments: [name],
        options: [times, colour, output, date, Tool.json], examples: [("tool greet Ada", "hello, Ada")])
}

/// `tool files`: a group.
enum Files: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "files", abstract: "Work with files.", options: [Tool.json], subcommands: [Add.self, Move.self])
}

/// `tool files add FILE...`.
struct Add: ParsableCommand {
    static let files = Argument("FILE", help: "The files.", isRepeating: true, example: "a.txt")
    static let force = Flag("--force", help: "Replace.")

    static let configuration = CommandConfiguration(
        name: "add", abstract: "Add files.", arguments: [files], options: [force, Tool.json])
}

/// `tool files move OLD NEW`.
struct Move: ParsableCommand {
    static let old = Argument("OLD", help: "From.")
    static let new = Argument("NEW", help: "To.")
    static let dryRun = Flag("--dry-run", help: "Only say what would move.")

    static let configuration = CommandConfiguration(
        name: "move", abstract: "Move a file.", arguments: [old, new], options: [dryRun],
        missingArgumentMessage: "files move needs two paths, OLD and NEW",
        unexpectedArgumentMessage: { "files move moves one file; \($0) is one too many" })
}

/// `single FILE...`: a root without subcommands.
enum Single: ParsableCommand {
    static let files = Argument("FILE", help: "The files.", isRepeating: true)
    static let check = Flag("--check", help: "Only check.")

    static let configuration = CommandConfiguration(
        name: "single", abstract: "One command.", usage: "FILE... [--check]", arguments: [files], options: [check],
        missingArgumentMessage: "no files given")
}

/// What `arguments` ask `root` for.
func parse(_ arguments: [String], root: any ParsableCommand.Type = Tool.self) throws(UsageError) -> ParsedCommandLine {
    try CommandLineParser(root: root).parse(arguments)
}

/// The usage error `arguments` give, or `nil` if they parse.
func usageError(_ arguments: [String], root: any ParsableCommand.Type = Tool.self) -> UsageError? {
    do {
        _ = try parse(arguments, root: root)
        return nil
    } catch {
        return error
    }
}
