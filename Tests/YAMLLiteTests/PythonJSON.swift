@testable import YAMLLite

extension YAMLNode {
    /// The tree as JSON laid out exactly like Python's
    /// `json.dumps(tree, ensure_ascii=False, indent=2)`, which wrote the fixtures' expected
    /// files from PyYAML's reading of them. Comparing text keeps mapping order significant.
    var pythonJSON: String { Self.json(self, indent: 0) }

    private static func json(_ node: YAMLNode, indent: Int) -> String {
        let inner = String(repeating: " ", count: indent + 2)
        let outer = String(repeating: " ", count: indent)
        switch node {
        case .scalar(let scalar):
            return pythonString(scalar.value)
        case .mapping(let mapping):
            if mapping.entries.isEmpty { return "{}" }
            let items = mapping.entries.map {
                inner + pythonString($0.key.value) + ": " + json($0.value, indent: indent + 2)
            }
            return "{\n" + items.joined(separator: ",\n") + "\n" + outer + "}"
        case .sequence(let sequence):
            if sequence.items.isEmpty { return "[]" }
            let items = sequence.items.map { inner + json($0, indent: indent + 2) }
            return "[\n" + items.joined(separator: ",\n") + "\n" + outer + "]"
        }
    }

    /// The escapes Python writes with `ensure_ascii=False`: fewer than the kit's
    /// `JSONWriter`, which also escapes DEL and the line and paragraph separators, so the
    /// fixtures cannot be compared with that writer's output.
    private static let pythonEscapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{08}": "\\b", "\u{0C}": "\\f",
    ]

    static func pythonString(_ string: String) -> String {
        var output = "\""
        for scalar in string.unicodeScalars {
            if let escape = pythonEscapes[scalar] {
                output += escape
            } else if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
