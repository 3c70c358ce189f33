import CompetencyDiagnostics
import Foundation
import Testing

/// One line of an invalid-file corpus's `expectations.txt`: `FILE CODE LINE:COLUMN`, the
/// diagnostic the file must produce and where. Lines starting with `#` are comments.
public struct DiagnosticExpectation: Sendable, CustomTestStringConvertible {
    public var file: String
    public var code: String
    public var line: Int
    public var column: Int

    public var testDescription: String { "\(file) \(code) \(line):\(column)" }

    public init(file: String, code: String, line: Int, column: Int) {
        self.file = file
        self.code = code
        self.line = line
        self.column = column
    }

    /// Whether `diagnostic` is the one expected: the same code at the same line and column.
    public func isMet(by diagnostic: Diagnostic) -> Bool {
        diagnostic.code == code && diagnostic.location.line == line && diagnostic.location.column == column
    }

    /// The expectations of a manifest's text; lines that are not `FILE CODE LINE:COLUMN`
    /// are skipped.
    public static func parse(_ manifest: String) -> [DiagnosticExpectation] {
        manifest.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 3, !line.hasPrefix("#") else { return nil }
            let position = fields[2].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { return nil }
            return DiagnosticExpectation(
                file: String(fields[0]), code: String(fields[1]), line: position[0], column: position[1])
        }
    }

    /// The expectations of the manifest at `url`; none if it cannot be read (the corpus
    /// tests then find files without an expectation).
    public static func read(_ url: URL) -> [DiagnosticExpectation] {
        parse((try? String(contentsOf: url, encoding: .utf8)) ?? "")
    }
}
