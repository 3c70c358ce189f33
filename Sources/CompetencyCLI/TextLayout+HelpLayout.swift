import CommandLineParsing

/// Help laid out like every other text of the tool: wrapped to the terminal, headings bold and
/// examples' comments dim when colour is on.
extension TextLayout: HelpLayout {
    func heading(_ text: String) -> String {
        render(.strong(text))
    }

    func wrappedParagraph(_ text: String) -> String {
        paragraph(StyledText(text))
    }

    func row(_ label: String, column: Int, _ text: String, leading: Int, isComment: Bool) -> String {
        hanging(StyledText(label), column: column, isComment ? .dim(text) : StyledText(text), leading: leading)
    }

    func indentedComment(_ text: String, by indent: Int) -> String {
        indented(.dim(text), by: indent)
    }
}
