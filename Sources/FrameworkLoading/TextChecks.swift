import CompetencyDiagnostics
import YAMLLite

/// Warnings about the characters of a text value: stray whitespace and invisible characters.
///
/// They point at the start of the value: a quoted or folded value's text is not its source,
/// so a column inside it could not be trusted.
enum TextChecks {
    static func check(_ scalar: YAMLScalar, field: String, problems: inout ProblemList<FrameworkRule>) {
        var text = scalar.value
        guard let first = text.utf8.first, let last = text.utf8.last else { return }
        // Spaces and tabs are single bytes that never occur inside a multi-byte UTF-8
        // sequence, so one pass over the bytes finds them (this runs on every text of a file).
        let bytes = text.withUTF8 { ByteSummary($0) }
        if first == space || first == tab {
            problems.report(.strayWhitespace, "\(field) starts with whitespace", at: scalar.location)
        } else if last == space || last == tab {
            problems.report(.strayWhitespace, "\(field) ends with whitespace", at: scalar.location)
        } else if bytes.hasDoubledSpace {
            problems.report(
                .strayWhitespace, "\(field) has two spaces in a row", at: scalar.location,
                hint: "use a single space between words")
        } else if bytes.hasTab {
            problems.report(.strayWhitespace, "\(field) contains a tab", at: scalar.location)
        }
        if bytes.hasNonASCII, let invisible = text.unicodeScalars.first(where: InvisibleCharacters.contains) {
            problems.report(
                .invisibleCharacter,
                "\(field) contains \(InvisibleCharacters.describe(invisible)), which looks like a space but is not one",
                at: scalar.location,
                hint: "replace it with an ordinary space, or delete it")
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// What one pass over a text's UTF-8 bytes finds.
    private struct ByteSummary {
        var hasDoubledSpace = false
        var hasTab = false
        var hasNonASCII = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == space, previous == space { hasDoubledSpace = true }
                if byte == tab { hasTab = true }
                if byte >= 0x80 { hasNonASCII = true }
                previous = byte
            }
        }
    }
}
