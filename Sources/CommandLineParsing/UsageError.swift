/// A command line that does not make sense: a message for standard error and exit status 2
/// (``ExitStatus/usage``).
package struct UsageError: Error {
    /// What is wrong, without the `error: ` prefix: `show needs a CODE (such as 2a.iii)`.
    package var message: String
    /// The command the problem was found in.
    package var path: CommandPath

    /// A problem with the command line of the command at `path`.
    package init(_ message: String, path: CommandPath) {
        self.message = message
        self.path = path
    }

    /// What standard error shows: the message, then the usage of the command typed after the
    /// tool's name and where to read more; for a problem before any command name, where to find
    /// the list of commands.
    ///
    /// ```
    /// error: show needs a CODE (such as 2a.iii)
    /// usage: competency show CODE [OPTIONS]
    /// Run "competency show --help" for its options and examples.
    /// ```
    package var report: String {
        let shown = path.topLevel
        var lines = ["error: \(message)"]
        if shown.isRoot, !shown.configuration.subcommands.isEmpty {
            lines.append("Run \"\(shown.fullName) --help\" for the list of commands.")
        } else {
            lines.append("usage: \(shown.usage)")
            lines.append("Run \"\(shown.fullName) --help\" for its options and examples.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
