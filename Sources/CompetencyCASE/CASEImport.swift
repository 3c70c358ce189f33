import CompetencyFramework
import CompetencyKitInternals
import Foundation

/// Reads a 1EdTech CASE package (`CFPackage` JSON, version 1.0 or 1.1) as a ``Framework``,
/// with notes on everything that did not map one to one.
///
/// ```swift
/// let result = try CASEImport.read(json)
/// for note in result.notes { print("note:", note) }
/// let framework = result.framework
/// ```
///
/// ## The tree
/// The hierarchy comes from `isChildOf` associations (origin = child, destination = parent,
/// matched by identifier, then by URI). Siblings are ordered by `sequenceNumber`, then by
/// `humanCodingScheme` compared naturally (`2` before `10`), then by package order. Items
/// directly under the `CFDocument` are domains, their children subdomains, and the next
/// tier components. A tree of another shape is adapted, never cut:
/// - items deeper than the third tier become components of their subdomain, with titles
///   that keep the path (`Parent › Child`); an intermediate item becomes a component itself
///   when it has its own rubric criterion or there is no rubric, and is only part of the
///   path otherwise;
/// - a domain's children without children of their own go into a synthetic subdomain
///   (one per run of such children), titled like the domain;
/// - top-level items without children go into a synthetic domain titled like the document,
///   with one synthetic subdomain;
/// - an item with no `isChildOf` to anything in the package, or in a cycle, is placed at the
///   top level; an item with several parents stays under the first.
///
/// ## Levels and descriptors
/// With a `CFRubric` whose criteria point at items, the levels are its criterion levels:
/// grouped by `position` (named by the first `quality` seen there) when every level has a
/// position, otherwise by `quality`. A component's descriptor at a level is the criterion
/// level's `description`; a criterion level without one (or with only spaces) is a gap
/// whose reason is its `feedback` (or "the CASE package has no description at this level"),
/// and so is a level the criterion leaves out. Without a usable rubric the framework has one level, `Statement`
/// (id `statement`), and each component's descriptor there is its `fullStatement`; its title
/// is then the `abbreviatedStatement` when there is one.
///
/// ## Codes and metadata
/// An item's code is its `humanCodingScheme` when that is well formed (see
/// `Code.isWellFormed`) and not already taken; otherwise it is derived from its position
/// (`1`, `1a`, `1a.i`, ...). The framework's id, date, epigraph, notes, licence, source,
/// stem, symbols, level ids and the rest come from the `extensions.competencyKit` objects
/// ``CASEExport`` writes, so importing its output gives back the same framework; for other
/// packages they are derived (see `docs/exports.md`).
public enum CASEImport {
    /// A framework read from a CASE package, and what the importer had to do to get it.
    public struct Result: Hashable, Sendable {
        /// The framework.
        public var framework: Framework
        /// Human-readable notes on what did not map one to one, in the order they arose;
        /// empty for a package ``CASEExport`` wrote.
        public var notes: [String]

        /// Creates a result.
        public init(framework: Framework, notes: [String]) {
            self.framework = framework
            self.notes = notes
        }
    }

    /// Why a text could not be read as a CASE package at all.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text is not JSON.
        case notJSON(String)
        /// The JSON is not a CFPackage (it has no `CFDocument` object).
        case notAPackage(String)

        public var description: String {
            switch self {
            case .notJSON(let detail): "the text is not JSON: \(detail)"
            case .notAPackage(let detail): "the JSON is not a CASE package: \(detail)"
            }
        }
    }

    /// The level used when a package has no rubric.
    public static let statementLevel = ProficiencyLevel(id: "statement", name: "Statement")

    /// The reason given for a level a package has no description for.
    public static let missingDescriptionReason = "the CASE package has no description at this level"

    /// The reason given at every level of an item the package's rubric has no criterion for.
    public static let missingCriterionReason = "the CASE package has no rubric criterion for this item"

    /// Reads CFPackage JSON text.
    public static func read(_ text: String) throws(Failure) -> Result {
        try read(Data(text.utf8))
    }

    /// Reads CFPackage JSON bytes.
    public static func read(_ data: Data) throws(Failure) -> Result {
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .notJSON(String(describing: error))
        }
        var package = json
        if package["CFDocument"] == nil, let wrapped = package["CFPackage"] { package = wrapped }
        guard case .object = package else { throw .notAPackage("the top level is not an object") }
        guard let document = package["CFDocument"], case .object = document else {
            throw .notAPackage("there is no \"CFDocument\" object")
        }
        var importer = Importer(package: package, document: document)
        return importer.run()
    }
}

