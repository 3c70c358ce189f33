import CompetencyDiagnostics
import CompetencyFramework
import CompetencyKitInternals
import FrameworkLoading
import YAMLLite

/// Reads a syntactically valid YAML-lite document as a ``Reflection``, checking it against
/// its framework as it goes.
struct ReflectionReader {
    let framework: Framework
    var problems: ProblemList<ReflectionRule>

    /// The keys at the top of a reflection file, in the order `reflect init` writes them.
    static let headerKeys = ["framework", "name", "role", "date", "components"]
    /// The keys of one entry under `components`.
    static let entryKeys = ["code", "level", "evidence", "focus"]

    mutating func read(_ root: YAMLNode?) -> Reflection? {
        guard let root else {
            problems.report(
                .notAMapping, "the file holds no reflection", at: .start,
                hint: "start from the file \"competency reflect init\" writes; see docs/reflection.md")
            return nil
        }
        guard case .mapping(let mapping) = root else {
            problems.report(
                .notAMapping, "a reflection file must be a mapping of keys such as \"framework:\" and \"components:\"",
                at: root.location,
                hint: "start from the file \"competency reflect init\" writes; see docs/reflection.md")
            return nil
        }
        checkKeys(mapping, known: Self.headerKeys, in: "the reflection")
        var reflection = Reflection(framework: readFrameworkID(mapping))
        reflection.name = nonEmpty(text("name", of: mapping, in: "the reflection"))
        reflection.role = nonEmpty(text("role", of: mapping, in: "the reflection"))
        if let date = text("date", of: mapping, in: "the reflection"), !date.value.isEmpty {
            if ISODate.isValid(date.value) {
                reflection.date = date.value
            } else {
                problems.report(
                    .invalidDate, "date \"\(date.value)\" is not a calendar date written YYYY-MM-DD",
                    at: date.location, hint: "write the date like 2026-11-29, or leave it empty")
            }
        }
        reflection.entries = readEntries(mapping)
        if !problems.containsErrors {
            noteComponentsNotYetReflectedOn(reflection, at: keyLocation("components", in: mapping))
        }
        return reflection
    }

    // MARK: - Header

    private mutating func readFrameworkID(_ mapping: YAMLMapping) -> String {
        let expected = framework.metadata.id
        guard mapping["framework"] != nil else {
            problems.report(
                .missingKey, "missing required key \"framework\" in the reflection", at: mapping.location,
                hint: "add \"framework: \(expected)\", the id of the framework reflected on")
            return expected
        }
        guard let scalar = text("framework", of: mapping, in: "the reflection") else { return expected }
        if scalar.value.isEmpty {
            problems.report(
                .missingKey, "\"framework\" is empty", at: scalar.location,
                hint: "write the id of the framework reflected on: \"framework: \(expected)\"")
        } else if scalar.value != expected {
            problems.report(
                .frameworkMismatch,
                "this reflection is on the framework \"\(scalar.value)\", but it is being checked against "
                    + "\"\(expected)\" (\(framework.metadata.title))",
                at: scalar.location,
                hint: "check it against that framework's file (--framework FILE), or correct the id")
        }
        return scalar.value
    }

    // MARK: - Entries

    private mutating func readEntries(_ mapping: YAMLMapping) -> [Reflection.Entry] {
        guard let node = mapping["components"] else {
            problems.report(
                .missingKey, "missing required key \"components\" in the reflection", at: mapping.location,
                hint: "list the components under \"components:\", each starting \"- code: …\"")
            return []
        }
        let items: [YAMLNode]
        switch node {
        case .scalar(let scalar) where scalar.value.isEmpty:
            items = []
        case .sequence(let sequence):
            items = sequence.items
        default:
            problems.report(
                .wrongType, "\"components\" must be a list, not \(Self.describe(node))", at: node.location,
                hint: "start each entry with \"- code: …\" on its own line")
            return []
        }
        var entries: [Reflection.Entry] = []
        var seen: [String: (code: Code, line: Int)] = [:]
        for (index, item) in items.enumerated() {
            guard let (entry, location) = readEntry(item, number: index + 1) else { continue }
            let key = entry.code.lookupKey
            if let first = seen[key] {
                problems.report(
                    .duplicateEntry, "component \(entry.code) already has an entry, on line \(first.line)",
                    at: location, hint: "keep one entry per component: merge the two")
                continue
            }
            seen[key] = (entry.code, location.line)
            entries.append(entry)
        }
        return entries
    }

