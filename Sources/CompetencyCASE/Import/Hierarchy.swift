import CompetencyFramework

/// Who is whose child, from the package's `isChildOf` associations (origin = child,
/// destination = parent); each item keeps its first parent, and an item without a parent in
/// the package goes under the document, after the document's own children.
struct Hierarchy {
    /// A child as an association placed it, with what orders it among its siblings.
    struct Child {
        let item: Int
        let sequence: Int?
        let code: Code?
        let order: Int
    }

    /// The children of the document (``AssociationTarget/document``) and of each item.
    let children: [AssociationTarget: [Child]]

    init(_ associations: [CFAssociation], items: PackageItems, notes: inout ImportNotes) {
        var children: [AssociationTarget: [Child]] = [:]
        var otherTypes: [String: Int] = [:]
        var unknownOrigin = 0
        var hasParent = Set<Int>()
        var extraParents: [Int] = []
        var danglingParents = 0
        let code = { (item: Int) in items.items[item].humanCodingScheme.map { Code($0) } }
        for (order, association) in associations.enumerated() {
            guard association.associationType == .isChildOf else {
                otherTypes[association.associationType?.rawValue ?? "(none)", default: 0] += 1
                continue
            }
            guard let child = items.item(at: association.originNodeURI) else {
                unknownOrigin += 1
                continue
            }
            let parent = items.target(of: association.destinationNodeURI)
            if parent == .elsewhere {
                danglingParents += 1
            } else if hasParent.contains(child) {
                extraParents.append(child)
            } else {
                hasParent.insert(child)
                children[parent, default: []].append(
                    Child(item: child, sequence: association.sequenceNumber, code: code(child), order: order))
            }
        }
        // Items without a parent go under the document; their order, past every
        // association's, is the last tie-breaker, so they keep package order among themselves.
        var orphans: [Int] = []
        for index in items.items.indices where !hasParent.contains(index) {
            children[.document, default: []].append(
                Child(item: index, sequence: nil, code: code(index), order: Int.max / 2 + index))
            if !items.unreachable.contains(index) { orphans.append(index) }
        }
        self.children = children

        if !orphans.isEmpty {
            notes.add(
                "\(count(orphans.count, "item")) had no isChildOf association to the document or to another item in "
                    + "the package, so \(either(orphans.count, "it was", "they were")) placed at the top level: "
                    + "\(quotedExamples(orphans.map(items.title))).")
        }
        if !otherTypes.isEmpty {
            let list = otherTypes.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            notes.add(
                "Associations other than isChildOf were not imported, because the framework model has no place for "
                    + "them: \(list).")
        }
        if unknownOrigin > 0 {
            notes.add(
                "\(count(unknownOrigin, "isChildOf association")) started from an item not in the package and "
                    + "\(either(unknownOrigin, "was", "were")) ignored.")
        }
        if danglingParents > 0 {
            notes.add(
                "\(count(danglingParents, "isChildOf association")) pointed at a parent not in the package; "
                    + "\(either(danglingParents, "that item was", "those items were")) placed by "
                    + "\(either(danglingParents, "its", "their")) other associations, or at the top level.")
        }
        if !extraParents.isEmpty {
            notes.add(
                "\(count(extraParents.count, "item")) had more than one parent; the framework is a tree, so each "
                    + "stays under its first parent only: \(quotedExamples(extraParents.map(items.title))).")
        }
    }

    /// The children of `parent` in order: by `sequenceNumber`, then by `humanCodingScheme`
    /// compared naturally (items without one last), then by package order.
    func sortedChildren(of parent: AssociationTarget) -> [Int] {
        (children[parent] ?? []).sorted { a, b in
            let (left, right) = (a.sequence ?? Int.max, b.sequence ?? Int.max)
            if left != right { return left < right }
            let (leftCode, rightCode) = (CodeOrder(code: a.code), CodeOrder(code: b.code))
            if leftCode != rightCode { return leftCode < rightCode }
            return a.order < b.order
        }.map(\.item)
    }

    /// Natural order of codes, items without one last.
    private struct CodeOrder: Comparable {
        var code: Code?

        static func < (lhs: CodeOrder, rhs: CodeOrder) -> Bool {
            switch (lhs.code, rhs.code) {
            case (let a?, let b?): a < b
            case (_?, nil): true
            default: false
            }
        }
    }
}