/// One pass over one package.
private struct Importer {
    let package: JSONValue
    let document: JSONValue
    var notes: [String] = []

    /// The package's items, in package order.
    private var items: [JSONValue] = []
    /// An item's position in `items`, by identifier.
    private var itemIndex: [String: Int] = [:]
    /// An item's position in `items`, by URI.
    private var itemIndexByURI: [String: Int] = [:]
    /// The children of each item (`nil` key: the document) with their sort keys.
    private var children: [Int?: [(item: Int, sequence: Int?, order: Int)]] = [:]
    /// The rubric criterion for each item, if any.
    private var criteria: [Int: JSONValue] = [:]
    /// The levels, and how a criterion level finds its level.
    private var levels: [ProficiencyLevel] = []
    private var levelByExtensionID: [String: Int] = [:]
    private var levelByPosition: [Int: Int] = [:]
    private var levelByQuality: [String: Int] = [:]
    private var hasRubric = false
    /// The codes claimed so far, by look-up key.
    private var usedCodes: Set<String> = []
    /// The `humanCodingScheme` each item may keep.
    private var claimedCodes: [Int: Code] = [:]
    /// Items whose code had to be derived: (title, derived code).
    private var derivedCodes: [(String, Code)] = []
    private var flattened: [String] = []

    init(package: JSONValue, document: JSONValue) {
        self.package = package
        self.document = document
    }

    mutating func run() -> CASEImport.Result {
        readItems()
        readAssociations()
        readRubric()
        if !hasRubric {
            note(
                "The package has no usable rubric, so the framework has one level, "
                    + "\"\(CASEImport.statementLevel.name)\", and each component's descriptor is its full statement."
            )
            levels = [CASEImport.statementLevel]
        }
        let roots = tree()
        claimCodes(roots)
        let domains = makeDomains(roots)
        if !derivedCodes.isEmpty {
            let examples = derivedCodes.prefix(5).map { "\"\($0.0)\" → \($0.1)" }.joined(separator: ", ")
            let more = derivedCodes.count > 5 ? ", …" : ""
            note(
                "\(count(derivedCodes.count, "item")) had no usable humanCodingScheme (missing, not well formed or "
                    + "already used), so \(either(derivedCodes.count, "its code was", "their codes were")) derived from "
                    + "\(either(derivedCodes.count, "its", "their")) position: \(examples)\(more)."
            )
        }
        notes += flattened
        let framework = Framework(metadata: metadata(), levels: levels, domains: domains)
        return CASEImport.Result(framework: framework, notes: notes)
    }

    private mutating func note(_ text: String) {
        notes.append(text)
    }

    // MARK: - Items and associations

    /// Items that no association can reach: no identifier, or another item's identifier.
    private var unreachable = Set<Int>()

    private mutating func readItems() {
        var unidentified = 0
        var duplicates = 0
        for item in package["CFItems"]?.elements ?? [] {
            guard case .object = item else { continue }
            let index = items.count
            items.append(item)
            if let id = item["identifier"]?.string, !id.isEmpty {
                if itemIndex[id] == nil {
                    itemIndex[id] = index
                } else {
                    duplicates += 1
                    unreachable.insert(index)
                }
            } else {
                unidentified += 1
                unreachable.insert(index)
            }
            if let uri = item["uri"]?.string, itemIndexByURI[uri] == nil { itemIndexByURI[uri] = index }
        }
        if items.isEmpty {
            note("The package has no CFItems, so the framework has no domains.")
        }
        if unidentified > 0 {
            note(
                "\(count(unidentified, "item")) had no identifier; associations cannot reach "
                    + "\(either(unidentified, "it", "them")), so \(either(unidentified, "it was", "they were")) placed at the top level."
            )
        }
        if duplicates > 0 {
            note(
                "\(count(duplicates, "item")) repeated another item's identifier; associations reach only the first, "
                    + "so the repeats were placed at the top level."
            )
        }
    }

