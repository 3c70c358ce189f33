import CompetencyDiagnostics
import CompetencyFramework
import CompetencyKitInternals
import YAMLLite

/// Turns a syntactically valid YAML-lite document into a ``Framework``, checking the
/// structure as it goes; ``FrameworkChecks`` then checks the whole.
struct FrameworkBuilder {
    var problems = ProblemList<FrameworkRule>()
    var sourceMap = FrameworkSourceMap()
    /// The level ids in order, as far as they could be read, for checking descriptors.
    private var levelIDs: [String] = []
    /// The same ids, for looking one up in constant time: a framework may have many levels.
    private var levelIDSet: Set<String> = []

    mutating func build(_ root: YAMLNode) -> Framework? {
        guard
            let reader = ObjectReader(root, as: FrameworkSchema.framework, named: "the framework", problems: &problems)
        else { return nil }
        sourceMap.elements[.framework] = root.location
        let metadata = readMetadata(reader)
        let levels = reader.objects("levels", problems: &problems).enumerated().compactMap {
            readLevel($1, index: $0)
        }
        // A duplicated id is reported once, by the level checks; descriptors see it once.
        var seen: Set<String> = []
        levelIDs = levels.map(\.id).filter { seen.insert($0).inserted }
        levelIDSet = seen
        let domains = reader.objects("domains", problems: &problems).enumerated().compactMap {
            readDomain($1, index: $0)
        }
        return Framework(metadata: metadata, levels: levels, domains: domains)
    }

    private mutating func readMetadata(_ reader: ObjectReader) -> FrameworkMetadata {
        func text(_ key: String) -> String? { reader.text(key, problems: &problems)?.value }
        let id = readID(reader, of: "framework")
        let date = reader.text("date", problems: &problems)
        if let date, !ISODate.isValid(date.value) {
            problems.report(
                .invalidDate, "date \"\(date.value)\" is not a calendar date written YYYY-MM-DD", at: date.location)
        }
        let symbol = checkedSymbol(reader, element: .framework, fallback: "title")
        return FrameworkMetadata(
            id: id?.value ?? "", title: text("title") ?? "", symbol: symbol, version: text("version"),
            date: date?.value, publisher: text("publisher"), description: text("description"),
            epigraph: text("epigraph"), notes: reader.textList("notes", problems: &problems).map(\.value),
            licence: text("licence"), source: text("source"), language: text("language"), stem: text("stem"))
    }

    /// The `id:` of a framework or level, reported unless it is lower-kebab-case.
    private mutating func readID(_ reader: ObjectReader, of kind: String) -> YAMLScalar? {
        let id = reader.text("id", problems: &problems)
        if let id, !id.value.isEmpty, !KebabCase.isValid(id.value) {
            let suggestion = KebabCase.from(id.value, fallback: kind)
            problems.report(
                .invalidIdentifier, "\(kind) id \"\(id.value)\" is not lower-kebab-case", at: id.location,
                hint: "use lower-case letters, digits and single hyphens, such as \"\(suggestion)\"")
        }
        return id
    }

    private mutating func readLevel(_ node: YAMLNode, index: Int) -> ProficiencyLevel? {
        guard
            let reader = ObjectReader(node, as: FrameworkSchema.level, named: "level \(index + 1)", problems: &problems)
        else { return nil }
        sourceMap.elements[.level(index)] = node.location
        let id = readID(reader, of: "level")
        let symbol = checkedSymbol(reader, element: .level(index), fallback: "name")
        return ProficiencyLevel(
            id: id?.value ?? "", name: reader.text("name", problems: &problems)?.value ?? "",
            summary: reader.text("summary", problems: &problems)?.value,
            indicators: reader.textList("indicators", problems: &problems).map(\.value), symbol: symbol)
    }

