/// A command-line option: a flag such as `--json`, or an option with a value such as
/// `--level NAME`.
struct OptionSpec: Sendable {
    /// Every spelling, such as `["-o", "--output"]`. The last is the canonical name.
    var names: [String]
    /// The placeholder for the value (`FILE`), or `nil` for a flag.
    var value: String?
    /// One line of help.
    var help: String

    /// The name the parsed value is stored under.
    var name: String { names.last ?? "" }

    static func flag(_ names: String..., help: String) -> OptionSpec {
        OptionSpec(names: names, value: nil, help: help)
    }

    static func value(_ names: String..., value: String, help: String) -> OptionSpec {
        OptionSpec(names: names, value: value, help: help)
    }
}

/// A positional argument, such as `CODE` or `FILE...`.
struct ArgumentSpec: Sendable {
    /// The placeholder shown in help, such as `CODE`.
    var name: String
    /// One line of help.
    var help: String
    /// Whether it may be left out.
    var isOptional = false
    /// Whether it takes every remaining argument (`FILE...`).
    var isRepeating = false
    /// An example value, used in the message when it is missing.
    var example: String?
}

/// Everything the parser and the help text need to know about a command.
struct CommandSpec: Sendable {
    /// The command's name, such as `show`.
    var name: String
    /// One line for the overview.
    var summary: String
    /// A paragraph or two for the command's own help.
    var discussion: String
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    /// The short form in the overview, such as `compile FILE -o OUT`; by default the name
    /// and the required arguments.
    var overview: String?
    /// Example command lines, each with a comment.
    var examples: [(command: String, comment: String)] = []

    /// The short form in the overview.
    var synopsis: String {
        overview
            ?? ([name] + arguments.filter { !$0.isOptional }.map { $0.name + ($0.isRepeating ? "..." : "") })
            .joined(separator: " ")
    }

    /// Options every command understands.
    static let commonOptions: [OptionSpec] = [
        .flag("--no-color", help: "Never colour the output (also: the NO_COLOR environment variable)."),
        .flag("-h", "--help", help: "Show this help."),
    ]

    /// `--framework FILE`, for commands that read one framework.
    static let frameworkOption = OptionSpec.value(
        "--framework", value: "FILE",
        help: "Read this framework file instead of the bundled Leadership Toolkit (- for standard input).")

    /// `--json`, for commands that print results.
    static let jsonOption = OptionSpec.flag(
        "--json", help: "Print JSON instead of text (sorted keys; shapes in docs/cli.md).")

    var allOptions: [OptionSpec] { options + Self.commonOptions }

    /// `show CODE [--level LEVEL] ...` for the usage line.
    var usage: String {
        var parts = ["competency", name]
        for argument in arguments {
            let text = argument.name + (argument.isRepeating ? "..." : "")
            parts.append(argument.isOptional ? "[\(text)]" : text)
        }
        if !options.isEmpty { parts.append("[OPTIONS]") }
        return parts.joined(separator: " ")
    }
}

/// A command line that does not make sense: exit status 2.
struct UsageError: Error, Equatable {
    var message: String
}

/// The arguments of one command after parsing.
struct ParsedArguments: Sendable {
    /// The canonical names of the flags given.
    var flags: Set<String> = []
    /// The values of the options given, by canonical name.
    var values: [String: String] = [:]
    /// The positional arguments, in order.
    var positionals: [String] = []
    /// Whether `-h`/`--help` was given.
    var wantsHelp = false

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    func value(_ option: String) -> String? { values[option] }

    /// The positional argument at `index`, or `nil`.
    func positional(_ index: Int) -> String? {
        positionals.indices.contains(index) ? positionals[index] : nil
    }
}

/// A small parser for `competency`'s command lines.
///
/// It understands flags (`--json`), options with a value (`--level high`, `--level=high`,
/// `-o out.json`), positional arguments, `-` as a positional argument (standard input or
/// output) and `--` to end the options. Unknown options, missing values and wrong numbers of
/// arguments are ``UsageError``s whose messages say what to do.
struct ArgumentParser: Sendable {
    var spec: CommandSpec

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        // Help wins over every other problem, so `competency show --help` always helps.
        if let end = arguments.firstIndex(of: "--") ?? Optional(arguments.endIndex),
            arguments[..<end].contains(where: { $0 == "-h" || $0 == "--help" })
        {
            result.wantsHelp = true
            return result
        }
        var remaining = arguments[...]
        var optionsEnded = false
        while let argument = remaining.popFirst() {
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var attached: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.allOptions.first(where: { $0.names.contains(name) }) else {
                throw unknownOption(name)
            }
            if let placeholder = option.value {
                guard let value = attached ?? remaining.popFirst() else {
                    throw UsageError(message: "\(name) needs a value (\(name) \(placeholder))")
                }
                if value.isEmpty {
                    throw UsageError(message: "\(name) needs a value (\(name) \(placeholder)), not an empty one")
                }
                if value.hasPrefix("-"), value != "-", attached == nil,
                    spec.allOptions.contains(where: { $0.names.contains(value) })
                {
                    throw UsageError(message: "\(name) needs a value (\(name) \(placeholder)), not the option \(value)")
                }
                if result.values[option.name] != nil {
                    throw UsageError(message: "\(name) is given twice")
                }
                result.values[option.name] = value
            } else {
                if attached != nil { throw UsageError(message: "\(name) takes no value") }
                result.flags.insert(option.name)
            }
        }
        try checkPositionals(result.positionals)
        return result
    }

    private func checkPositionals(_ positionals: [String]) throws(UsageError) {
        let required = spec.arguments.filter { !$0.isOptional }
        if positionals.count < required.count {
            let missing = required[positionals.count]
            var message = "\(spec.name) needs \(article(missing.name)) \(missing.name)"
            if let example = missing.example { message += " (such as \(example))" }
            throw UsageError(message: message)
        }
        let repeats = spec.arguments.contains { $0.isRepeating }
        if !repeats, positionals.count > spec.arguments.count {
            let extra = positionals[spec.arguments.count]
            throw UsageError(message: "unexpected argument \"\(extra)\" for \(spec.name)")
        }
    }

    private func unknownOption(_ name: String) -> UsageError {
        let known = spec.allOptions.flatMap(\.names).filter { $0.hasPrefix("--") }
        var message = "unknown option \(name) for \(spec.name)"
        if let suggestion = Suggestions.closest(to: name, among: known) {
            message += "; did you mean \(suggestion)?"
        }
        return UsageError(message: message)
    }

    private func article(_ placeholder: String) -> String {
        guard let first = placeholder.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
