import CompetencyDiagnostics

/// The top of the parse: one document, with at most a leading `---`, comments, and no
/// directives, second documents or `...`.
extension Parser {
    mutating func parseDocument() -> YAMLNode? {
        var root: YAMLNode?
        var started = false
        // An explicit document with no content is an empty scalar to YAML, as it is for an
        // empty `key:`; only a file with no document at all has no root.
        var emptyDocument: SourceLocation?
        while !sink.isFull, let index = peekContentLine() {
            let layout = layout(index)
            let before = line
            defer { if line <= before { line = before + 1 } }
            if layout.marker == ASCII.minus {
                if root == nil && !started {
                    started = true
                    emptyDocument = location(index, layout.contentStart + 3)
                    let after = skipInlineSpaces(index, from: layout.contentStart + 3)
                    if !isEndOfContent(index, after) {
                        report(
                            .textAfterDocumentStart, "text after \"---\" on the same line", line: index, offset: after,
                            hint: "start the content on the next line")
                    }
                    line = index + 1
                    continue
                }
                report(
                    .secondDocument, "a second document starts here; a YAML-lite file holds one document",
                    line: index, offset: layout.contentStart,
                    hint: "split the file in two, or delete the \"---\" line")
                break
            }
            if layout.marker == ASCII.period {
                report(
                    .documentEnd, "\"...\" (end of document) is not part of YAML-lite", line: index,
                    offset: layout.contentStart, hint: "delete the line")
                line = index + 1
                continue
            }
            if root == nil && !started && layout.indent == 0 && bytes[layout.contentStart] == ASCII.percent {
                reportDirective(index, layout.contentStart)
                line = index + 1
                continue
            }
            if root == nil {
                started = true
                root = parseNode(index, layout.contentStart, parent: -1, depth: 1, context: .ownLine)
                continue
            }
            report(
                .textAfterDocument, "text after the end of the document's top-level value", line: index,
                offset: layout.contentStart,
                hint: "a file holds one value; check the indentation, or whether a key is missing its ':'")
            skipLines(from: index, deeperThan: layout.indent)
        }
        if root == nil, let emptyDocument { return emptyScalar(at: emptyDocument) }
        return root
    }

    mutating func reportDirective(_ index: Int, _ offset: Int) {
        report(
            .directive, "\"%\" at the start of a line is a YAML directive, which YAML-lite does not use",
            line: index, offset: offset, hint: "delete the line; YAML-lite files need no directives")
    }
}
