/// Renders diagnostics for people: the compiler-style line, then the source line and a caret.
///
/// ```
/// toolkit.framework.yaml:12:5: error: unknown key "titel" in component [F102]
///    12 |     titel: Set high expectations
///       |     ^
///       = hint: did you mean "title"?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// The path printed before each diagnostic.
    public var path: String
    /// The lines of the file the diagnostics point into, without line terminators.
    private let lines: [Substring]

    /// The longest source line echoed under a diagnostic; longer lines are cut around the caret.
    private static let echoWidth = 120

    /// Creates a renderer for diagnostics in `source`, shown as coming from `path`.
    public init(path: String, source: String) {
        self.path = path
        self.lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The diagnostic in compiler form, followed by the source line, a caret and the hint.
    public func render(_ diagnostic: Diagnostic) -> String {
        var output = diagnostic.formatted(path: path)
        let lineIndex = diagnostic.location.line - 1
        if lines.indices.contains(lineIndex) {
            let (echo, caretColumn) = Self.excerpt(
                of: lines[lineIndex], column: diagnostic.location.column)
            let number = String(diagnostic.location.line)
            let gutter = String(repeating: " ", count: number.count)
            output += "\n \(number) | \(echo)"
            output += "\n \(gutter) | \(String(repeating: " ", count: max(0, caretColumn - 1)))^"
            if let hint = diagnostic.hint {
                output += "\n \(gutter) = hint: \(Diagnostic.printable(hint))"
            }
        } else if let hint = diagnostic.hint {
            output += "\n    = hint: \(Diagnostic.printable(hint))"
        }
        return output
    }

    /// The printable part of a line around `column`, and the caret's column within it.
    /// Control and bidirectional characters are shown as `?` so that an echoed line can
    /// neither move the terminal nor reorder what it shows.
    static func excerpt(of line: Substring, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        var start = 0
        var caret = column
        if scalars.count > echoWidth {
            start = max(0, min(column - 1 - echoWidth / 2, scalars.count - echoWidth))
            caret = column - start
        }
        let end = min(scalars.count, start + echoWidth)
        var text = String.UnicodeScalarView()
        for scalar in scalars[start..<end] {
            let value = scalar.value
            let isControl =
                value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            text.append(isControl ? "?" : scalar)
        }
        return (String(text), caret)
    }
}
