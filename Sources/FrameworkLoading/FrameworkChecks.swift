import CompetencyDiagnostics
import CompetencyFramework

/// Checks that need the whole framework: uniqueness of ids and codes, and warnings about
/// descriptors that repeat each other or the stem.
struct FrameworkChecks {
    let framework: Framework
    let sourceMap: FrameworkSourceMap
    /// Every code with where it was written; a derived component code is located at its
    /// component.
    let codeLocations: [(Code, SourceLocation)]

    func run(into problems: inout ProblemList<FrameworkRule>) {
        checkLevels(&problems)
        checkCodes(&problems)
        checkDescriptors(&problems)
    }

    private func checkLevels(_ problems: inout ProblemList<FrameworkRule>) {
        var seenIDs: [String: Int] = [:]
        var seenNames: [String: Int] = [:]
        for (index, level) in framework.levels.enumerated() {
            let location = sourceMap.elements[.level(index)] ?? .start
            if !level.id.isEmpty, let first = seenIDs[level.id] {
                problems.report(
                    .duplicateLevel, "level id \"\(level.id)\" is used by levels \(first + 1) and \(index + 1)",
                    at: location)
            } else if !level.name.isEmpty, let first = seenNames[level.name.lowercased()] {
                problems.report(
                    .duplicateLevel, "level name \"\(level.name)\" is used by levels \(first + 1) and \(index + 1)",
                    at: location)
            }
            seenIDs[level.id] = seenIDs[level.id] ?? index
            seenNames[level.name.lowercased()] = seenNames[level.name.lowercased()] ?? index
        }
    }

    private func checkCodes(_ problems: inout ProblemList<FrameworkRule>) {
        var seen: [String: (Code, SourceLocation)] = [:]
        for (code, location) in codeLocations.sorted(by: { $0.1 < $1.1 }) where !code.rawValue.isEmpty {
            if let (firstCode, firstLocation) = seen[code.lookupKey] {
                problems.report(
                    .duplicateCode,
                    "code \"\(code)\" is already used by \"\(firstCode)\" on line \(firstLocation.line)",
                    at: location, hint: "codes must be unique, ignoring case and \"-\"/\".\"")
            } else {
                seen[code.lookupKey] = (code, location)
            }
        }
    }

    private func checkDescriptors(_ problems: inout ProblemList<FrameworkRule>) {
        // Only the first few characters of a descriptor can hold the stem, so only they are
        // lowercased: lowercasing every descriptor whole was most of the time it took to load
        // a large file.
        let stemPrefix = framework.metadata.stem.flatMap { $0.isEmpty ? nil : $0.lowercased() + " " }
        for path in framework.allPaths where path.component != nil {
            guard case .component(let component)? = framework.node(at: path) else { continue }
            let location = sourceMap.elements[.node(path)] ?? .start
            var seen = SeenTexts()
            for entry in component.descriptors {
                guard let text = entry.descriptor.text, !text.isEmpty else { continue }
                if let other = seen.insert(text, level: entry.level) {
                    problems.report(
                        .duplicateDescriptors,
                        "component \(component.code) has the same descriptor at \"\(other)\" and \"\(entry.level)\"",
                        at: location, hint: "each level should describe a different degree of proficiency")
                }
                if let stemPrefix, String(text.prefix(stemPrefix.count)).lowercased().hasPrefix(stemPrefix) {
                    problems.report(
                        .repeatedStem,
                        "the descriptor at \"\(entry.level)\" in component \(component.code) begins with the stem \"\(framework.metadata.stem ?? "")\"",
                        at: location, hint: "the stem is printed before every descriptor; start with the words after it"
                    )
                }
            }
        }
    }
}

/// The descriptor texts of one component seen so far, each with the first level that has it.
///
/// A component has a handful of descriptors, which are compared directly: hashing a long
/// non-ASCII string normalises it first, which cost more than the comparisons. Past a few
/// dozen (a framework of many levels) a dictionary keeps the check linear.
private struct SeenTexts {
    private var list: [(text: String, level: String)] = []
    private var table: [String: String] = [:]

    /// Records `text` at `level`; returns the first level that already had the same text.
    mutating func insert(_ text: String, level: String) -> String? {
        if list.count < 32 {
            if let match = list.first(where: { $0.text == text }) { return match.level }
            list.append((text, level))
            if list.count == 32 {
                // The listed texts are all different, so each is a key once.
                table = Dictionary(uniqueKeysWithValues: list.map { ($0.text, $0.level) })
            }
            return nil
        }
        if let first = table[text] { return first }
        table[text] = level
        return nil
    }
}
