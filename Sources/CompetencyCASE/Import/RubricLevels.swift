import CompetencyFramework
import CompetencyKitInternals

/// The framework's levels, from the first rubric whose criteria point at items in the
/// package: our extension's levels when it has them; otherwise the criterion levels, grouped
/// by `position` when every one has a position, else by `quality`. Without such a rubric
/// there is one level, ``CASEImport/statementLevel``.
struct RubricLevels {
    /// The levels, in order.
    private(set) var levels: [ProficiencyLevel] = []
    /// Whether a rubric gave the levels and descriptors (otherwise they are the statements).
    private(set) var hasRubric = false
    /// The criterion of each item that has one (the first by `position`).
    private(set) var criteria: [Int: CFRubricCriterion] = [:]
    /// How a criterion level finds its level: by our extension's level id, by position or by
    /// quality, whichever made the levels.
    private var byExtensionID: [String: Int] = [:]
    private var byPosition: [Int: Int] = [:]
    private var byQuality: [String: Int] = [:]
    /// Level ids and lower-cased names taken so far.
    private var ids = Set<String>()
    private var names = Set<String>()

    init(_ rubrics: [CFRubric], items: PackageItems, notes: inout ImportNotes) {
        let usable = rubrics.firstIndex { rubric in rubric.criteria.contains { items.item(at: $0.itemURI) != nil } }
        if rubrics.count > 1 {
            notes.add(
                "The package has \(rubrics.count) rubrics; only the "
                    + "\(usable.map { ordinal($0 + 1) } ?? "first") was used for levels.")
        }
        guard let usable else {
            if !rubrics.isEmpty {
                notes.add("The package's rubric has no criteria for items in the package, so it was not used.")
            }
            useStatements(notes: &notes)
            return
        }
        let rubric = rubrics[usable]
        readCriteria(rubric.criteria, items: items, notes: &notes)
        for level in rubric.extensions?.competencyKit.levels ?? [] {
            guard let id = level.id, let name = level.name, byExtensionID[id] == nil else { continue }
            byExtensionID[id] = levels.count
            levels.append(
                ProficiencyLevel(
                    id: id, name: name, summary: level.summary, indicators: level.indicators ?? [], symbol: level.symbol
                ))
        }
        if levels.isEmpty {
            let criterionLevels = criteria.keys.sorted().flatMap { criteria[$0]?.levels ?? [] }
            if !criterionLevels.isEmpty, criterionLevels.allSatisfy({ $0.position != nil }) {
                groupByPosition(criterionLevels, notes: &notes)
            } else {
                groupByQuality(criterionLevels, notes: &notes)
            }
        }
        if levels.isEmpty {
            notes.add("The rubric's criteria have no levels, so it was not used.")
            criteria = [:]
            useStatements(notes: &notes)
            return
        }
        hasRubric = true
    }

    private mutating func useStatements(notes: inout ImportNotes) {
        notes.add(
            "The package has no usable rubric, so the framework has one level, "
                + "\"\(CASEImport.statementLevel.name)\", and each component's descriptor is its full statement.")
        levels = [CASEImport.statementLevel]
    }

    /// Each item's first criterion, in order of `position` (criteria without one last).
    private mutating func readCriteria(_ all: [CFRubricCriterion], items: PackageItems, notes: inout ImportNotes) {
        var repeated = 0
        for criterion in all.sorted(by: { ($0.position ?? Int.max) < ($1.position ?? Int.max) }) {
            guard let item = items.item(at: criterion.itemURI) else { continue }
            if criteria[item] != nil {
                repeated += 1
            } else {
                criteria[item] = criterion
            }
        }
        if repeated > 0 {
            notes.add(
                "\(count(repeated, "rubric criterion", plural: "rubric criteria")) pointed at an item that "
                    + "already had one; only the first was used.")
        }
    }

    /// A level per position, named by the first `quality` seen there.
    private mutating func groupByPosition(_ criterionLevels: [CFRubricCriterionLevel], notes: inout ImportNotes) {
        var qualities: [Int: [String]] = [:]
        for level in criterionLevels {
            let position = level.position ?? 0
            let quality = level.quality?.trimmingSpaces ?? ""
            if !quality.isEmpty, !(qualities[position] ?? []).contains(quality) {
                qualities[position, default: []].append(quality)
            }
            if qualities[position] == nil { qualities[position] = [] }
        }
        for position in qualities.keys.sorted() {
            let named = qualities[position] ?? []
            var name = named.first ?? "Level \(position)"
            if names.contains(name.lowercased()) { name += " (position \(position))" }
            if named.count > 1 {
                notes.add(
                    "Criteria name the level at position \(position) differently "
                        + "(\(named.map { "\"\($0)\"" }.joined(separator: ", "))); it was named \"\(name)\".")
            }
            byPosition[position] = levels.count
            append(name)
        }
    }

    /// A level per `quality`, in order of position, then of appearance.
    private mutating func groupByQuality(_ criterionLevels: [CFRubricCriterionLevel], notes: inout ImportNotes) {
        let ordered = criterionLevels.enumerated().sorted {
            ($0.element.position ?? Int.max, $0.offset) < ($1.element.position ?? Int.max, $1.offset)
        }
        for (_, level) in ordered {
            let quality = level.quality?.trimmingSpaces ?? ""
            let name = quality.isEmpty ? "Level \(levels.count + 1)" : quality
            guard byQuality[name] == nil else { continue }
            byQuality[name] = levels.count
            append(name)
        }
        if !criterionLevels.isEmpty {
            notes.add("Not every criterion level has a position, so levels were matched by their quality (name).")
        }
    }

    /// Adds a level named `name`, with the name in kebab case as its id, made unique.
    private mutating func append(_ name: String) {
        let base = KebabCase.from(name, fallback: "level-\(levels.count + 1)")
        var id = base
        var counter = 2
        while ids.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        ids.insert(id)
        names.insert(name.lowercased())
        levels.append(ProficiencyLevel(id: id, name: name))
    }

    /// The index of the level a criterion level belongs to.
    func levelIndex(of level: CFRubricCriterionLevel) -> Int? {
        if let id = level.extensions?.competencyKit.level, let index = byExtensionID[id] { return index }
        if !byPosition.isEmpty, let position = level.position { return byPosition[position] }
        if !byQuality.isEmpty { return byQuality[level.quality?.trimmingSpaces ?? ""] }
        if !byExtensionID.isEmpty, let position = level.position, position >= 1, position <= levels.count {
            return position - 1
        }
        return nil
    }
}
