/// Writes a YAML-lite document line by line in block style: keys with text values, lists of
/// text, mappings of text, each value in the style ``ScalarStyle`` chooses for it.
///
/// The writer knows nothing of what the keys mean; the framework-file and reflection-file
/// writers say which keys to write, in which order.
public struct BlockWriter: Sendable {
    /// The widest line the writer aims for when it folds long text.
    public let lineWidth: Int
    /// The lines written so far, without line breaks.
    public private(set) var lines: [String] = []

    /// A writer that folds text longer than `lineWidth` columns.
    public init(lineWidth: Int = 100) {
        self.lineWidth = lineWidth
    }

    /// The document: the lines joined by line feeds, ending with one.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    /// Appends `line` as it is: a blank line, a comment, or text the caller has already formed.
    public mutating func raw(_ line: String) {
        lines.append(line)
    }

    /// `key: value` at `indent` columns; with `listItem`, the key starts a list item (`- key:`),
    /// its dash two columns to the left of `indent`.
    public mutating func text(_ key: String, _ value: String, indent: Int, listItem: Bool = false) {
        let start = prefix(indent: indent, listItem: listItem) + key + ":"
        append(value, after: start, indent: indent, keyWidth: key.count + 1)
    }

    /// `key: value` if `value` is not `nil`.
    public mutating func optionalText(_ key: String, _ value: String?, indent: Int) {
        if let value { text(key, value, indent: indent) }
    }

    /// `key:` and one list item a value, or nothing if `values` is empty (YAML-lite has no
    /// flow style for an empty list).
    public mutating func textList(_ key: String, _ values: [String], indent: Int) {
        guard !values.isEmpty else { return }
        lines.append(String(repeating: " ", count: indent) + key + ":")
        for value in values {
            append(value, after: String(repeating: " ", count: indent + 2) + "-", indent: indent + 2, keyWidth: 1)
        }
    }

    /// `key:` alone, for a list or mapping whose entries the caller writes next.
    public mutating func key(_ key: String, indent: Int) {
        lines.append(String(repeating: " ", count: indent) + key + ":")
    }

    /// `key:` and a mapping of text keys to text values; with `always`, the key even when
    /// `entries` is empty.
    public mutating func mapping(_ key: String, _ entries: [(String, String)], indent: Int, always: Bool) {
        guard always || !entries.isEmpty else { return }
        lines.append(String(repeating: " ", count: indent) + key + ":")
        for (entryKey, value) in entries {
            let plainKey = ScalarStyle.isPlainSafe(entryKey) && !entryKey.contains(":")
            let keyText = plainKey ? entryKey : ScalarStyle.doubleQuoted(entryKey)
            let start = String(repeating: " ", count: indent + 2) + keyText + ":"
            append(value, after: start, indent: indent + 2, keyWidth: keyText.unicodeScalars.count + 1)
        }
    }

    /// The start of a line at `indent`: spaces, or for the first key of a list item,
    /// spaces and `- `.
    private func prefix(indent: Int, listItem: Bool) -> String {
        listItem ? String(repeating: " ", count: indent - 2) + "- " : String(repeating: " ", count: indent)
    }

    /// `start` (a key and its colon, or a list item's `-`) followed by `value` in the
    /// style that suits it. `keyWidth` is how many columns `start` takes after `indent`.
    private mutating func append(_ value: String, after start: String, indent: Int, keyWidth: Int) {
        let contentIndent = String(repeating: " ", count: indent + 2)
        let plain = ScalarStyle.isPlainSafe(value)
        let oneLine = plain ? value : ScalarStyle.doubleQuoted(value)
        let fits = indent + keyWidth + 1 + oneLine.unicodeScalars.count <= lineWidth
        if plain, fits {
            lines.append(start + " " + value)
        } else if !fits, let folded = ScalarStyle.foldedLines(value, indent: indent + 2, lineWidth: lineWidth) {
            lines.append(start + " >-")
            lines += folded.map { contentIndent + $0 }
        } else if !plain, let literal = ScalarStyle.literalLines(value) {
            lines.append(start + " |-")
            lines += literal.map { $0.isEmpty ? "" : contentIndent + $0 }
        } else {
            lines.append(start + " " + oneLine)
        }
    }
}
