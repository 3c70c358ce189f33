import CompetencyKitInternals
import YAMLLite

/// A YAML-lite document as JSON: mappings as objects in source order, sequences as arrays,
/// scalars as strings, no document as `null`.
enum DocumentJSON {
    /// The document as one line of compact JSON.
    static func line(_ document: YAMLLiteDocument) -> String {
        JSONWriter(sortsKeys: false, layout: .compact).write(document.root.map(value) ?? .null)
    }

    /// The tree is at most 100 levels deep (the parser's limit), so recursion is safe.
    private static func value(_ node: YAMLNode) -> JSONValue {
        switch node {
        case .scalar(let scalar): .string(scalar.value)
        case .mapping(let mapping): .object(mapping.entries.map { ($0.key.value, value($0.value)) })
        case .sequence(let sequence): .array(sequence.items.map(value))
        }
    }
}
