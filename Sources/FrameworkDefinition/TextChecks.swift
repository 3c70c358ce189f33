import CompetencyDiagnostics
import YAMLLite

/// Warnings about the characters of a text value: stray whitespace and invisible characters.
///
/// They point at the start of the value: a quoted or folded value's text is not its source,
/// so a column inside it could not be trusted.
enum TextChecks {
    static func check(_ scalar: YAMLScalar, field: String, problems: inout ProblemList<FrameworkRule>) {
        let text = scalar.value
        guard !text.isEmpty else { return }
        let scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == " " || first == "\t" {
            problems.report(.strayWhitespace, "\(field) starts with whitespace", at: scalar.location)
        } else if let last = scalars.last, last == " " || last == "\t" {
            problems.report(.strayWhitespace, "\(field) ends with whitespace", at: scalar.location)
        } else if hasDoubledSpace(scalars) {
            problems.report(
                .strayWhitespace, "\(field) has two spaces in a row", at: scalar.location,
                hint: "use a single space between words")
        } else if scalars.contains("\t") {
            problems.report(.strayWhitespace, "\(field) contains a tab", at: scalar.location)
        }
        if let index = scalars.firstIndex(where: InvisibleCharacters.contains) {
            problems.report(
                .invisibleCharacter,
                "\(field) contains \(InvisibleCharacters.describe(scalars[index])), which looks like a space but is not one",
                at: scalar.location,
                hint: "replace it with an ordinary space, or delete it")
        }
    }

    private static func hasDoubledSpace(_ scalars: [Unicode.Scalar]) -> Bool {
        zip(scalars, scalars.dropFirst()).contains { $0 == " " && $1 == " " }
    }
}
