import CompetencyFramework

extension PackageBuilder {
    /// The levels as one rubric: the criteria, and the levels whole in our extension.
    func rubric(criteria: [CFRubricCriterion]) -> CFRubric {
        let metadata = framework.metadata
        let id = identifier("CFRubric")
        return CFRubric(
            identifier: id, uri: uri(.rubrics, id), title: "\(metadata.title): proficiency levels",
            description: metadata.stem.map { "Each level's description continues the stem \"\($0)\"." },
            lastChangeDateTime: time, criteria: criteria,
            extensions: CompetencyKitExtensions(
                CFRubric.CompetencyKitFields(levels: framework.levels.map(CFRubric.CompetencyKitFields.Level.init))))
    }

    /// A component as a criterion, numbered `position` among all components, with a level per
    /// descriptor: `quality` is the level's name, `position` and `score` its place from 1, and
    /// a gap has its reason as `feedback` instead of a `description`.
    func criterion(for component: Component, link: LinkURI, position: Int) -> CFRubricCriterion {
        let code = component.code.rawValue
        let id = identifier("CFRubricCriterion/\(code)")
        let levels = component.descriptors.enumerated().map { index, entry in
            let levelID = identifier("CFRubricCriterionLevel/\(code)/\(entry.level)")
            let levelPosition = (levelPositions[entry.level] ?? index) + 1
            var level = CFRubricCriterionLevel(
                identifier: levelID, uri: uri(.criterionLevels, levelID),
                quality: levelNames[entry.level] ?? entry.level,
                position: levelPosition, score: Double(levelPosition), rubricCriterionId: id, lastChangeDateTime: time,
                extensions: CompetencyKitExtensions(CFRubricCriterionLevel.CompetencyKitFields(level: entry.level)))
            switch entry.descriptor {
            case .text(let text): level.description = text
            case .gap(let reason): level.feedback = reason
            }
            return level
        }
        return CFRubricCriterion(
            identifier: id, uri: uri(.criteria, id), itemURI: link, position: position,
            rubricId: identifier("CFRubric"), lastChangeDateTime: time, levels: levels)
    }
}
