/// An option a command declares: a ``Flag`` or an ``Option``, whatever the type of its value.
package protocol CommandLineOption: Sendable {
    /// What the parser and the help text need to know about it.
    var declaration: OptionDeclaration { get set }
}

extension CommandLineOption {
    /// The same option, described by other help: for a command where it means something
    /// narrower. It is still the same option: it is read back through either.
    package func withHelp(_ help: String) -> Self {
        var option = self
        option.declaration.help = help
        return option
    }
}

/// What the parser and the help text know about one option, whatever the type of its value.
package struct OptionDeclaration: Sendable {
    /// Every spelling, such as `["-o", "--output"]`. The last is the option's name: the key its
    /// value is kept under, and the spelling messages about its value use.
    package var names: [String]
    /// The placeholder for the value in help and messages (`FILE`), or `nil` for a flag.
    package var valueName: String?
    /// One line of help.
    package var help: String
    /// Turns the text given into the option's value; `nil` for a flag.
    var convert: (@Sendable (String) throws(InvalidValue) -> any Sendable)?

    /// The option's name, such as `--output` for `-o, --output`.
    package var name: String { names.last ?? "" }

    /// How help lists it: `-o, --output FILE`.
    package var label: String {
        names.joined(separator: ", ") + (valueName.map { " " + $0 } ?? "")
    }
}

/// Why the text given to an option is not a value it takes, as a whole message such as
/// `--depth must be 1, 2 or 3, not "7"`.
package struct InvalidValue: Error, Equatable {
    /// The message, without the `error: ` prefix.
    package var message: String

    /// A problem described by `message`.
    package init(_ message: String) {
        self.message = message
    }
}
