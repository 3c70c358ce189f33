/// Writes ``JSONValue``s as JSON that is the same on every platform: pretty-printed with two
/// spaces of indentation and `"key": value`, or compact on one line; keys sorted by their
/// UTF-8 bytes when asked; non-ASCII text as UTF-8; the escapes JSON requires, plus `\uXXXX`
/// for DEL, the C1 controls, `\u2028` and `\u2029`.
///
/// The one JSON writer of the kit: exports, CASE, reflection reports and the `yaml-lite` tool.
package struct JSONWriter {
    /// How the writer lays out arrays and objects.
    package enum Layout: Sendable {
        /// One member a line, indented by two spaces a level, ending with a line break.
        case pretty
        /// No white space at all and no final line break, for one document a line.
        case compact
    }

    /// Whether object keys are written sorted by their UTF-8 bytes, or in the order given.
    package var sortsKeys: Bool
    package var layout: Layout

    package init(sortsKeys: Bool = true, layout: Layout = .pretty) {
        self.sortsKeys = sortsKeys
        self.layout = layout
    }

    package func write(_ value: JSONValue) -> String {
        var output = ""
        switch layout {
        case .pretty:
            write(value, indent: 0, into: &output)
            output += "\n"
        case .compact:
            writeCompact(value, into: &output)
        }
        return output
    }

    private func writeCompact(_ value: JSONValue, into output: inout String) {
        switch value {
        case .array(let values):
            output += "["
            for (index, element) in values.enumerated() {
                if index > 0 { output += "," }
                writeCompact(element, into: &output)
            }
            output += "]"
        case .object(let unsorted):
            output += "{"
            for (index, (key, element)) in members(unsorted).enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, into: &output)
                output += ":"
                writeCompact(element, into: &output)
            }
            output += "}"
        default:
            write(value, indent: 0, into: &output)
        }
    }

    private func members(_ unsorted: [(String, JSONValue)]) -> [(String, JSONValue)] {
        sortsKeys ? unsorted.sorted { Array($0.0.utf8).lexicographicallyPrecedes($1.0.utf8) } : unsorted
    }

    private func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number):
            output +=
                number.isFinite
                ? (number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null"
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, element) in values.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                write(element, indent: indent + 1, into: &output)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let unsorted):
            guard !unsorted.isEmpty else {
                output += "{}"
                return
            }
            let members = members(unsorted)
            output += "{\n"
            for (index, (key, element)) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                Self.writeString(key, into: &output)
                output += ": "
                write(element, indent: indent + 1, into: &output)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    package static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}", "\u{2029}": output += "\\u" + Hexadecimal.digits(scalar.value, width: 4).lowercased()
            default:
                // C0, DEL and C1 are invisible, and some readers take C1's NEL for a line break.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    output += "\\u" + Hexadecimal.digits(scalar.value, width: 4).lowercased()
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
