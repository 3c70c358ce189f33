/// A command the parser can read: its name, options, arguments, help and subcommands.
///
/// A tool's commands form a tree: the root is the tool itself (`competency`), and a command
/// with ``CommandConfiguration/subcommands`` (`reflect`) only groups others
/// (`reflect check`). Running a command is the tool's business; the parser only says which
/// command a command line names, and with what.
package protocol ParsableCommand: Sendable {
    /// Everything the parser and the help text need to know about the command.
    static var configuration: CommandConfiguration { get }
}
