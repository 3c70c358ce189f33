/// A positional argument, such as `CODE` or `FILE...`, read back as text:
///
/// ```swift
/// static let code = Argument("CODE", help: "The code of a component.", example: "2a.iii")
/// // in the command:
/// code = parsed[Self.code] ?? ""
/// ```
package struct Argument: Sendable {
    /// The placeholder shown in usage and help, such as `CODE`.
    package var name: String
    /// One line of help.
    package var help: String
    /// Whether it may be left out.
    package var isOptional: Bool
    /// Whether it takes every remaining argument (`FILE...`); only the last argument may.
    package var isRepeating: Bool
    /// A value to show in the message when it is missing (`show needs a CODE (such as 2a.iii)`).
    package var example: String?

    /// An argument shown as `name`, described by `help`.
    package init(
        _ name: String, help: String, isOptional: Bool = false, isRepeating: Bool = false, example: String? = nil
    ) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.isRepeating = isRepeating
        self.example = example
    }

    /// How usage and help show it: `FILE...` for a repeating argument.
    package var label: String {
        name + (isRepeating ? "..." : "")
    }
}
