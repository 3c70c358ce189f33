/// An option with a value, such as `--level LEVEL`, read back as a typed value: `String`, `Int`,
/// or any type its declaration knows how to read from text.
///
/// ```swift
/// static let limit = Option<Int>("--limit", value: "N", help: "Show at most N matches.",
///                                range: 1...Int.max, requirement: "must be a whole number above 0")
/// // in the command:
/// limit = parsed[Self.limit] ?? 20
/// ```
///
/// A value the declaration refuses is a usage error that names the option, when the command
/// line is read; the command never sees it.
package struct Option<Value: Sendable>: CommandLineOption {
    package var declaration: OptionDeclaration

    /// An option spelt `names` (the last is its name) whose value, shown as `value` in help
    /// (`FILE`), `parse` reads from the text given, throwing ``InvalidValue`` for text it refuses.
    package init(
        _ names: String..., value: String, help: String,
        parse: @escaping @Sendable (String) throws(InvalidValue) -> Value
    ) {
        self.init(names: names, value: value, help: help, parse: parse)
    }

    init(
        names: [String], value: String, help: String,
        parse: @escaping @Sendable (String) throws(InvalidValue) -> Value
    ) {
        let convert: @Sendable (String) throws(InvalidValue) -> any Sendable = { text throws(InvalidValue) in
            try parse(text)
        }
        declaration = OptionDeclaration(names: names, valueName: value, help: help, convert: convert)
    }

    /// `--name REQUIREMENT, not "text"`: the message for a value that does not meet a
    /// requirement such as `must be 1, 2 or 3`.
    static func unmet(_ requirement: String, by text: String, names: [String]) -> InvalidValue {
        InvalidValue("\(names.last ?? "") \(requirement), not \"\(text)\"")
    }
}
