import CompetencyFramework

/// Writes a framework as a framework file (`*.framework.yaml`, see
/// `docs/framework-format.md`) that YAML-lite, and any YAML 1.1 or 1.2 parser that keeps
/// scalars as strings (such as PyYAML's `BaseLoader`), reads back as the same framework.
///
/// Keys come in the order the format documents them, with `symbol` after the title or name;
/// optional values that are absent and empty lists are left out; component codes are always
/// written. Descriptors are written under `descriptors:` and gaps under `gaps:`, each keyed
/// by level id.
///
/// Each text value is written in the first of these styles that represents it exactly:
/// - **plain**, for one-line text that starts with a letter, a digit or `(`, does not end
///   with a space or `:`, contains no `: `, ` #`, tab or character that needs escaping (see
///   ``doubleQuoted(_:)``), and that a YAML 1.1 or 1.2 reader would not take for a number,
///   a boolean, a null or a timestamp (`1`, `1.0`, `yes`, `null`, `~`, ...), so `code: 1a`
///   but `code: "1"`;
/// - **folded** (`>-`), wrapped at ``lineWidth`` columns, for one-line text with single
///   spaces between words whose plain or double-quoted form would make the line too long;
/// - **literal** (`|-`), for text of several lines, without leading or trailing spaces on
///   any line and without a final line break;
/// - **double-quoted**, for everything else, with escapes.
///
/// ## Limits
/// The format has no way to write an empty list or mapping without flow style, which
/// YAML-lite leaves out, so a framework with no levels, a domain without subdomains or a
/// component whose every level is a gap is written with an empty value (`descriptors:`),
/// which the loader reports. Level ids longer than 1024 characters cannot be keys.
public enum FrameworkFileWriter {
    /// The widest line the writer aims for when it folds long text.
    public static let lineWidth = 100

    /// The framework as the text of a framework file, ending with a newline.
    public static func render(_ framework: Framework) -> String {
        var out = Output()
        let metadata = framework.metadata
        out.text("id", metadata.id, indent: 0)
        out.text("title", metadata.title, indent: 0)
        out.optionalText("symbol", metadata.symbol, indent: 0)
        out.optionalText("version", metadata.version, indent: 0)
        out.optionalText("date", metadata.date, indent: 0)
        out.optionalText("publisher", metadata.publisher, indent: 0)
        out.optionalText("description", metadata.description, indent: 0)
        out.optionalText("epigraph", metadata.epigraph, indent: 0)
        out.textList("notes", metadata.notes, indent: 0)
        out.optionalText("licence", metadata.licence, indent: 0)
        out.optionalText("source", metadata.source, indent: 0)
        out.optionalText("language", metadata.language, indent: 0)
        out.optionalText("stem", metadata.stem, indent: 0)

        out.lines.append("")
        out.listKey("levels", indent: 0)
        for level in framework.levels {
            out.text("id", level.id, indent: 4, listItem: true)
            out.text("name", level.name, indent: 4)
            out.optionalText("symbol", level.symbol, indent: 4)
            out.optionalText("summary", level.summary, indent: 4)
            out.textList("indicators", level.indicators, indent: 4)
        }

        out.lines.append("")
        out.listKey("domains", indent: 0)
        for domain in framework.domains {
            out.text("code", domain.code.rawValue, indent: 4, listItem: true)
            out.text("title", domain.title, indent: 4)
            out.optionalText("symbol", domain.symbol, indent: 4)
            out.optionalText("description", domain.description, indent: 4)
            out.optionalText("notes", domain.notes, indent: 4)
            out.listKey("subdomains", indent: 4)
            for subdomain in domain.subdomains {
                out.text("code", subdomain.code.rawValue, indent: 8, listItem: true)
                out.text("title", subdomain.title, indent: 8)
                out.optionalText("symbol", subdomain.symbol, indent: 8)
                out.optionalText("description", subdomain.description, indent: 8)
                out.optionalText("notes", subdomain.notes, indent: 8)
                out.listKey("components", indent: 8)
                for component in subdomain.components {
                    out.text("code", component.code.rawValue, indent: 12, listItem: true)
                    out.text("title", component.title, indent: 12)
                    out.optionalText("symbol", component.symbol, indent: 12)
                    out.optionalText("notes", component.notes, indent: 12)
                    let texts = component.descriptors.compactMap { entry in
                        entry.descriptor.text.map { (entry.level, $0) }
                    }
                    let gaps = component.descriptors.compactMap { entry -> (String, String)? in
                        if case .gap(let reason) = entry.descriptor { return (entry.level, reason) }
                        return nil
                    }
                    out.levelMapping("descriptors", texts, indent: 12, always: true)
                    out.levelMapping("gaps", gaps, indent: 12, always: false)
                }
            }
        }
        return out.lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a one-line YAML-lite scalar: plain where that reads back exactly, otherwise
    /// double-quoted (see ``doubleQuoted(_:)``).
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// `text` as a double-quoted scalar on one line.
    ///
    /// `\` and `"` are escaped with a backslash, a line feed is `\n` and a tab `\t`. Every
    /// other character that is not plainly visible is escaped by its code point: control
    /// characters (including NUL, DEL and NEL) as `\xNN`; format characters (bidirectional
    /// controls, zero-width characters, soft hyphen, byte order mark, ...), line and
    /// paragraph separators, spaces other than U+0020, private-use and unassigned code
    /// points (including noncharacters) and the characters YAML-lite warns about as invisible
    /// as `\uNNNN` or `\UNNNNNNNN`.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if needsEscape(scalar) {
                    let value = scalar.value
                    if value <= 0xFF {
                        result += "\\x" + hex(value, width: 2)
                    } else if value <= 0xFFFF {
                        result += "\\u" + hex(value, width: 4)
                    } else {
                        result += "\\U" + hex(value, width: 8)
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether `scalar` must be escaped: it is not plainly visible, or YAML or YAML-lite
    /// would not accept it (or would warn about it) as a raw character.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Characters YAML-lite reports as invisible that are letters or marks to Unicode.
        case 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .privateUse, .unassigned,
            .surrogate, .control:
            return true
        default:
            return false
        }
    }

