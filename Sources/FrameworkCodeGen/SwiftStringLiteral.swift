/// Writing any text as a Swift string literal that reproduces it exactly.
enum SwiftStringLiteral {
    /// The body of a string literal for `text` (without the quotes). Everything outside
    /// printable ASCII is written as a `\u{…}` escape, as are `"` and `\`, so the literal is
    /// plain ASCII: no quote, backslash, interpolation, line break, NUL or bidirectional
    /// control in the text can end the literal or change how the source reads.
    ///
    /// The text must not hold U+FDD0 to U+FDEF: Swift accepts no escape for those 32
    /// noncharacters. The framework's data keeps them out by its source form
    /// (``CompetencyFramework/FrameworkArchive/encodeSourceForm(_:)``).
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case " "..."~": result.unicodeScalars.append(scalar)
        default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// A single-line literal, quotes included.
    static func literal(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// A multi-line literal whose value is `text` without any line breaks of its own: the
    /// escaped text is cut into lines of about `width` characters, each ending in `\`, which
    /// Swift reads as "no line break here". Long data stays readable in diffs and editors,
    /// and no escape sequence is ever cut in two.
    static func wrappedLiteral(_ text: String, width: Int = 100) -> String {
        var lines: [String] = []
        var line = ""
        for scalar in text.unicodeScalars {
            append(scalar, to: &line)
            if line.utf8.count >= width {
                lines.append(line)
                line = ""
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        // The line break before the closing quotes is not part of the value, so the last
        // line needs no backslash (and Swift does not allow one there).
        return "\"\"\"\n" + lines.joined(separator: "\\\n") + "\n\"\"\""
    }
}
