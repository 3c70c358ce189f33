/// Help as plain text wrapped to a width: for a tool that never colours its output, such as
/// the compiler the build plugin runs.
package struct PlainHelpLayout: HelpLayout {
    package let width: Int

    /// A layout wrapping to `width` columns.
    package init(width: Int = 80) {
        self.width = width
    }

    package func heading(_ text: String) -> String { text }

    package func wrappedParagraph(_ text: String) -> String {
        wrap(text, firstLine: "", indent: 0)
    }

    package func row(_ label: String, column: Int, _ text: String, leading: Int, isComment: Bool) -> String {
        let lead = String(repeating: " ", count: leading) + label
        guard lead.count < column else {
            return lead + "\n" + wrap(text, firstLine: String(repeating: " ", count: column), indent: column)
        }
        return wrap(text, firstLine: lead + String(repeating: " ", count: column - lead.count), indent: column)
    }

    package func indentedComment(_ text: String, by indent: Int) -> String {
        wrap(text, firstLine: String(repeating: " ", count: indent), indent: indent)
    }

    /// The words of `text` filling lines up to the width (a longer word on a line of its own):
    /// the first line after `firstLine`, later ones after `indent` spaces.
    private func wrap(_ text: String, firstLine: String, indent: Int) -> String {
        var lines: [String] = []
        var line = firstLine
        var lineHasWords = false
        for word in text.split(whereSeparator: \.isWhitespace) {
            if lineHasWords, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: indent)
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
