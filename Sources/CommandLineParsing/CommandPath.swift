/// A command and the commands above it, from the tool itself down: `competency`,
/// `competency show`, `competency reflect check`.
package struct CommandPath: Sendable {
    /// The tool.
    package let root: any ParsableCommand.Type
    /// The commands below the root, outermost first.
    package private(set) var subcommands: [any ParsableCommand.Type] = []

    /// The root alone.
    package init(root: any ParsableCommand.Type) {
        self.root = root
    }

    /// The command the path leads to.
    package var command: any ParsableCommand.Type { subcommands.last ?? root }

    /// The configuration of ``command``.
    package var configuration: CommandConfiguration { command.configuration }

    /// Whether the path is the tool itself.
    package var isRoot: Bool { subcommands.isEmpty }

    /// This path, one command further down.
    package func appending(_ subcommand: any ParsableCommand.Type) -> CommandPath {
        var path = self
        path.subcommands.append(subcommand)
        return path
    }

    /// The path one command up, or `nil` for the root.
    package var parent: CommandPath? {
        guard !isRoot else { return nil }
        var path = self
        path.subcommands.removeLast()
        return path
    }

    /// The root and the first command below it: the command a person typed after the tool's
    /// name, whose usage a usage error shows.
    package var topLevel: CommandPath {
        var path = self
        path.subcommands = Array(subcommands.prefix(1))
        return path
    }

    /// The names after the tool's, as messages use them (`reflect check`); the tool's name
    /// for the root.
    package var name: String {
        isRoot ? root.configuration.name : subcommands.map { $0.configuration.name }.joined(separator: " ")
    }

    /// The whole command as typed: `competency reflect check`.
    package var fullName: String {
        ([root] + subcommands).map { $0.configuration.name }.joined(separator: " ")
    }

    /// The usage line: `competency show CODE [OPTIONS]`.
    package var usage: String {
        let rest = configuration.usageAfterName
        return rest.isEmpty ? fullName : fullName + " " + rest
    }

    /// Every option the command takes after its name, in the order help lists them: its own,
    /// then the tool's common options, then help.
    package var acceptedOptions: [OptionDeclaration] {
        (configuration.options + root.configuration.commonOptions + [BuiltInOptions.help]).map(\.declaration)
    }
}