    /// Whether `text` can be written as a one-line plain scalar and read back exactly.
    static func isPlainSafe(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        guard first.properties.isAlphabetic || first.properties.numericType != nil || first == "(" else { return false }
        guard last != " ", last != ":" else { return false }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\t" || scalar == "\n" || needsEscape(scalar) { return false }
            if scalar == ":", index + 1 < scalars.count, scalars[index + 1] == " " { return false }
            if scalar == "#", index > 0, scalars[index - 1] == " " { return false }
        }
        return !looksTyped(text)
    }

    /// Whether a YAML 1.1 or 1.2 reader that resolves types would read `text` as something
    /// other than a string: a null, a boolean, a number, or a timestamp with a time. A plain
    /// date (`2026-09-01`) stays plain, as the format's own examples write it.
    static func looksTyped(_ text: String) -> Bool {
        let words: Set<String> = [
            "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
            "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
        ]
        if words.contains(text) { return true }
        // Every pattern below starts with a sign, a digit or a dot; most text does not, and
        // building the regular expressions costs far more than writing the value.
        guard let first = text.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(first) else {
            return false
        }
        let patterns: [Regex<Substring>] = [
            // YAML 1.1 integers: binary, octal, decimal, hexadecimal, sexagesimal.
            #/[-+]?0b[0-1_]+/#, #/[-+]?0[0-7_]+/#, #/[-+]?(?:0|[1-9][0-9_]*)/#, #/[-+]?0x[0-9a-fA-F_]+/#,
            #/[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+/#,
            // YAML 1.1 floats.
            #/[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?/#, #/[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*/#,
            #/[-+]?\.(?:inf|Inf|INF)/#, #/\.(?:nan|NaN|NAN)/#,
            // YAML 1.2 core schema numbers.
            #/[-+]?[0-9]+/#, #/0o[0-7]+/#, #/0x[0-9a-fA-F]+/#,
            #/[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?/#,
            // YAML 1.1 timestamps with a time of day.
            #/[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:.*/#,
        ]
        return patterns.contains { text.wholeMatch(of: $0) != nil }
    }

    /// The lines of a folded scalar for `text` with its content at `indent`, or `nil` if
    /// folding would not read back exactly.
    static func foldedLines(_ text: String, indent: Int) -> [String]? {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, first != " ", last != " ", first != "#",
            !scalars.contains(where: { $0 == "\n" || $0 == "\t" || needsEscape($0) }),
            !zip(scalars, scalars.dropFirst()).contains(where: { $0 == " " && $1 == " " })
        else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
            let startsLine =
                word.unicodeScalars.first.map { "#-*>|%@&!?:,[]{}'\"`\u{2022}".unicodeScalars.contains($0) } ?? true
            if current.isEmpty {
                current = word
            } else if !startsLine, indent + current.unicodeScalars.count + 1 + word.unicodeScalars.count > lineWidth {
                lines.append(current)
                current = word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines
    }

    /// The lines of a literal scalar for multi-line `text`, or `nil` if a literal block
    /// would not read back exactly.
    static func literalLines(_ text: String) -> [String]? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains("\n"), scalars.first != "\n", scalars.last != "\n",
            !scalars.contains(where: { $0 == "\t" || ($0 != "\n" && needsEscape($0)) })
        else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines {
            guard let first = line.unicodeScalars.first else { continue }
            if first == " " || first == "#" || line.unicodeScalars.last == " " { return nil }
        }
        return lines
    }

    /// The lines being written.
    private struct Output {
        var lines: [String] = []

        /// The start of a line at `indent`: spaces, or for the first key of a list item,
        /// spaces and `- `.
        private func prefix(indent: Int, listItem: Bool) -> String {
            listItem ? String(repeating: " ", count: indent - 2) + "- " : String(repeating: " ", count: indent)
        }

        mutating func text(_ key: String, _ value: String, indent: Int, listItem: Bool = false) {
            let start = prefix(indent: indent, listItem: listItem) + key + ":"
            append(value, after: start, indent: indent, keyWidth: key.count + 1)
        }

        mutating func optionalText(_ key: String, _ value: String?, indent: Int) {
            if let value { text(key, value, indent: indent) }
        }

        /// `start` (a key and its colon, or a list item's `-`) followed by `value` in the
        /// style that suits it. `keyWidth` is how many columns `start` takes after `indent`.
        private mutating func append(_ value: String, after start: String, indent: Int, keyWidth: Int) {
            let contentIndent = String(repeating: " ", count: indent + 2)
            let plain = FrameworkFileWriter.isPlainSafe(value)
            let oneLine = plain ? value : FrameworkFileWriter.doubleQuoted(value)
            let fits = indent + keyWidth + 1 + oneLine.unicodeScalars.count <= lineWidth
            if plain, fits {
                lines.append(start + " " + value)
            } else if !fits, let folded = FrameworkFileWriter.foldedLines(value, indent: indent + 2) {
                lines.append(start + " >-")
                lines += folded.map { contentIndent + $0 }
            } else if !plain, let literal = FrameworkFileWriter.literalLines(value) {
                lines.append(start + " |-")
                lines += literal.map { $0.isEmpty ? "" : contentIndent + $0 }
            } else {
                lines.append(start + " " + oneLine)
            }
        }

        mutating func textList(_ key: String, _ values: [String], indent: Int) {
            guard !values.isEmpty else { return }
            lines.append(String(repeating: " ", count: indent) + key + ":")
            for value in values {
                append(value, after: String(repeating: " ", count: indent + 2) + "-", indent: indent + 2, keyWidth: 1)
            }
        }

        mutating func listKey(_ key: String, indent: Int) {
            lines.append(String(repeating: " ", count: indent) + key + ":")
        }

        mutating func levelMapping(_ key: String, _ entries: [(String, String)], indent: Int, always: Bool) {
            guard always || !entries.isEmpty else { return }
            lines.append(String(repeating: " ", count: indent) + key + ":")
            for (level, value) in entries {
                let plainKey = FrameworkFileWriter.isPlainSafe(level) && !level.contains(":")
                let keyText = plainKey ? level : FrameworkFileWriter.doubleQuoted(level)
                let start = String(repeating: " ", count: indent + 2) + keyText + ":"
                append(value, after: start, indent: indent + 2, keyWidth: keyText.unicodeScalars.count + 1)
            }
        }
    }
}