    /// The item a link (`{identifier, uri}`) points at, or `nil` for the document, or
    /// `.none` when it points at nothing in the package.
    private func target(of link: JSONValue?) -> Int?? {
        guard let link else { return .none }
        let id = link["identifier"]?.string
        let uri = link["uri"]?.string
        if let id, let index = itemIndex[id] { return .some(index) }
        if let id, id == document["identifier"]?.string { return .some(nil) }
        if let uri, let index = itemIndexByURI[uri] { return .some(index) }
        if let uri, uri == document["uri"]?.string { return .some(nil) }
        return .none
    }

    private mutating func readAssociations() {
        var otherTypes: [String: Int] = [:]
        var unknownOrigin = 0
        var parentOf: [Int: Int?] = [:]
        var extraParents: [Int] = []
        var danglingParents: [Int] = []
        for (order, association) in (package["CFAssociations"]?.elements ?? []).enumerated() {
            let type = association["associationType"]?.string ?? "(none)"
            guard type == "isChildOf" else {
                otherTypes[type, default: 0] += 1
                continue
            }
            guard case .some(.some(let child)) = target(of: association["originNodeURI"]) else {
                unknownOrigin += 1
                continue
            }
            guard case .some(let parent) = target(of: association["destinationNodeURI"]) else {
                danglingParents.append(child)
                continue
            }
            if parentOf[child] != nil {
                extraParents.append(child)
                continue
            }
            parentOf[child] = parent
            children[parent, default: []].append((child, association["sequenceNumber"]?.integer, order))
        }
        // Items without a parent in the package, in package order, go to the top level
        // after the document's own children.
        var orphans: [Int] = []
        for index in items.indices where parentOf[index] == nil {
            orphans.append(index)
            children[nil, default: []].append((index, nil, Int.max / 2 + index))
        }
        orphans.removeAll { unreachable.contains($0) }
        if !orphans.isEmpty {
            let titles = orphans.prefix(3).map { "\"\(title(of: $0))\"" }.joined(separator: ", ")
            note(
                "\(count(orphans.count, "item")) had no isChildOf association to the document or to another item in the "
                    + "package, so \(either(orphans.count, "it was", "they were")) placed at the top level: "
                    + "\(titles)\(orphans.count > 3 ? ", …" : "")."
            )
        }
        if !otherTypes.isEmpty {
            let list = otherTypes.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            note(
                "Associations other than isChildOf were not imported, because the framework model has no place for "
                    + "them: \(list)."
            )
        }
        if unknownOrigin > 0 {
            note(
                "\(count(unknownOrigin, "isChildOf association")) started from an item not in the package and "
                    + "\(either(unknownOrigin, "was", "were")) ignored."
            )
        }
        if !danglingParents.isEmpty {
            note(
                "\(count(danglingParents.count, "isChildOf association")) pointed at a parent not in the package; "
                    + "\(either(danglingParents.count, "that item was", "those items were")) placed by "
                    + "\(either(danglingParents.count, "its", "their")) other associations, or at the top level."
            )
        }
        if !extraParents.isEmpty {
            let titles = extraParents.prefix(3).map { "\"\(title(of: $0))\"" }.joined(separator: ", ")
            note(
                "\(count(extraParents.count, "item")) had more than one parent; the framework is a tree, so each "
                    + "stays under its first parent only: \(titles)\(extraParents.count > 3 ? ", …" : "")."
            )
        }
    }

    /// A tree node: an item and its children, in order.
    struct Node {
        var item: Int
        var children: [Node]
    }

