import CompetencyKitInternals

/// The rules for writing text as a YAML-lite scalar that YAML-lite, and any YAML 1.1 or 1.2
/// parser that keeps scalars as strings (such as PyYAML's `BaseLoader`), reads back exactly.
///
/// They live beside the readers (`PlainScalarReader`, `QuotedScalarReader`,
/// `BlockScalarReader`) because each rule here is the inverse of one there: a change to what
/// the reader accepts must be matched here, and `Tests/YAMLLiteTests` checks every style
/// round-trips.
///
/// Each text value is written in the first of these styles that represents it exactly:
/// - **plain**, for one-line text that starts with a letter, a digit or `(`, does not end
///   with a space or `:`, contains no `: `, ` #`, tab or character that needs escaping (see
///   ``doubleQuoted(_:)``), and that a YAML 1.1 or 1.2 reader would not take for a number,
///   a boolean, a null or a timestamp (`1`, `1.0`, `yes`, `null`, `~`, ...), so `code: 1a`
///   but `code: "1"`;
/// - **folded** (`>-`), wrapped at a line width, for one-line text with single spaces between
///   words whose plain or double-quoted form would make the line too long;
/// - **literal** (`|-`), for text of several lines, without leading or trailing spaces on
///   any line and without a final line break;
/// - **double-quoted**, for everything else, with escapes.
public enum ScalarStyle {
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
                        result += "\\x" + Hexadecimal.digits(value, width: 2)
                    } else if value <= 0xFFFF {
                        result += "\\u" + Hexadecimal.digits(value, width: 4)
                    } else {
                        result += "\\U" + Hexadecimal.digits(value, width: 8)
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
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
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
    public static func isPlainSafe(_ text: String) -> Bool {
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
    public static func looksTyped(_ text: String) -> Bool {
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
    public static func foldedLines(_ text: String, indent: Int, lineWidth: Int) -> [String]? {
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
    public static func literalLines(_ text: String) -> [String]? {
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

}