    /// One entry and the location of its code, or `nil` if it names no component.
    private mutating func readEntry(_ node: YAMLNode, number: Int) -> (Reflection.Entry, SourceLocation)? {
        guard case .mapping(let mapping) = node else {
            var hint = "write each entry as \"- code: …\" with \"level:\", \"evidence:\" and \"focus:\" below it"
            if case .scalar(let scalar) = node, !scalar.value.isEmpty {
                hint = "write \"- code: \(scalar.value)\", with \"level:\", \"evidence:\" and \"focus:\" below it"
            }
            problems.report(
                .notAMapping, "entry \(number) of \"components\" must be a mapping of keys such as \"code:\"",
                at: node.location, hint: hint)
            return nil
        }
        var name = "entry \(number) of \"components\""
        if case .scalar(let code)? = mapping["code"], !code.value.isEmpty {
            name = "the entry for \(code.value)"
        }
        checkKeys(mapping, known: Self.entryKeys, in: name)
        let code = readCode(mapping, name: name)
        let level = readLevel(mapping, name: name)
        let evidence = nonEmpty(text("evidence", of: mapping, in: name))
        let focus = readFocus(mapping, name: name)
        guard let (code, location) = code else { return nil }
        return (Reflection.Entry(code: code, level: level, evidence: evidence, focus: focus), location)
    }

    private mutating func readCode(_ mapping: YAMLMapping, name: String) -> (Code, SourceLocation)? {
        guard mapping["code"] != nil else {
            let example = framework.components.first.map { " such as \"code: \($0.code)\"" } ?? ""
            problems.report(
                .missingKey, "\(name) has no \"code\"", at: mapping.location,
                hint: "add the code of the component it is about,\(example)")
            return nil
        }
        guard let scalar = text("code", of: mapping, in: name) else { return nil }
        guard !scalar.value.isEmpty else {
            problems.report(
                .missingKey, "\"code\" in \(name) is empty", at: scalar.location,
                hint: "write the code of the component it is about")
            return nil
        }
        guard let path = framework.path(of: scalar.value), let node = framework.node(at: path) else {
            problems.report(
                .unknownComponent,
                "\"\(scalar.value)\" is not the code of a component of \(framework.metadata.title)",
                at: scalar.location, hint: codeHint(scalar.value))
            return nil
        }
        switch node {
        case .component(let component):
            return (component.code, scalar.location)
        case .domain(let domain):
            let example = domain.components.first.map { ", such as \($0.code)" } ?? ""
            problems.report(
                .notAComponent, "\(domain.code) is a domain (\(domain.title)), not a component", at: scalar.location,
                hint: "reflect on each of its \(domain.components.count) components\(example)")
        case .subdomain(let subdomain):
            let codes = subdomain.components.map(\.code.rawValue)
            problems.report(
                .notAComponent, "\(subdomain.code) is a subdomain (\(subdomain.title)), not a component",
                at: scalar.location, hint: "reflect on each of its components: \(codes.joined(separator: ", "))")
        }
        return nil
    }

