/// One command's options and arguments after parsing, read back through their declarations:
///
/// ```swift
/// parsed[Self.json]     // Bool, for a Flag
/// parsed[Self.limit]    // Int?, for an Option<Int>
/// parsed[Self.code]     // String?, for an Argument
/// parsed[all: Self.files] // [String], for a repeating Argument
/// ```
package struct ParsedArguments: Sendable {
    /// The names of the flags given.
    private var flags: Set<String> = []
    /// The values of the options given, by option name, already of the option's type.
    private var values: [String: any Sendable] = [:]
    /// The texts given for each positional argument, by argument name.
    private var arguments: [String: [String]] = [:]

    /// Nothing given.
    package init() {}

    /// Whether the flag was given.
    package subscript(flag: Flag) -> Bool {
        flags.contains(flag.declaration.name)
    }

    /// The option's value, or `nil` if it was not given.
    package subscript<Value>(option: Option<Value>) -> Value? {
        values[option.declaration.name] as? Value
    }

    /// The argument's text, or `nil` if it was left out; for a repeating argument, the first.
    package subscript(argument: Argument) -> String? {
        arguments[argument.name]?.first
    }

    /// Every text given for the argument, in order.
    package subscript(all argument: Argument) -> [String] {
        arguments[argument.name] ?? []
    }

    /// Whether the option was given already.
    func contains(_ option: OptionDeclaration) -> Bool {
        flags.contains(option.name) || values[option.name] != nil
    }

    /// Records a flag, or an option's value.
    mutating func record(_ option: OptionDeclaration, value: (any Sendable)?) {
        if let value {
            values[option.name] = value
        } else {
            flags.insert(option.name)
        }
    }

    /// Records the texts given for a positional argument.
    mutating func record(_ argument: Argument, texts: [String]) {
        arguments[argument.name] = texts
    }
}