    private mutating func readDomain(_ node: YAMLNode, index: Int) -> Domain? {
        let path = FrameworkPath(domain: index)
        guard
            let reader = ObjectReader(
                node, as: FrameworkSchema.domain, named: "domain \(index + 1)", problems: &problems),
            let code = readCode(reader, path: path)
        else { return nil }
        let subdomains = reader.objects("subdomains", problems: &problems).enumerated().compactMap {
            readSubdomain($1, path: FrameworkPath(domain: index, subdomain: $0), domain: code)
        }
        return Domain(
            code: code, title: reader.text("title", problems: &problems)?.value ?? "",
            description: reader.text("description", problems: &problems)?.value, subdomains: subdomains,
            notes: reader.text("notes", problems: &problems)?.value,
            symbol: checkedSymbol(reader, element: .node(path), fallback: "title"))
    }

    private mutating func readSubdomain(_ node: YAMLNode, path: FrameworkPath, domain: Code) -> Subdomain? {
        let name = "subdomain \((path.subdomain ?? 0) + 1) of domain \(domain)"
        guard let reader = ObjectReader(node, as: FrameworkSchema.subdomain, named: name, problems: &problems),
            let code = readCode(reader, path: path)
        else { return nil }
        let components = reader.objects("components", problems: &problems).enumerated().compactMap {
            readComponent(
                $1, path: FrameworkPath(domain: path.domain, subdomain: path.subdomain, component: $0),
                subdomain: code)
        }
        return Subdomain(
            code: code, title: reader.text("title", problems: &problems)?.value ?? "",
            description: reader.text("description", problems: &problems)?.value, components: components,
            notes: reader.text("notes", problems: &problems)?.value,
            symbol: checkedSymbol(reader, element: .node(path), fallback: "title"))
    }

    private mutating func readComponent(_ node: YAMLNode, path: FrameworkPath, subdomain: Code) -> Component? {
        let position = path.component ?? 0
        let defaultCode = Code.component(at: position, in: subdomain)
        var name = "component \(defaultCode)"
        if case .mapping(let mapping) = node, case .scalar(let code)? = mapping["code"], !code.value.isEmpty {
            name = "component \(code.value)"
        }
        guard let reader = ObjectReader(node, as: FrameworkSchema.component, named: name, problems: &problems)
        else { return nil }
        let code: Code?
        if reader.mapping["code"] == nil {
            code = defaultCode
            codeLocations.append((defaultCode, node.location))
        } else {
            code = readCode(reader, path: path)
        }
        guard let code else { return nil }
        sourceMap.elements[.node(path)] = node.location
        return Component(
            code: code, title: reader.text("title", problems: &problems)?.value ?? "",
            descriptors: readDescriptors(reader, component: name),
            notes: reader.text("notes", problems: &problems)?.value,
            symbol: checkedSymbol(reader, element: .node(path), fallback: "title"))
    }

    /// The component's descriptors in level order, with every level accounted for.
    private mutating func readDescriptors(_ reader: ObjectReader, component name: String) -> [LevelDescriptor] {
        var texts: [String: YAMLScalar] = [:]
        var gaps: [String: YAMLScalar] = [:]
        for (key, value) in reader.levelTexts("descriptors", problems: &problems) {
            guard checkLevel(key, in: name, under: "descriptors") else { continue }
            if value.value.isEmpty {
                problems.report(
                    .emptyText, "the descriptor at \"\(key.value)\" in \(name) is empty", at: value.location,
                    hint: "write the descriptor, or declare a gap with its reason under \"gaps:\"")
            }
            TextChecks.check(value, field: "the descriptor at \"\(key.value)\" in \(name)", problems: &problems)
            texts[key.value] = value
        }
        for (key, value) in reader.levelTexts("gaps", problems: &problems) {
            guard checkLevel(key, in: name, under: "gaps") else { continue }
            if value.value.isEmpty {
                problems.report(
                    .emptyText, "the gap at \"\(key.value)\" in \(name) has no reason", at: value.location,
                    hint: "say why there is no descriptor, e.g. \"the source document has no text for this level\"")
            }
            if texts[key.value] != nil {
                problems.report(
                    .gapWithDescriptor, "\(name) declares a gap at \"\(key.value)\" but also has a descriptor there",
                    at: key.location, hint: "remove the gap, or the descriptor")
            }
            gaps[key.value] = value
        }
        var descriptors: [LevelDescriptor] = []
        let written = reader.mapping["descriptors"]
        var writtenLevels: Set<String> = []
        if case .mapping(let mapping)? = written { writtenLevels = Set(mapping.entries.map(\.key.value)) }
        for level in levelIDs where !level.isEmpty {
            if let text = texts[level] {
                descriptors.append(LevelDescriptor(level: level, .text(text.value)))
            } else if let gap = gaps[level] {
                descriptors.append(LevelDescriptor(level: level, .gap(reason: gap.value)))
            } else if Self.mayLack(level, in: written, writtenLevels: writtenLevels) {
                problems.report(
                    .missingDescriptor, "\(name) has no descriptor at level \"\(level)\"",
                    at: reader.location(of: "descriptors"),
                    hint:
                        "add \"\(level): ...\" under \"descriptors:\", or declare a gap with its reason under \"gaps:\""
                )
            }
        }
        return descriptors
    }

