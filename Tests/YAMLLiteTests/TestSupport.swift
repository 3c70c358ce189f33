import CompetencyDiagnostics
import Foundation
import Testing

@testable import YAMLLite

/// Parses `text` and returns the root, failing the test if there is any error.
func parseClean(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> YAMLNode? {
    let result = YAMLLite.parse(text)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "unexpected errors: \(errors)", sourceLocation: sourceLocation)
    return result.document.root
}

/// The value of a scalar root, or `nil`.
func scalarValue(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    guard case .scalar(let scalar)? = parseClean(text, sourceLocation: sourceLocation) else { return nil }
    return scalar.value
}

/// The value of `key` in a mapping root, when it is a scalar.
func value(of key: String, in text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    guard case .mapping(let mapping)? = parseClean(text, sourceLocation: sourceLocation),
        case .scalar(let scalar)? = mapping[key]
    else { return nil }
    return scalar.value
}

/// The codes of the diagnostics of `text`, in order.
func codes(_ text: String) -> [String] {
    YAMLLite.parse(text).diagnostics.map(\.code)
}

/// The codes of the diagnostics of `bytes`, in order.
func codes(_ bytes: [UInt8]) -> [String] {
    YAMLLite.parse(bytes).diagnostics.map(\.code)
}

/// The first diagnostic with `code`, if any.
func diagnostic(_ code: String, in text: String) -> Diagnostic? {
    YAMLLite.parse(text).diagnostics.first { $0.code == code }
}

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
            return jsonString(scalar.value)
        case .mapping(let mapping):
            if mapping.entries.isEmpty { return "{}" }
            let items = mapping.entries.map {
                inner + jsonString($0.key.value) + ": " + json($0.value, indent: indent + 2)
            }
            return "{\n" + items.joined(separator: ",\n") + "\n" + outer + "}"
        case .sequence(let sequence):
            if sequence.items.isEmpty { return "[]" }
            let items = sequence.items.map { inner + json($0, indent: indent + 2) }
            return "[\n" + items.joined(separator: ",\n") + "\n" + outer + "]"
        }
    }

    static func jsonString(_ string: String) -> String {
        var output = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// The number of nested collections on the deepest path.
    var depth: Int {
        var deepest = 0
        var stack: [(YAMLNode, Int)] = [(self, 0)]
        while let (node, level) = stack.popLast() {
            switch node {
            case .scalar: deepest = max(deepest, level)
            case .mapping(let mapping): stack += mapping.entries.map { ($0.value, level + 1) }
            case .sequence(let sequence): stack += sequence.items.map { ($0, level + 1) }
            }
        }
        return deepest
    }
}

/// The fixture directory copied into the test bundle.
enum Fixtures {
    static var root: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)) }
    }

    static func names(in group: String) throws -> [String] {
        let directory = try root.appendingPathComponent(group)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }
            .sorted()
    }

    static func bytes(_ group: String, _ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(group).appendingPathComponent(file)))
    }
}

/// A small deterministic random number generator, so that generated inputs are the same on
/// every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
