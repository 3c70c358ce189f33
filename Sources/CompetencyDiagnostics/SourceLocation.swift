/// A position in a source file, as a person reading the file would count it.
///
/// Lines and columns start at 1. A column counts Unicode scalars from the start of the line,
/// so a caret printed under the source line lands under the right character even when the
/// line holds accented letters or emoji. `offset` is the position in UTF-8 bytes from the
/// start of the file, for tools that need to slice the original bytes.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int
    /// The 0-based offset in UTF-8 bytes from the start of the file.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of a file.
    public static let start = SourceLocation(line: 1, column: 1, offset: 0)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
