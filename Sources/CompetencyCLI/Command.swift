/// How a run of `competency` ends.
public enum ExitStatus: Int32, Sendable {
    /// The command did what was asked.
    case success = 0
    /// A file has errors (or, with `--strict`, warnings), a code or level was not found, or
    /// a file could not be read or written.
    case failure = 1
    /// The command line does not make sense: an unknown command or option, or a missing
    /// argument.
    case usage = 2
}

/// A problem that ends a command: a message for standard error and an exit status.
struct CommandError: Error {
    /// The message, without the `error: ` prefix; `nil` when the problem was already reported.
    var message: String?
    var status: ExitStatus

    /// A failure (exit status 1) with `message`.
    static func failure(_ message: String) -> CommandError {
        CommandError(message: message, status: .failure)
    }

    /// A failure whose details have already been written to standard error.
    static let reported = CommandError(message: nil, status: .failure)

    /// A usage error (exit status 2).
    static func usage(_ message: String) -> CommandError {
        CommandError(message: message, status: .usage)
    }
}

/// One `competency` command: its description, how it reads its arguments, and what it does.
protocol Command {
    /// The name, arguments, options and examples, for parsing and for `--help`.
    static var spec: CommandSpec { get }
    /// Reads the parsed arguments; anything left that does not make sense is a usage error.
    init(_ arguments: ParsedArguments) throws(CommandError)
    /// Does the work, writing to `context.console`.
    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus
}

/// Every command, in the order `--help` lists them.
enum CommandRegistry {
    static var all: [any Command.Type] {
        [
            LevelsCommand.self, DomainsCommand.self, TreeCommand.self, ShowCommand.self,
            CompareCommand.self, SearchCommand.self, ValidateCommand.self, CompileCommand.self,
            ExportCommand.self, ImportCommand.self, ReflectCommand.self,
        ]
    }

    static func command(named name: String) -> (any Command.Type)? {
        all.first { $0.spec.name == name }
    }
}
