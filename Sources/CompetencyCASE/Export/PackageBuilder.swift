import CompetencyFramework

/// Builds the CASE package of one framework (docs/exports.md, "CASE 1.1 export"): the tree
/// here, the document and rubric in their own files.
struct PackageBuilder {
    let framework: Framework
    /// The base of every URI, without a trailing `/`.
    let base: String
    /// Every object's `lastChangeDateTime`.
    let time: String
    /// Each level's name and position by id (the first level with an id wins), made once: a
    /// framework may have many levels, and every component looks each one up.
    let levelNames: [String: String]
    let levelPositions: [String: Int]

    init(framework: Framework, base: String) {
        self.framework = framework
        self.base = base
        time = CASEExport.lastChangeDateTime(of: framework)
        levelNames = framework.levelNamesByID
        levelPositions = framework.levelPositionsByID
    }

    /// The collections of the CASE REST API, which make the URIs' paths.
    enum Collection: String {
        case documents = "CFDocuments"
        case items = "CFItems"
        case associations = "CFAssociations"
        case itemTypes = "CFItemTypes"
        case licenses = "CFLicenses"
        case rubrics = "CFRubrics"
        case criteria = "CFRubricCriteria"
        case criterionLevels = "CFRubricCriterionLevels"
    }

    func identifier(_ name: String) -> String {
        CASEExport.identifier(frameworkID: framework.metadata.id, name: name)
    }

    func uri(_ collection: Collection, _ identifier: String) -> String {
        "\(base)/\(collection.rawValue)/\(identifier)"
    }

    func link(title: String, identifier: String, in collection: Collection) -> LinkURI {
        LinkURI(title: title, identifier: identifier, uri: uri(collection, identifier))
    }

    func package(adoptionStatus: String) -> CFPackage {
        let documentID = identifier("CFDocument")
        let documentLink = link(title: framework.metadata.title, identifier: documentID, in: .documents)
        var tree = Tree()
        for (d, domain) in framework.domains.enumerated() {
            let domainLink = add(
                element(
                    .domain, code: domain.code, title: domain.title,
                    fields: .init(symbol: domain.symbol, description: domain.description, notes: domain.notes)),
                under: documentLink, sequence: d + 1, to: &tree)
            for (s, subdomain) in domain.subdomains.enumerated() {
                let subdomainLink = add(
                    element(
                        .subdomain, code: subdomain.code, title: subdomain.title,
                        fields: .init(
                            symbol: subdomain.symbol, description: subdomain.description, notes: subdomain.notes)),
                    under: domainLink, sequence: s + 1, to: &tree)
                for (c, component) in subdomain.components.enumerated() {
                    let componentLink = add(
                        element(
                            .component, code: component.code, title: component.title,
                            fields: .init(symbol: component.symbol, notes: component.notes)),
                        under: subdomainLink, sequence: c + 1, to: &tree)
                    tree.criteria.append(
                        criterion(for: component, link: componentLink, position: tree.criteria.count + 1))
                }
            }
        }
        return CFPackage(
            document: document(identifier: documentID, adoptionStatus: adoptionStatus), items: tree.items,
            associations: tree.associations, definitions: definitions(), rubrics: [rubric(criteria: tree.criteria)])
    }

    /// A domain, subdomain or component as an item: the title is the `fullStatement`, and the
    /// notes are a grouping's description then its editorial notes after a blank line.
    private func element(
        _ kind: CFItem.CompetencyKitFields.Kind, code: Code, title: String, fields: CFItem.CompetencyKitFields
    ) -> Element {
        let name = "\(kind.rawValue)/\(code.rawValue)"
        let id = identifier("CFItem/\(name)")
        var fields = fields
        fields.kind = kind
        let item = CFItem(
            identifier: id, uri: uri(.items, id), fullStatement: title, humanCodingScheme: code.rawValue,
            itemType: kind.typeTitle,
            itemTypeURI: link(
                title: kind.typeTitle, identifier: identifier("CFItemType/\(kind.rawValue)"), in: .itemTypes),
            notes: Self.paragraphs(fields.description, fields.notes), lastChangeDateTime: time,
            extensions: CompetencyKitExtensions(fields))
        return Element(item: item, associationID: identifier("CFAssociation/isChildOf/\(name)"))
    }

    private struct Element {
        let item: CFItem
        let associationID: String
    }

    /// The items and `isChildOf` associations in document order, and a criterion per component.
    private struct Tree {
        var items: [CFItem] = []
        var associations: [CFAssociation] = []
        var criteria: [CFRubricCriterion] = []
    }

    /// Adds `element` to `tree` as the child of `parent`, numbered `sequence` among its
    /// siblings; returns the link to it.
    private func add(_ element: Element, under parent: LinkURI, sequence: Int, to tree: inout Tree) -> LinkURI {
        let item = element.item
        let link = LinkURI(title: item.fullStatement, identifier: item.identifier, uri: item.uri)
        tree.items.append(item)
        tree.associations.append(
            CFAssociation(
                identifier: element.associationID, uri: uri(.associations, element.associationID),
                associationType: .isChildOf, sequenceNumber: sequence, originNodeURI: link,
                destinationNodeURI: parent, lastChangeDateTime: time))
        return link
    }

    /// `first` and `second` as paragraphs, whichever there are.
    static func paragraphs(_ first: String?, _ second: String?) -> String? {
        switch (first, second) {
        case (let a?, let b?): a + "\n\n" + b
        case (let a?, nil): a
        case (nil, let b?): b
        case (nil, nil): nil
        }
    }
}

extension CFItem.CompetencyKitFields.Kind {
    /// The `CFItemType` of items of this kind: `Domain`, `Subdomain`, `Component`.
    var typeTitle: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The `description` of this kind's `CFItemType`.
    var typeDescription: String {
        switch self {
        case .domain: "A top-level area of the framework."
        case .subdomain: "A group of components within a domain."
        case .component: "One practice, described at every proficiency level."
        }
    }
}
