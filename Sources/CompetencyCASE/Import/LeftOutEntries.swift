import CompetencyKitInternals

/// The entries of a package's lists that are not objects (a number, a string, `null`...).
/// Decoding leaves them out so that the rest of the package stays readable; this stage says
/// so, so that nothing in a package from elsewhere disappears without a word.
enum LeftOutEntries {
    /// A note for each list of `json` (a package, or one wrapped as `{"CFPackage": {...}}`)
    /// with entries that are not objects: which list, how many, and at which positions.
    static func notes(in json: JSONValue) -> [String] {
        var package = json
        if let envelope = json[CFPackage.EnvelopeKeys.package.stringValue], envelope.isObject { package = envelope }
        var notes: [String] = []
        func check(_ list: JSONValue?, named name: String) {
            let positions = (list?.elements ?? []).enumerated().filter { !$0.element.isObject }.map(\.offset)
            guard !positions.isEmpty else { return }
            let shown =
                positions.prefix(5).map(String.init).joined(separator: ", ") + (positions.count > 5 ? ", …" : "")
            let isAre = either(positions.count, "is not an object and was", "are not objects and were")
            notes.append(
                "\(count(positions.count, "entry", plural: "entries")) of \(name) \(isAre) left out "
                    + "(at \(either(positions.count, "position", "positions")) \(shown), counting from 0).")
        }
        check(package[CFPackage.CodingKeys.items.stringValue], named: CFPackage.CodingKeys.items.stringValue)
        check(
            package[CFPackage.CodingKeys.associations.stringValue], named: CFPackage.CodingKeys.associations.stringValue
        )
        let rubricsKey = CFPackage.CodingKeys.rubrics.stringValue
        check(package[rubricsKey], named: rubricsKey)
        for (rubricIndex, rubric) in (package[rubricsKey]?.elements ?? []).enumerated() {
            let criteriaKey = CFRubric.CodingKeys.criteria.stringValue
            check(rubric[criteriaKey], named: "\(rubricsKey)[\(rubricIndex)].\(criteriaKey)")
            for (criterionIndex, criterion) in (rubric[criteriaKey]?.elements ?? []).enumerated() {
                let levelsKey = CFRubricCriterion.CodingKeys.levels.stringValue
                check(
                    criterion[levelsKey],
                    named: "\(rubricsKey)[\(rubricIndex)].\(criteriaKey)[\(criterionIndex)].\(levelsKey)")
            }
        }
        return notes
    }
}