    /// "did you mean" with the components as close as the closest to `text` (`1a.v` suggests
    /// `1a.iv` alone), or how codes look.
    private func codeHint(_ text: String) -> String {
        let key = Code.lookupKey(text)
        let candidates = framework.codes(resembling: text, limit: 12)
            .filter { framework.component(code: $0.rawValue) != nil }
        let rank = { (code: Code) in
            (EditDistance.between(key, code.lookupKey), -EditDistance.sharedEnds(key, code.lookupKey))
        }
        if let best = candidates.first {
            let closest = candidates.filter { rank($0) == rank(best) }.prefix(3)
            return "did you mean \(closest.map { "\"\($0)\"" }.joined(separator: " or "))?"
        }
        let examples = framework.components.prefix(2).map(\.code.rawValue)
        return "component codes look like \(examples.joined(separator: " or ")); \"competency tree\" lists them"
    }

    private mutating func readLevel(_ mapping: YAMLMapping, name: String) -> String? {
        guard let scalar = text("level", of: mapping, in: name), !scalar.value.isEmpty else { return nil }
        if let level = ReflectionFile.level(named: scalar.value, in: framework) {
            return level.id
        }
        let candidates = framework.levels.flatMap { [$0.id, $0.name] }
        let hint: String
        if let suggestion = EditDistance.suggestion(for: scalar.value, among: candidates) {
            hint = "did you mean \"\(suggestion)\"?"
        } else {
            let levels = framework.levels.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            hint = "the levels are \(levels); leave it empty if you have not reflected on it yet"
        }
        problems.report(
            .unknownLevel, "\"\(scalar.value)\" in \(name) is not a level of \(framework.metadata.title)",
            at: scalar.location, hint: hint)
        return nil
    }

    private mutating func readFocus(_ mapping: YAMLMapping, name: String) -> Bool {
        guard let scalar = text("focus", of: mapping, in: name), !scalar.value.isEmpty else { return false }
        switch scalar.value.lowercased() {
        case "yes": return true
        case "no": return false
        case "true", "y", "on", "1", "x", "ja", "oui", "si", "sí":
            problems.report(
                .invalidFocus, "\"focus\" in \(name) must be \"yes\" or \"no\", not \"\(scalar.value)\"",
                at: scalar.location, hint: "did you mean \"yes\"?")
        case "false", "n", "off", "0", "none", "nein", "non":
            problems.report(
                .invalidFocus, "\"focus\" in \(name) must be \"yes\" or \"no\", not \"\(scalar.value)\"",
                at: scalar.location, hint: "did you mean \"no\"?")
        default:
            problems.report(
                .invalidFocus, "\"focus\" in \(name) must be \"yes\" or \"no\", not \"\(scalar.value)\"",
                at: scalar.location,
                hint: "write \"focus: yes\" for a component to grow in next, and \"focus: no\" otherwise")
        }
        return false
    }

    // MARK: - The whole

    private mutating func noteComponentsNotYetReflectedOn(_ reflection: Reflection, at location: SourceLocation) {
        let placed = Set(reflection.entries.filter { $0.level != nil }.map(\.code.lookupKey))
        let components = framework.components
        let missing = components.filter { !placed.contains($0.code.lookupKey) }
        guard !missing.isEmpty else { return }
        let shown = 8
        var list = missing.prefix(shown).map(\.code.rawValue).joined(separator: ", ")
        if missing.count > shown { list += " and \(missing.count - shown) more" }
        var subject =
            "\(missing.count) of \(components.count) \(components.count == 1 ? "component" : "components") "
            + (missing.count == 1 ? "is" : "are") + " not yet reflected on"
        if missing.count < components.count { subject += ": \(list)" }
        problems.report(
            .notYetReflectedOn, subject, at: location,
            hint: "fill in \"level:\" when you have reflected on a component; this is allowed meanwhile")
    }

    // MARK: - Reading values

    private mutating func checkKeys(_ mapping: YAMLMapping, known: [String], in name: String) {
        for entry in mapping.entries where !known.contains(entry.key.value) {
            let hint =
                EditDistance.suggestion(for: entry.key.value, among: known).map { "did you mean \"\($0)\"?" }
                ?? "known keys: \(known.joined(separator: ", "))"
            problems.report(
                .unknownKey, "unknown key \"\(entry.key.value)\" in \(name)", at: entry.key.location, hint: hint)
        }
    }

    /// The text value of `key`, or `nil` if it is absent or not text (which is reported).
    private mutating func text(_ key: String, of mapping: YAMLMapping, in name: String) -> YAMLScalar? {
        guard let node = mapping[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            let hint =
                key == "evidence"
                ? "for several lines write \"evidence: |\" and indent the lines below it"
                : "write the text on the same line after \"\(key): \""
            problems.report(
                .wrongType, "\"\(key)\" in \(name) must be text, not \(Self.describe(node))", at: node.location,
                hint: hint)
            return nil
        }
        return scalar
    }

    private func nonEmpty(_ scalar: YAMLScalar?) -> String? {
        guard let value = scalar?.value, !value.isEmpty else { return nil }
        return value
    }

    private func keyLocation(_ key: String, in mapping: YAMLMapping) -> SourceLocation {
        mapping.entries.first { $0.key.value == key }?.key.location ?? mapping.location
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar: "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
