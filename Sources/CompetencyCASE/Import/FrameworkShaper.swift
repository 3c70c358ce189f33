import CompetencyFramework

/// Gives the item tree the kit's shape: items under the document are domains, their children
/// subdomains, the next tier components. Another shape is adapted, never cut, and each
/// adaptation is a note: childless items go into synthetic subdomains (and top-level ones
/// into a synthetic domain), and deeper items become components of their subdomain.
struct FrameworkShaper {
    let items: PackageItems
    let tree: ItemTree
    let levels: RubricLevels
    /// The title of synthetic domains: the document's.
    let documentTitle: String
    var codes: CodeBook
    /// The notes on items flattened from below the third tier, which follow all the others.
    var flattened: [String] = []

    init(items: PackageItems, tree: ItemTree, levels: RubricLevels, document: CFDocument) {
        self.items = items
        self.tree = tree
        self.levels = levels
        documentTitle = document.title ?? "Framework"
        codes = CodeBook(claimingCodesIn: tree, items: items)
    }

    /// The domains: one per top-level item with children, and a synthetic one for each run
    /// of top-level items without.
    mutating func domains(notes: inout ImportNotes) -> [Domain] {
        var domains: [Domain] = []
        var loose: [Int] = []
        for root in tree.roots {
            if tree.children(of: root).isEmpty {
                loose.append(root)
                continue
            }
            if !loose.isEmpty {
                domains.append(syntheticDomain(loose, position: domains.count, notes: &notes))
                loose = []
            }
            domains.append(domain(root, position: domains.count, notes: &notes))
        }
        if !loose.isEmpty { domains.append(syntheticDomain(loose, position: domains.count, notes: &notes)) }
        return domains
    }

    private mutating func syntheticDomain(_ loose: [Int], position: Int, notes: inout ImportNotes) -> Domain {
        let domainCode = codes.code(for: nil, derived: String(position + 1))
        let subdomainCode = codes.code(for: nil, derived: codes.subdomainCode(in: domainCode, index: 0))
        let components = components(loose, in: subdomainCode, notes: &notes)
        notes.add(
            "\(count(loose.count, "top-level item")) had no children, so \(either(loose.count, "it was", "they were")) "
                + "put in a synthetic domain \(domainCode) and subdomain \(subdomainCode), titled \"\(documentTitle)\"."
        )
        return Domain(
            code: domainCode, title: documentTitle,
            subdomains: [Subdomain(code: subdomainCode, title: documentTitle, components: components)])
    }

    /// A domain: its children with children are subdomains, and each run of its children
    /// without goes into a synthetic subdomain titled like the domain.
    private mutating func domain(_ index: Int, position: Int, notes: inout ImportNotes) -> Domain {
        let item = items.items[index]
        let code = codes.code(for: index, derived: String(position + 1))
        let title = items.title(of: index)
        var subdomains: [Subdomain] = []
        var loose: [Int] = []
        func addSyntheticSubdomain() {
            guard !loose.isEmpty else { return }
            let subdomainCode = codes.code(for: nil, derived: codes.subdomainCode(in: code, index: subdomains.count))
            let components = components(loose, in: subdomainCode, notes: &notes)
            notes.add(
                "In domain \(code), \(count(loose.count, "item")) had no children, so "
                    + "\(either(loose.count, "it was", "they were")) put in a synthetic subdomain \(subdomainCode), "
                    + "titled like the domain.")
            subdomains.append(Subdomain(code: subdomainCode, title: title, components: components))
            loose = []
        }
        for child in tree.children(of: index) {
            if tree.children(of: child).isEmpty {
                loose.append(child)
            } else {
                addSyntheticSubdomain()
                subdomains.append(subdomain(child, in: code, position: subdomains.count, notes: &notes))
            }
        }
        addSyntheticSubdomain()
        let texts = Self.groupingTexts(item)
        return Domain(
            code: code, title: title, description: texts.description, subdomains: subdomains, notes: texts.notes,
            symbol: item.extensions?.competencyKit.symbol)
    }

    private mutating func subdomain(_ index: Int, in domain: Code, position: Int, notes: inout ImportNotes)
        -> Subdomain
    {
        let item = items.items[index]
        let code = codes.code(for: index, derived: codes.subdomainCode(in: domain, index: position))
        let texts = Self.groupingTexts(item)
        let components = components(tree.children(of: index), in: code, notes: &notes)
        return Subdomain(
            code: code, title: items.title(of: index), description: texts.description, components: components,
            notes: texts.notes, symbol: item.extensions?.competencyKit.symbol)
    }

    /// A domain's or subdomain's description and notes: exactly as exported when the item
    /// carries our extension, otherwise the item's `notes` as the description.
    private static func groupingTexts(_ item: CFItem) -> (description: String?, notes: String?) {
        if let ours = item.extensions?.competencyKit { return (ours.description, ours.notes) }
        return (item.notes, nil)
    }
}