    /// Whether a missing descriptor at `level` is a problem of its own: not when the
    /// `descriptors:` value has the wrong shape or holds the level with a wrong-shaped value,
    /// which are reported already.
    private static func mayLack(_ level: String, in descriptors: YAMLNode?, writtenLevels: Set<String>) -> Bool {
        switch descriptors {
        case nil: true
        case .scalar(let scalar)?: scalar.value.isEmpty
        case .mapping?: !writtenLevels.contains(level)
        case .sequence?: false
        }
    }

    /// Whether `key` names a level; reports it if not.
    private mutating func checkLevel(_ key: YAMLScalar, in name: String, under field: String) -> Bool {
        guard !levelIDSet.contains(key.value) else { return true }
        // Without readable levels every level id would be "unknown": the levels' own error says it all.
        guard !levelIDs.isEmpty else { return false }
        // Once the list is full no hint is shown: searching every level for a suggestion would
        // make a file with many levels and many unknown ones take quadratic time for nothing.
        let hint =
            problems.isFull
            ? nil
            : EditDistance.suggestion(for: key.value, among: levelIDs).map { "did you mean \"\($0)\"?" }
                ?? "the levels are: \(levelIDs.joined(separator: ", "))"
        problems.report(
            .unknownLevel, "\"\(key.value)\" under \"\(field)\" in \(name) is not a level of this framework",
            at: key.location, hint: hint)
        return false
    }

    private mutating func readCode(_ reader: ObjectReader, path: FrameworkPath) -> Code? {
        guard let scalar = reader.text("code", problems: &problems) else { return nil }
        sourceMap.elements[.node(path)] = reader.mapping.location
        let code = Code(scalar.value)
        if !scalar.value.isEmpty, !code.isWellFormed {
            problems.report(
                .malformedCode, "code \"\(scalar.value)\" in \(reader.name) is not well formed", at: scalar.location,
                hint: "use letters and digits in groups joined by \".\" or \"-\", such as \"1a.iii\"")
        }
        codeLocations.append((code, scalar.location))
        return code
    }

    /// Every code read, with where it was written, for the duplicate check.
    private(set) var codeLocations: [(Code, SourceLocation)] = []

    /// The element's `symbol:` if valid, recording where its generated name comes from.
    private mutating func checkedSymbol(
        _ reader: ObjectReader, element: FrameworkElement, fallback: String
    ) -> String? {
        let symbol = reader.text("symbol", problems: &problems)
        sourceMap.names[element] = symbol?.location ?? reader.location(of: fallback)
        guard let symbol else { return nil }
        if !Identifiers.isSwiftIdentifier(symbol.value) {
            problems.report(
                .invalidSymbol, "symbol \"\(symbol.value)\" is not a valid Swift identifier", at: symbol.location,
                hint: "start with a letter or \"_\", then letters, digits or \"_\"")
        }
        return symbol.value
    }
}
