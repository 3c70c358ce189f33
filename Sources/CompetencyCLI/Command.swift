import CommandLineParsing

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

    /// A usage error (exit status 2), reported with the command's usage.
    static func usage(_ message: String) -> CommandError {
        CommandError(message: message, status: .usage)
    }
}

/// One `competency` command that runs (not a group such as `reflect`): its declaration, how
/// it reads its parsed options and arguments, and what it does.
protocol Command: ParsableCommand {
    /// Reads the parsed options and arguments; anything that does not make sense together is a
    /// usage error.
    init(_ arguments: ParsedArguments) throws(CommandError)
    /// Does the work, writing to `context.console`.
    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus
}
