/// What a command is called, what it takes and how its help reads.
package struct CommandConfiguration: Sendable {
    /// The command's name, such as `show`; for the root, the tool's name.
    package var name: String
    /// One sentence, the first line of its help and its line in its parent's help.
    package var abstract: String
    /// A paragraph for its own help.
    package var discussion: String
    /// The usage after the command's name, such as `SUBCOMMAND [FILE...] [OPTIONS]`; by
    /// default its arguments, then `[OPTIONS]` if it has options of its own.
    package var usage: String?
    /// The short form its parent's help lists, such as `compile FILE -o OUT`; by default its
    /// name and required arguments, or for a group its name and its subcommands' names.
    package var synopsis: String?
    /// Its positional arguments, in order.
    package var arguments: [Argument]
    /// Its options. For a command with subcommands: the options that may come before the
    /// subcommand's name, handed down to the subcommand (which must declare them too).
    package var options: [any CommandLineOption]
    /// Example command lines, each with a comment.
    package var examples: [(command: String, comment: String)]
    /// The commands it groups, in the order help lists them; none for a command that runs.
    package var subcommands: [any ParsableCommand.Type]
    /// The root's version, printed by `--version`; `nil` for no `--version`.
    package var version: String?
    /// Root only: options every command of the tool takes, listed after each one's own.
    package var commonOptions: [any CommandLineOption]
    /// Root only: what each exit status means, shown at the end of every help.
    package var exitStatuses: [(status: Int32, meaning: String)]
    /// What to say when a required argument is missing, instead of
    /// `show needs a CODE (such as 2a.iii)`.
    package var missingArgumentMessage: String?
    /// What to say about an argument too many (given it), instead of
    /// `unexpected argument "2b" for show`.
    package var unexpectedArgumentMessage: (@Sendable (String) -> String)?

    /// A command called `name` that does what `abstract` says.
    package init(
        name: String, abstract: String, discussion: String = "", usage: String? = nil, synopsis: String? = nil,
        arguments: [Argument] = [], options: [any CommandLineOption] = [],
        examples: [(command: String, comment: String)] = [], subcommands: [any ParsableCommand.Type] = [],
        version: String? = nil, commonOptions: [any CommandLineOption] = [],
        exitStatuses: [(status: Int32, meaning: String)] = [], missingArgumentMessage: String? = nil,
        unexpectedArgumentMessage: (@Sendable (String) -> String)? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.usage = usage
        self.synopsis = synopsis
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.subcommands = subcommands
        self.version = version
        self.commonOptions = commonOptions
        self.exitStatuses = exitStatuses
        self.missingArgumentMessage = missingArgumentMessage
        self.unexpectedArgumentMessage = unexpectedArgumentMessage
    }

    /// The short form its parent's help lists (see ``synopsis``).
    package var shortForm: String {
        if let synopsis { return synopsis }
        if !subcommands.isEmpty {
            return name + " " + subcommands.map { $0.configuration.name }.joined(separator: "|")
        }
        return ([name] + arguments.filter { !$0.isOptional }.map(\.label)).joined(separator: " ")
    }

    /// The usage after the command's name (see ``usage``).
    var usageAfterName: String {
        if let usage { return usage }
        var parts = subcommands.isEmpty ? [] : ["SUBCOMMAND"]
        parts += arguments.map { $0.isOptional ? "[\($0.label)]" : $0.label }
        if !options.isEmpty { parts.append("[OPTIONS]") }
        return parts.joined(separator: " ")
    }

    /// The subcommand called `name`, in any case, if there is one.
    func subcommand(named name: String) -> (any ParsableCommand.Type)? {
        let name = name.lowercased()
        return subcommands.first { $0.configuration.name.lowercased() == name }
    }
}
