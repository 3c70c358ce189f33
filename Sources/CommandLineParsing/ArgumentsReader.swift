/// Reads the words after a command's name: its options (see ``OptionReader``) and its
/// positional arguments, checked against what it declares.
struct ArgumentsReader {
    /// The command.
    let path: CommandPath

    /// The command's options and arguments in `words`. With `lenient`, for help, words that
    /// do not make sense are passed over instead of refused.
    func read(_ words: [String], lenient: Bool) throws(UsageError) -> ParsedArguments {
        let reader = OptionReader(path: path, accepted: path.acceptedOptions)
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var optionsEnded = false
        var rest = words[...]
        while let word = rest.popFirst() {
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            do {
                try reader.record(try reader.read(word, from: &rest), into: &parsed)
            } catch {
                if !lenient { throw error }
            }
        }
        if !lenient { try check(positionals) }
        for (index, argument) in path.configuration.arguments.enumerated() where index < positionals.count {
            parsed.record(argument, texts: argument.isRepeating ? Array(positionals[index...]) : [positionals[index]])
        }
        return parsed
    }

    /// Refuses too few or too many positional arguments.
    private func check(_ positionals: [String]) throws(UsageError) {
        let configuration = path.configuration
        let declared = configuration.arguments
        let required = declared.filter { !$0.isOptional }
        if positionals.count < required.count {
            let missing = required[positionals.count]
            let example = missing.example.map { " (such as \($0))" } ?? ""
            throw UsageError(
                configuration.missingArgumentMessage
                    ?? "\(path.name) needs \(Self.article(missing.name)) \(missing.name)\(example)", path: path)
        }
        if !declared.contains(where: \.isRepeating), positionals.count > declared.count {
            let extra = positionals[declared.count]
            throw UsageError(
                configuration.unexpectedArgumentMessage?(extra) ?? "unexpected argument \"\(extra)\" for \(path.name)",
                path: path)
        }
    }

    /// "a" or "an", for a placeholder such as `CODE` or `OLD`.
    private static func article(_ placeholder: String) -> String {
        guard let first = placeholder.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
