import CommandLineParsing
import Foundation

/// The width text is wrapped to.
enum TerminalSize {
    /// The width when nothing says otherwise, and the width of text written to a file.
    static let defaultColumns = 80

    /// `COLUMNS` if it is set to a positive number, else the terminal's width when standard
    /// output is a terminal, else ``defaultColumns``.
    static func columns(of console: Console) -> Int {
        if let text = console.environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
            columns > 0
        {
            return columns
        }
        return console.terminalWidth ?? defaultColumns
    }
}
