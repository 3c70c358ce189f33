/// What a command line asks for: to run a command with its options and arguments, to show a
/// command's help, or to print the tool's version.
package struct ParsedCommandLine: Sendable {
    /// What the command line asks the tool to do.
    package enum Request: Sendable, Equatable {
        /// Run ``ParsedCommandLine/command``.
        case run
        /// Print the help of ``ParsedCommandLine/command``.
        case help
        /// Print the root's version.
        case version
    }

    /// What to do.
    package var request: Request
    /// The command named, from the root down; for help, the deepest command named.
    package var path: CommandPath
    /// Its options and arguments; for help, those that made sense.
    package var arguments: ParsedArguments

    /// The command named.
    package var command: any ParsableCommand.Type { path.command }
}