    /// The tree under the document. Items in a cycle, which the document cannot reach, are
    /// placed at the top level.
    private mutating func tree() -> [Node] {
        var placed = Set<Int>()
        func sortedChildren(_ parent: Int?) -> [Int] {
            (children[parent] ?? []).sorted { a, b in
                let left = (a.sequence ?? Int.max, codeKey(a.item), a.order)
                let right = (b.sequence ?? Int.max, codeKey(b.item), b.order)
                if left.0 != right.0 { return left.0 < right.0 }
                if left.1 != right.1 { return left.1 < right.1 }
                return left.2 < right.2
            }.map(\.item)
        }
        func build(_ item: Int) -> Node {
            placed.insert(item)
            var node = Node(item: item, children: [])
            for child in sortedChildren(item) where !placed.contains(child) {
                node.children.append(build(child))
            }
            return node
        }
        var roots: [Node] = []
        for item in sortedChildren(nil) where !placed.contains(item) {
            roots.append(build(item))
        }
        var cyclic: [Int] = []
        for item in items.indices where !placed.contains(item) {
            cyclic.append(item)
            roots.append(build(item))
        }
        if !cyclic.isEmpty {
            let titles = cyclic.prefix(3).map { "\"\(title(of: $0))\"" }.joined(separator: ", ")
            note(
                "isChildOf associations formed a cycle; the cycle was cut and \(count(cyclic.count, "item")) placed "
                    + "at the top level: \(titles)\(cyclic.count > 3 ? ", …" : "")."
            )
        }
        return roots
    }

    /// Natural order of `humanCodingScheme`, items without one last.
    private func codeKey(_ item: Int) -> CodeKey {
        CodeKey(code: items[item]["humanCodingScheme"]?.string.map { Code($0) })
    }

    struct CodeKey: Comparable {
        var code: Code?
        static func < (lhs: CodeKey, rhs: CodeKey) -> Bool {
            switch (lhs.code, rhs.code) {
            case (let a?, let b?): a < b
            case (_?, nil): true
            default: false
            }
        }
    }

    // MARK: - Rubric and levels

