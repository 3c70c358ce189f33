import CompetencyKitInternals

/// One option as written on a command line.
struct OptionOccurrence {
    /// The option.
    var option: OptionDeclaration
    /// How it was spelt (`-o` or `--output`), for messages.
    var spelling: String
    /// The text of its value; `nil` for a flag.
    var text: String?
    /// The command-line words it took: the option, and its value if that came separately.
    var words: [String]
}

/// Reads options the same way for every command: `--name value`, `--name=value`, flags, and
/// messages that say what to type instead.
struct OptionReader {
    /// The command whose options these are.
    let path: CommandPath
    /// The options it takes.
    let accepted: [OptionDeclaration]

    /// The option `word` names, with its value taken from `rest` when not joined with `=`.
    func read(_ word: String, from rest: inout ArraySlice<String>) throws(UsageError) -> OptionOccurrence {
        var spelling = word
        var joined: String?
        if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
            spelling = String(word[..<equals])
            joined = String(word[word.index(after: equals)...])
        }
        guard let option = declaration(spelt: spelling) else { throw unknownOption(spelling) }
        guard let placeholder = option.valueName else {
            if joined != nil { throw UsageError("\(spelling) takes no value", path: path) }
            return OptionOccurrence(option: option, spelling: spelling, text: nil, words: [word])
        }
        let needsValue = "\(spelling) needs a value (\(spelling) \(placeholder))"
        guard let text = joined ?? rest.popFirst() else { throw UsageError(needsValue, path: path) }
        if text.isEmpty { throw UsageError(needsValue + ", not an empty one", path: path) }
        if joined == nil, text != "-", declaration(spelt: text) != nil {
            throw UsageError(needsValue + ", not the option \(text)", path: path)
        }
        return OptionOccurrence(
            option: option, spelling: spelling, text: text, words: joined == nil ? [word, text] : [word])
    }

    /// Records `occurrence` in `parsed`, its value converted to the option's type.
    func record(_ occurrence: OptionOccurrence, into parsed: inout ParsedArguments) throws(UsageError) {
        let option = occurrence.option
        guard let text = occurrence.text, let convert = option.convert else {
            parsed.record(option, value: nil)
            return
        }
        if parsed.contains(option) { throw UsageError("\(occurrence.spelling) is given twice", path: path) }
        do {
            parsed.record(option, value: try convert(text))
        } catch {
            throw UsageError(error.message, path: path)
        }
    }

    private func declaration(spelt spelling: String) -> OptionDeclaration? {
        accepted.first { $0.names.contains(spelling) }
    }

    /// `unknown option --levle for show; did you mean --level?`; or, in a group's subcommand, which
    /// of its siblings takes the option (the subcommands of a group are steps of one job, and
    /// share its vocabulary).
    private func unknownOption(_ spelling: String) -> UsageError {
        if let parent = path.parent, !parent.isRoot {
            let owners = parent.configuration.subcommands
                .filter { sibling in
                    sibling.configuration.options.contains { $0.declaration.names.contains(spelling) }
                }
                .map { parent.appending($0).name }
            if !owners.isEmpty {
                return UsageError(
                    "\(spelling) is not an option of \(path.name) (it belongs to \(EnglishList.or(owners)))", path: path
                )
            }
        }
        var message = "unknown option \(spelling)" + (path.isRoot ? "" : " for \(path.name)")
        let known = accepted.flatMap(\.names).filter { $0.hasPrefix("--") }
        if let suggestion = EditDistance.suggestion(for: spelling, among: known) {
            message += "; did you mean \(suggestion)?"
        }
        return UsageError(message, path: path)
    }
}
