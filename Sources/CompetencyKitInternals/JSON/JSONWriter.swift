/// Writes ``JSONValue``s as pretty-printed JSON that is the same on every platform: two
/// spaces of indentation, `"key": value`, keys sorted by their UTF-8 bytes when asked,
/// non-ASCII text as UTF-8, and the escapes JSON requires plus `\u2028`/`\u2029`.
package struct JSONWriter {
    /// Whether object keys are written sorted by their UTF-8 bytes, or in the order given.
    package var sortsKeys: Bool

    package init(sortsKeys: Bool = true) {
        self.sortsKeys = sortsKeys
    }

    package func write(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output += "\n"
        return output
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
            let members =
                sortsKeys ? unsorted.sorted { Array($0.0.utf8).lexicographicallyPrecedes($1.0.utf8) } : unsorted
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
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\\u" + Hexadecimal.digits(scalar.value, width: 4).lowercased()
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
