import CompetencyDiagnostics
import CompetencyFramework
import CompetencyKitInternals
import YAMLLite

/// Reads one object (a YAML-lite mapping) against its ``FrameworkSchema/Object``, reporting
/// unknown keys, missing keys and values of the wrong shape as it goes.
struct ObjectReader {
    let mapping: YAMLMapping
    let schema: FrameworkSchema.Object
    /// How messages name this object: "component 1a.iii", "level 2".
    let name: String

    /// Starts reading `node` as a `schema` object, or reports that it is not a mapping.
    init?(
        _ node: YAMLNode, as schema: FrameworkSchema.Object, named name: String,
        problems: inout ProblemList<FrameworkRule>
    ) {
        guard case .mapping(let mapping) = node else {
            problems.report(
                .notAMapping, "\(name) must be a mapping of keys such as \"\(schema.keys[0].name):\"",
                at: node.location,
                hint: "write each \(schema.name) as indented \"key: value\" lines")
            return nil
        }
        self.mapping = mapping
        self.schema = schema
        self.name = name
        checkKeys(problems: &problems)
    }

    private func checkKeys(problems: inout ProblemList<FrameworkRule>) {
        let known = schema.keys.map(\.name)
        for entry in mapping.entries where schema.key(entry.key.value) == nil {
            problems.report(
                .unknownKey, "unknown key \"\(entry.key.value)\" in \(name)", at: entry.key.location,
                hint: Self.hint(forUnknownKey: entry.key.value, known: known))
        }
        for key in schema.keys where key.isRequired && mapping[key.name] == nil {
            problems.report(
                .missingKey, "missing required key \"\(key.name)\" in \(name)", at: mapping.location,
                hint: "add \"\(key.name):\" to this \(schema.name)")
        }
    }

    static func hint(forUnknownKey key: String, known: [String]) -> String {
        let invisible = key.unicodeScalars.filter { InvisibleCharacters.contains($0) || !$0.isASCII }
        if let suggestion = EditDistance.suggestion(for: key, among: known) {
            let note =
                invisible.isEmpty
                ? "" : " (the key contains \(invisible.map(InvisibleCharacters.describe).joined(separator: ", ")))"
            return "did you mean \"\(suggestion)\"?\(note)"
        }
        return "known keys: \(known.joined(separator: ", "))"
    }

    /// The location of the key `key`, or of the object if the key is absent.
    func location(of key: String) -> SourceLocation {
        mapping.entries.first { $0.key.value == key }?.key.location ?? mapping.location
    }

    /// The text value of `key`, or `nil` if it is absent or not text. An empty required text
    /// is reported.
    func text(_ key: String, problems: inout ProblemList<FrameworkRule>) -> YAMLScalar? {
        guard let node = mapping[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            problems.report(
                .wrongType, "\"\(key)\" in \(name) must be text, not \(Self.describe(node))",
                at: node.location, hint: "write the text on the same line after \"\(key): \"")
            return nil
        }
        if schema.key(key)?.isRequired == true, scalar.value.isEmpty {
            problems.report(.emptyText, "\"\(key)\" in \(name) is empty", at: scalar.location)
        }
        TextChecks.check(scalar, field: "\"\(key)\" in \(name)", problems: &problems)
        return scalar
    }

    /// The list of texts under `key`, or `[]` if absent or of the wrong shape.
    func textList(_ key: String, problems: inout ProblemList<FrameworkRule>) -> [YAMLScalar] {
        guard let node = mapping[key] else { return [] }
        guard case .sequence(let sequence) = node else {
            problems.report(
                .wrongType, "\"\(key)\" in \(name) must be a list, not \(Self.describe(node))",
                at: node.location, hint: "write each entry on its own line starting with \"- \"")
            return []
        }
        var result: [YAMLScalar] = []
        for item in sequence.items {
            guard case .scalar(let scalar) = item else {
                problems.report(
                    .wrongType, "each entry of \"\(key)\" in \(name) must be text, not \(Self.describe(item))",
                    at: item.location)
                continue
            }
            if scalar.value.isEmpty {
                problems.report(.emptyText, "an entry of \"\(key)\" in \(name) is empty", at: scalar.location)
            }
            TextChecks.check(scalar, field: "an entry of \"\(key)\" in \(name)", problems: &problems)
            result.append(scalar)
        }
        return result
    }

    /// The entries of the list of objects under `key`; an empty required list is reported.
    func objects(_ key: String, problems: inout ProblemList<FrameworkRule>) -> [YAMLNode] {
        guard let node = mapping[key] else { return [] }
        if case .scalar(let scalar) = node, scalar.value.isEmpty {
            problems.report(.emptyList, "\"\(key)\" in \(name) has no entries", at: node.location)
            return []
        }
        guard case .sequence(let sequence) = node else {
            problems.report(
                .wrongType, "\"\(key)\" in \(name) must be a list, not \(Self.describe(node))",
                at: node.location, hint: "start each entry of \"\(key)\" with \"- \"")
            return []
        }
        if sequence.items.isEmpty {
            problems.report(.emptyList, "\"\(key)\" in \(name) has no entries", at: node.location)
        }
        return sequence.items
    }

    /// The `level id: text` entries under `key`.
    func levelTexts(_ key: String, problems: inout ProblemList<FrameworkRule>) -> [(key: YAMLScalar, value: YAMLScalar)]
    {
        guard let node = mapping[key] else { return [] }
        if case .scalar(let scalar) = node, scalar.value.isEmpty { return [] }
        guard case .mapping(let levels) = node else {
            problems.report(
                .wrongType,
                "\"\(key)\" in \(name) must map level ids to text, not be \(Self.describe(node))",
                at: node.location, hint: "write one \"level-id: text\" line per level")
            return []
        }
        var result: [(key: YAMLScalar, value: YAMLScalar)] = []
        for entry in levels.entries {
            guard case .scalar(let scalar) = entry.value else {
                problems.report(
                    .wrongType,
                    "\"\(entry.key.value)\" under \"\(key)\" in \(name) must be text, not \(Self.describe(entry.value))",
                    at: entry.value.location)
                continue
            }
            result.append((entry.key, scalar))
        }
        return result
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar: "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