    private mutating func readRubric() {
        let rubrics = package["CFRubrics"]?.elements ?? []
        let usable = rubrics.firstIndex { rubric in
            (rubric["CFRubricCriteria"]?.elements ?? []).contains { criterionItem($0) != nil }
        }
        if rubrics.count > 1 {
            note(
                "The package has \(rubrics.count) rubrics; only the "
                    + "\(usable == nil ? "first" : ordinal((usable ?? 0) + 1)) was used for levels."
            )
        }
        guard let usable else {
            if !rubrics.isEmpty {
                note("The package's rubric has no criteria for items in the package, so it was not used.")
            }
            return
        }
        let rubric = rubrics[usable]
        var duplicateCriteria = 0
        for criterion in (rubric["CFRubricCriteria"]?.elements ?? []).sorted(by: {
            ($0["position"]?.integer ?? Int.max) < ($1["position"]?.integer ?? Int.max)
        }) {
            guard let item = criterionItem(criterion) else { continue }
            if criteria[item] != nil {
                duplicateCriteria += 1
            } else {
                criteria[item] = criterion
            }
        }
        if duplicateCriteria > 0 {
            note(
                "\(count(duplicateCriteria, "rubric criterion", plural: "rubric criteria")) pointed at an item that "
                    + "already had one; only the first was used."
            )
        }

        // Our own levels, if the rubric carries them.
        let extensionLevels = ourExtension(rubric["extensions"])?["levels"]?.elements ?? []
        for entry in extensionLevels {
            guard let id = entry["id"]?.string, let name = entry["name"]?.string, levelByExtensionID[id] == nil else {
                continue
            }
            levelByExtensionID[id] = levels.count
            levels.append(
                ProficiencyLevel(
                    id: id, name: name, summary: entry["summary"]?.string,
                    indicators: entry["indicators"]?.strings ?? [],
                    symbol: entry["symbol"]?.string))
        }
        let allLevels = criteria.keys.sorted().flatMap { criteria[$0]?["CFRubricCriterionLevels"]?.elements ?? [] }
        if levels.isEmpty {
            if !allLevels.isEmpty, allLevels.allSatisfy({ $0["position"]?.integer != nil }) {
                var names: [Int: [String]] = [:]
                for level in allLevels {
                    let position = level["position"]?.integer ?? 0
                    let quality = level["quality"]?.string?.trimmingSpaces ?? ""
                    if !quality.isEmpty, !(names[position] ?? []).contains(quality) {
                        names[position, default: []].append(quality)
                    }
                    if names[position] == nil { names[position] = [] }
                }
                for position in names.keys.sorted() {
                    let qualities = names[position] ?? []
                    var name = qualities.first ?? "Level \(position)"
                    if levels.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                        name += " (position \(position))"
                    }
                    if qualities.count > 1 {
                        note(
                            "Criteria name the level at position \(position) differently "
                                + "(\(qualities.map { "\"\($0)\"" }.joined(separator: ", "))); it was named \"\(name)\"."
                        )
                    }
                    levelByPosition[position] = levels.count
                    levels.append(ProficiencyLevel(id: uniqueLevelID(name), name: name))
                }
            } else {
                let ordered = allLevels.enumerated().sorted {
                    ($0.element["position"]?.integer ?? Int.max, $0.offset) < (
                        $1.element["position"]?.integer ?? Int.max, $1.offset
                    )
                }
                for (_, level) in ordered {
                    let quality = level["quality"]?.string?.trimmingSpaces ?? ""
                    let name = quality.isEmpty ? "Level \(levels.count + 1)" : quality
                    guard levelByQuality[name] == nil else { continue }
                    levelByQuality[name] = levels.count
                    levels.append(ProficiencyLevel(id: uniqueLevelID(name), name: name))
                }
                if !allLevels.isEmpty {
                    note("Not every criterion level has a position, so levels were matched by their quality (name).")
                }
            }
        }
        if levels.isEmpty {
            note("The rubric's criteria have no levels, so it was not used.")
            criteria = [:]
            return
        }
        hasRubric = true
    }

    /// The item a criterion points at.
    private func criterionItem(_ criterion: JSONValue) -> Int? {
        guard case .some(.some(let item)) = target(of: criterion["CFItemURI"]) else { return nil }
        return item
    }

    /// The index of the level a criterion level belongs to.
    private func levelIndex(of level: JSONValue) -> Int? {
        if let id = ourExtension(level["extensions"])?["level"]?.string, let index = levelByExtensionID[id] {
            return index
        }
        if !levelByPosition.isEmpty, let position = level["position"]?.integer { return levelByPosition[position] }
        if !levelByQuality.isEmpty {
            let quality = level["quality"]?.string?.trimmingSpaces ?? ""
            return levelByQuality[quality]
        }
        if !levelByExtensionID.isEmpty, let position = level["position"]?.integer, levels.indices.contains(position - 1)
        {
            return position - 1
        }
        return nil
    }

    private func uniqueLevelID(_ name: String) -> String {
        let base = KebabCase.from(name, fallback: "level-\(levels.count + 1)")
        var id = base
        var counter = 2
        while levels.contains(where: { $0.id == id }) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        return id
    }

    /// `{"competencyKit": {...}}` inside an `extensions` object, or the first such object in
    /// an `extensions` array (CFRubricCriterionLevel's shape in CASE 1.1).
    private func ourExtension(_ extensions: JSONValue?) -> JSONValue? {
        guard let extensions else { return nil }
        if let object = extensions["competencyKit"] { return object }
        for element in extensions.elements {
            if let object = element["competencyKit"] { return object }
        }
        return nil
    }

    // MARK: - Building the framework

    /// Claims each item's well-formed `humanCodingScheme`, first come first served in tree
    /// order, so that derived codes never take one.
    private mutating func claimCodes(_ nodes: [Node]) {
        for node in nodes {
            if let text = items[node.item]["humanCodingScheme"]?.string {
                let code = Code(text)
                if code.isWellFormed, !usedCodes.contains(code.lookupKey) {
                    usedCodes.insert(code.lookupKey)
                    claimedCodes[node.item] = code
                }
            }
            claimCodes(node.children)
        }
    }

    /// The item's own code, or `derived` (made unique) when it has none.
    private mutating func code(for item: Int?, derived: String) -> Code {
        if let item, let code = claimedCodes[item] { return code }
        var candidate = derived
        var counter = 2
        while usedCodes.contains(Code.lookupKey(candidate)) {
            candidate = "\(derived)-\(counter)"
            counter += 1
        }
        usedCodes.insert(Code.lookupKey(candidate))
        if let item { derivedCodes.append((title(of: item), Code(candidate))) }
        return Code(candidate)
    }

    private func title(of item: Int) -> String {
        let text = items[item]["fullStatement"]?.string ?? items[item]["abbreviatedStatement"]?.string ?? ""
        return text.isEmpty ? "(untitled item)" : text
    }

    private mutating func makeDomains(_ roots: [Node]) -> [Domain] {
        var domains: [Domain] = []
        var loose: [Node] = []
        func flushLoose() {
            guard !loose.isEmpty else { return }
            let title = document["title"]?.string ?? "Framework"
            let domainCode = code(for: nil, derived: String(domains.count + 1))
            let subdomainCode = code(for: nil, derived: subdomainCodeText(domainCode, index: 0))
            let components = makeComponents(loose, in: subdomainCode, path: [])
            note(
                "\(count(loose.count, "top-level item")) had no children, so \(either(loose.count, "it was", "they were")) "
                    + "put in a synthetic domain \(domainCode) and subdomain \(subdomainCode), titled \"\(title)\"."
            )
            domains.append(
                Domain(
                    code: domainCode, title: title,
                    subdomains: [Subdomain(code: subdomainCode, title: title, components: components)]))
            loose = []
        }
        for root in roots {
            if root.children.isEmpty {
                loose.append(root)
            } else {
                flushLoose()
                domains.append(makeDomain(root, position: domains.count))
            }
        }
        flushLoose()
        return domains
    }

    private mutating func makeDomain(_ node: Node, position: Int) -> Domain {
        let item = items[node.item]
        let code = code(for: node.item, derived: String(position + 1))
        let (description, notes) = groupingTexts(item)
        var subdomains: [Subdomain] = []
        var loose: [Node] = []
        let domainTitle = title(of: node.item)
        func flushLoose() {
            guard !loose.isEmpty else { return }
            let subdomainCode = self.code(for: nil, derived: subdomainCodeText(code, index: subdomains.count))
            let components = makeComponents(loose, in: subdomainCode, path: [])
            note(
                "In domain \(code), \(count(loose.count, "item")) had no children, so "
                    + "\(either(loose.count, "it was", "they were")) put in a synthetic subdomain \(subdomainCode), "
                    + "titled like the domain."
            )
            subdomains.append(Subdomain(code: subdomainCode, title: domainTitle, components: components))
            loose = []
        }
        for child in node.children {
            if child.children.isEmpty {
                loose.append(child)
            } else {
                flushLoose()
                subdomains.append(makeSubdomain(child, domain: code, position: subdomains.count))
            }
        }
        flushLoose()
        return Domain(
            code: code, title: domainTitle, description: description, subdomains: subdomains, notes: notes,
            symbol: ourExtension(item["extensions"])?["symbol"]?.string)
    }

    private mutating func makeSubdomain(_ node: Node, domain: Code, position: Int) -> Subdomain {
        let item = items[node.item]
        let code = code(for: node.item, derived: subdomainCodeText(domain, index: position))
        let (description, notes) = groupingTexts(item)
        let components = makeComponents(node.children, in: code, path: [])
        return Subdomain(
            code: code, title: title(of: node.item), description: description, components: components, notes: notes,
            symbol: ourExtension(item["extensions"])?["symbol"]?.string)
    }

    /// The components for `nodes` in the subdomain `subdomain`; items below them are
    /// flattened into further components whose titles keep `path`.
    private mutating func makeComponents(_ nodes: [Node], in subdomain: Code, path: [String]) -> [Component] {
        var components: [Component] = []
        collect(nodes, in: subdomain, path: path, into: &components)
        return components
    }

    private mutating func collect(
        _ nodes: [Node], in subdomain: Code, path: [String], into components: inout [Component]
    ) {
        for node in nodes {
            let item = items[node.item]
            let isContent = node.children.isEmpty || !hasRubric || criteria[node.item] != nil
            if isContent {
                components.append(makeComponent(node.item, in: subdomain, position: components.count, path: path))
            }
            if !node.children.isEmpty {
                let label = item["abbreviatedStatement"]?.string ?? title(of: node.item)
                let added = components.count
                collect(node.children, in: subdomain, path: path + [label], into: &components)
                flattened.append(
                    "\"\(title(of: node.item))\" has items below the third tier; "
                        + "\(count(components.count - added, "item")) under it became components of subdomain "
                        + "\(subdomain) whose titles keep the path (\"\(label) › …\")"
                        + (isContent
                            ? "." : ", and it is only part of those titles, having no rubric criterion of its own.")
                )
            }
        }
    }

    private mutating func makeComponent(_ index: Int, in subdomain: Code, position: Int, path: [String]) -> Component {
        let item = items[index]
        let code = code(for: index, derived: Code.component(at: position, in: subdomain).rawValue)
        let ours = ourExtension(item["extensions"])
        let notes = ours != nil ? ours?["notes"]?.string : item["notes"]?.string
        let fullStatement = item["fullStatement"]?.string ?? ""
        var title: String
        var descriptors: [LevelDescriptor] = []
        if hasRubric {
            title = fullStatement.isEmpty ? self.title(of: index) : fullStatement
            var found: [Int: LevelDescriptor] = [:]
            if let criterion = criteria[index] {
                for level in criterion["CFRubricCriterionLevels"]?.elements ?? [] {
                    guard let levelIndex = levelIndex(of: level), found[levelIndex] == nil else { continue }
                    let id = levels[levelIndex].id
                    // A package we wrote keeps every descriptor exactly, even one of spaces.
                    if let text = level["description"]?.string,
                        !text.trimmingSpaces.isEmpty || (ours != nil && !text.isEmpty)
                    {
                        found[levelIndex] = LevelDescriptor(level: id, .text(text))
                    } else {
                        let reason = level["feedback"]?.string ?? ""
                        found[levelIndex] = LevelDescriptor(
                            level: id, .gap(reason: reason.isEmpty ? CASEImport.missingDescriptionReason : reason))
                    }
                }
                let missing = levels.indices.filter { found[$0] == nil }
                if !missing.isEmpty {
                    note(
                        "Item \(code) has no description at "
                            + "\(missing.map { "\"\(levels[$0].name)\"" }.joined(separator: ", ")); "
                            + "\(either(missing.count, "that level is a gap", "those levels are gaps"))."
                    )
                }
            } else {
                note("Item \(code) (\"\(title)\") has no rubric criterion, so every level is a gap.")
            }
            for (levelIndex, level) in levels.enumerated() {
                descriptors.append(
                    found[levelIndex]
                        ?? LevelDescriptor(
                            level: level.id,
                            .gap(
                                reason: criteria[index] == nil
                                    ? CASEImport.missingCriterionReason : CASEImport.missingDescriptionReason)))
            }
        } else {
            title = item["abbreviatedStatement"]?.string ?? self.title(of: index)
            descriptors = [
                LevelDescriptor(
                    level: CASEImport.statementLevel.id,
                    fullStatement.trimmingSpaces.isEmpty
                        ? .gap(reason: CASEImport.missingDescriptionReason) : .text(fullStatement))
            ]
        }
        if !path.isEmpty { title = (path + [title]).joined(separator: " › ") }
        return Component(
            code: code, title: title, descriptors: descriptors, notes: notes, symbol: ours?["symbol"]?.string)
    }

    /// A domain's or subdomain's description and notes: exactly as exported when the item
    /// carries our extension, otherwise the item's `notes` as the description.
    private func groupingTexts(_ item: JSONValue) -> (description: String?, notes: String?) {
        if let ours = ourExtension(item["extensions"]) {
            return (ours["description"]?.string, ours["notes"]?.string)
        }
        return (item["notes"]?.string, nil)
    }

    /// A derived subdomain code: the domain's code and a letter (`1a`), with a `.` between
    /// when the domain's code ends in a letter (`ELA.a`); the next letter when that code is
    /// taken.
    private func subdomainCodeText(_ domain: Code, index: Int) -> String {
        var index = index
        while usedCodes.contains(Code.lookupKey(subdomainCodeText(domain, letterIndex: index))), index < 10_000 {
            index += 1
        }
        return subdomainCodeText(domain, letterIndex: index)
    }

    private func subdomainCodeText(_ domain: Code, letterIndex index: Int) -> String {
        var letters = ""
        var number = index
        repeat {
            letters = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(number % 26))) + letters
            number = number / 26 - 1
        } while number >= 0
        let endsWithDigit = domain.rawValue.unicodeScalars.last.map { ("0"..."9").contains($0) } ?? true
        return domain.rawValue + (endsWithDigit ? "" : ".") + letters
    }

    // MARK: - Metadata

    private mutating func metadata() -> FrameworkMetadata {
        let ours = ourExtension(document["extensions"])
        var title = document["title"]?.string ?? ""
        if title.isEmpty {
            title = "Untitled framework"
            note("The CFDocument has no title; the framework is called \"\(title)\".")
        }
        let creator = document["creator"]?.string
        let publisher =
            ours != nil
            ? document["publisher"]?.string : document["publisher"]?.string ?? (creator == title ? nil : creator)
        let id: String
        if let ourID = ours?["id"]?.string, !ourID.isEmpty {
            id = ourID
        } else {
            id = KebabCase.from(title, fallback: "case-framework")
        }
        let date: String?
        let notes: [String]
        let licence: String?
        let source: String?
        if let ours {
            date = ours["date"]?.string
            notes = ours["notes"]?.strings ?? []
            licence = ours["licence"]?.string
            source = ours["source"]?.string
        } else {
            let changed = String((document["lastChangeDateTime"]?.string ?? "").prefix(10))
            date = ISODate.isValid(changed) && changed != "1970-01-01" ? changed : nil
            notes = paragraphs(document["notes"]?.string ?? "")
            licence = licenceTitle()
            source = document["officialSourceURL"]?.string
        }
        return FrameworkMetadata(
            id: id, title: title, symbol: ours?["symbol"]?.string, version: document["version"]?.string, date: date,
            publisher: publisher, description: document["description"]?.string, epigraph: ours?["epigraph"]?.string,
            notes: notes, licence: licence, source: source, language: document["language"]?.string,
            stem: ours?["stem"]?.string)
    }

    private func licenceTitle() -> String? {
        guard let link = document["licenseURI"] else { return nil }
        let id = link["identifier"]?.string
        for licence in package["CFDefinitions"]?["CFLicenses"]?.elements ?? [] where licence["identifier"]?.string == id
        {
            if let title = licence["title"]?.string { return title }
        }
        return link["title"]?.string
    }

    private func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingSpaces.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(String(line))
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }
}

/// `one` when `number` is 1, `many` otherwise.
private func either(_ number: Int, _ one: String, _ many: String) -> String {
    number == 1 ? one : many
}

/// "1 item", "3 items".
private func count(_ number: Int, _ singular: String, plural: String? = nil) -> String {
    "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
}

private func ordinal(_ number: Int) -> String {
    switch number {
    case 1: "first"
    case 2: "second"
    case 3: "third"
    default: "\(number)th"
    }
}
