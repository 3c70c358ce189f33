/// The options the parser itself answers: help for every command, and the root's version.
package enum BuiltInOptions {
    /// `-h, --help`: print the command's help instead of running it. It wins over everything
    /// else on the command line before `--`, even over mistakes.
    package static let help = Flag("-h", "--help", help: "Show this help.")

    /// `--version`, for a root with a ``CommandConfiguration/version``: print it instead of
    /// running anything. Like help, it wins wherever it stands before `--`.
    package static let version = Flag("--version", help: "Print the version.")
}
