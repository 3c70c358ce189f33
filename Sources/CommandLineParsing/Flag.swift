/// A flag: an option without a value, such as `--json`, which is given or not.
///
/// A flag is declared once, as a value, and read back as a `Bool`:
///
/// ```swift
/// static let json = Flag("--json", help: "Print JSON instead of text.")
/// // in the command:
/// json = parsed[Self.json]
/// ```
package struct Flag: CommandLineOption {
    package var declaration: OptionDeclaration

    /// A flag spelt `names` (such as `"-h", "--help"`; the last is its name), described by `help`.
    package init(_ names: String..., help: String) {
        declaration = OptionDeclaration(names: names, valueName: nil, help: help, convert: nil)
    }
}
