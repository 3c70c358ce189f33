import CompetencyFramework

extension FrameworkShaper {
    /// At most this many of a flattened item's ancestors below the third tier appear in its
    /// title (nearer ones kept, `…` for the rest): a chain of thousands of tiers would
    /// otherwise give titles of thousands of words, and a framework file quadratic in the
    /// package's size.
    static let titlePathLimit = 8

    /// The components of a subdomain: `nodes`, and the items below them, flattened into
    /// further components whose titles keep the path (`Parent › Child`). An item with
    /// children is a component itself when it has its own rubric criterion or there is no
    /// rubric, and is only part of the path otherwise.
    ///
    /// The walk keeps its own stack rather than recursing, so any depth is safe.
    mutating func components(_ nodes: [Int], in subdomain: Code, notes: inout ImportNotes) -> [Component] {
        /// The items of one tier still to visit, and the item above them with what it needs
        /// for its note once they are done.
        struct Tier {
            let items: [Int]
            var next = 0
            let parent: (item: Int, label: String, isContent: Bool, componentsBefore: Int)?
        }
        var components: [Component] = []
        var tiers = [Tier(items: nodes, parent: nil)]
        var path: [String] = []
        while let tier = tiers.last {
            guard tier.next < tier.items.count else {
                tiers.removeLast()
                if let parent = tier.parent {
                    path.removeLast()
                    flattened.append(
                        flatteningNote(parent, added: components.count - parent.componentsBefore, in: subdomain))
                }
                continue
            }
            let index = tier.items[tier.next]
            tiers[tiers.count - 1].next += 1
            let children = tree.children(of: index)
            let isContent = children.isEmpty || !levels.hasRubric || levels.criteria[index] != nil
            if isContent {
                components.append(
                    component(index, in: subdomain, position: components.count, path: path, notes: &notes))
            }
            if !children.isEmpty {
                let label = items.items[index].abbreviatedStatement ?? items.title(of: index)
                tiers.append(
                    Tier(items: children, parent: (index, label, isContent, componentsBefore: components.count)))
                path.append(label)
            }
        }
        return components
    }

    private func flatteningNote(
        _ parent: (item: Int, label: String, isContent: Bool, componentsBefore: Int), added: Int, in subdomain: Code
    ) -> String {
        "\"\(items.title(of: parent.item))\" has items below the third tier; "
            + "\(count(added, "item")) under it became components of subdomain "
            + "\(subdomain) whose titles keep the path (\"\(parent.label) › …\")"
            + (parent.isContent ? "." : ", and it is only part of those titles, having no rubric criterion of its own.")
    }

    /// The component for the item at `index`, numbered `position` in its subdomain, under the
    /// labels `path`.
    private mutating func component(
        _ index: Int, in subdomain: Code, position: Int, path: [String], notes: inout ImportNotes
    ) -> Component {
        let item = items.items[index]
        let code = codes.code(for: index, derived: Code.component(at: position, in: subdomain).rawValue)
        let ours = item.extensions?.competencyKit
        var title: String
        if levels.hasRubric {
            let statement = item.fullStatement ?? ""
            title = statement.isEmpty ? items.title(of: index) : statement
        } else {
            title = item.abbreviatedStatement ?? items.title(of: index)
        }
        let descriptors = levels.descriptors(
            for: item, at: index, code: code, title: title, isOurs: ours != nil, notes: &notes)
        if !path.isEmpty {
            let shown = path.count > Self.titlePathLimit ? ["…"] + path.suffix(Self.titlePathLimit) : path
            title = (shown + [title]).joined(separator: " › ")
        }
        return Component(
            code: code, title: title, descriptors: descriptors, notes: ours != nil ? ours?.notes : item.notes,
            symbol: ours?.symbol)
    }
}
