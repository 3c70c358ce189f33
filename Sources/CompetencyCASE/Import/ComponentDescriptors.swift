import CompetencyFramework
import CompetencyKitInternals

extension RubricLevels {
    /// A component's descriptor at every level, from its item's rubric criterion: a criterion
    /// level's `description`, or a gap whose reason is its `feedback`; a level the criterion
    /// leaves out, or every level of an item without a criterion, is a gap too. Without a
    /// rubric, the one descriptor is the item's full statement.
    ///
    /// - Parameters:
    ///   - item: The component's item.
    ///   - index: The item's position in the package.
    ///   - code: The component's code, for notes.
    ///   - title: The component's title, for notes.
    ///   - isOurs: Whether the item carries our extension: a package we wrote keeps every
    ///     descriptor exactly, even one of spaces.
    func descriptors(
        for item: CFItem, at index: Int, code: Code, title: String, isOurs: Bool, notes: inout ImportNotes
    ) -> [LevelDescriptor] {
        guard hasRubric else {
            let statement = item.fullStatement ?? ""
            return [
                LevelDescriptor(
                    level: CASEImport.statementLevel.id,
                    statement.trimmingSpaces.isEmpty
                        ? .gap(reason: CASEImport.missingDescriptionReason) : .text(statement))
            ]
        }
        guard let criterion = criteria[index] else {
            notes.add("Item \(code) (\"\(title)\") has no rubric criterion, so every level is a gap.")
            return levels.map { LevelDescriptor(level: $0.id, .gap(reason: CASEImport.missingCriterionReason)) }
        }
        var found: [Int: LevelDescriptor] = [:]
        for level in criterion.levels {
            guard let levelIndex = levelIndex(of: level), found[levelIndex] == nil else { continue }
            let id = levels[levelIndex].id
            if let text = level.description, !text.trimmingSpaces.isEmpty || (isOurs && !text.isEmpty) {
                found[levelIndex] = LevelDescriptor(level: id, .text(text))
            } else {
                let reason = level.feedback ?? ""
                found[levelIndex] = LevelDescriptor(
                    level: id, .gap(reason: reason.isEmpty ? CASEImport.missingDescriptionReason : reason))
            }
        }
        let missing = levels.indices.filter { found[$0] == nil }
        if !missing.isEmpty {
            notes.add(
                "Item \(code) has no description at "
                    + "\(missing.map { "\"\(levels[$0].name)\"" }.joined(separator: ", ")); "
                    + "\(either(missing.count, "that level is a gap", "those levels are gaps")).")
        }
        return levels.indices.map {
            found[$0] ?? LevelDescriptor(level: levels[$0].id, .gap(reason: CASEImport.missingDescriptionReason))
        }
    }
}
