import CompetencyKitInternals

/// Reads a command line against a tool's tree of commands.
///
/// The conventions, the same for every command:
/// - Options may come before or after the arguments; `--name=value` is `--name value`.
/// - Before a subcommand's name only its group's own options may come (for the root, options
///   such as `--framework`); they are handed down to the subcommand.
/// - `--` ends the options: every word after it is an argument. `-` is always an argument.
/// - `-h`/`--help` anywhere before `--` asks for the help of the deepest command named, and
///   wins over every mistake on the line; so does `--version`, for a root with a version.
/// - `TOOL help COMMAND...` asks for a command's help; `TOOL` alone, for the root's.
///
/// Every mistake is a ``UsageError`` whose message says what to type instead.
package struct CommandLineParser: Sendable {
    /// The tool.
    package let root: any ParsableCommand.Type

    /// A parser for the tool `root`.
    package init(root: any ParsableCommand.Type) {
        self.root = root
    }

    /// What `arguments` (without the program's name) ask for.
    package func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommandLine {
        let beforeEnd = arguments.prefix { $0 != "--" }
        let wantsHelp = beforeEnd.contains { BuiltInOptions.help.declaration.names.contains($0) }
        let wantsVersion =
            root.configuration.version != nil && beforeEnd.contains { $0 == BuiltInOptions.version.declaration.name }
        var path = CommandPath(root: root)
        if wantsVersion, !wantsHelp {
            return ParsedCommandLine(request: .version, path: path, arguments: ParsedArguments())
        }
        var words = arguments[...]
        var handedDown: [String] = []
        var groupArguments = ParsedArguments()
        while !path.configuration.subcommands.isEmpty {
            let reader = OptionReader(path: path, accepted: path.acceptedOptions)
            var name: String?
            while let word = words.popFirst() {
                if word == "--" {
                    name = words.popFirst()
                    words = [word] + words
                    break
                }
                if word == "-" || !word.hasPrefix("-") {
                    name = word
                    break
                }
                do {
                    let occurrence = try reader.read(word, from: &words)
                    try? reader.record(occurrence, into: &groupArguments)
                    handedDown += occurrence.words
                } catch {
                    if !wantsHelp { throw error }
                }
            }
            guard let name else {
                if wantsHelp || (path.isRoot && arguments.isEmpty) {
                    return ParsedCommandLine(request: .help, path: path, arguments: groupArguments)
                }
                throw missingSubcommand(in: path)
            }
            if path.isRoot, name == "help" {
                return try helpTopic(words)
            }
            guard let subcommand = path.configuration.subcommand(named: name) else {
                if wantsHelp { return ParsedCommandLine(request: .help, path: path, arguments: groupArguments) }
                throw unknownSubcommand(name, in: path)
            }
            path = path.appending(subcommand)
        }
        let parsed = try ArgumentsReader(path: path).read(handedDown + words, lenient: wantsHelp)
        return ParsedCommandLine(request: wantsHelp ? .help : .run, path: path, arguments: parsed)
    }

    /// `TOOL help [COMMAND [SUBCOMMAND]]`: the help of the command the names lead to.
    private func helpTopic(_ words: ArraySlice<String>) throws(UsageError) -> ParsedCommandLine {
        var topic = CommandPath(root: root)
        for word in words where word == "-" || !word.hasPrefix("-") {
            guard !topic.configuration.subcommands.isEmpty else { break }
            guard let subcommand = topic.configuration.subcommand(named: word) else {
                let asked = (topic.subcommands.map { $0.configuration.name } + [word]).joined(separator: " ")
                throw UsageError("no command named \"\(asked)\"", path: CommandPath(root: root))
            }
            topic = topic.appending(subcommand)
        }
        return ParsedCommandLine(request: .help, path: topic, arguments: ParsedArguments())
    }

    /// `no command given`, or `reflect needs a SUBCOMMAND (such as init)`.
    private func missingSubcommand(in path: CommandPath) -> UsageError {
        guard !path.isRoot else { return UsageError("no command given", path: path) }
        let example = path.configuration.subcommands.first.map { " (such as \($0.configuration.name))" } ?? ""
        return UsageError("\(path.name) needs a SUBCOMMAND\(example)", path: path)
    }

    /// `unknown command "shwo"; did you mean "show"?`, or for a group
    /// `unknown reflect subcommand "chekc"; did you mean "check"?` (or the list of them).
    private func unknownSubcommand(_ name: String, in path: CommandPath) -> UsageError {
        let names = path.configuration.subcommands.map { $0.configuration.name }
        let candidates = path.isRoot ? names + ["help"] : names
        var message = path.isRoot ? "unknown command \"\(name)\"" : "unknown \(path.name) subcommand \"\(name)\""
        if let suggestion = EditDistance.suggestion(for: name, among: candidates) {
            message += "; did you mean \"\(suggestion)\"?"
        } else if !path.isRoot {
            message += "; the subcommands are \(EnglishList.or(names))"
        }
        return UsageError(message, path: path)
    }
}
