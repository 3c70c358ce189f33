/// Writing framework text into `///` comments without letting it change the code around it.
enum DocComment {
    /// `paragraphs` as `///` lines indented by `indent`, with a blank `///` line between
    /// paragraphs. Characters that could end the comment line or make the source read
    /// differently from how it compiles (line breaks, control and bidirectional characters)
    /// are written as `\u{…}`; the comment shows the text, the string data holds it exactly.
    static func lines(_ paragraphs: [String], indent: String) -> String {
        var result = ""
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { result += indent + "///\n" }
            for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                let text = sanitized(line)
                result += indent + (text.isEmpty ? "///" : "/// " + text) + "\n"
            }
        }
        return result
    }

    static func sanitized(_ text: Substring) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let unsafe =
                value < 0x20 || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
                || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF
                || value == 0x061C  // ARABIC LETTER MARK, the one Bidi_Control character outside U+20xx
            if unsafe {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
