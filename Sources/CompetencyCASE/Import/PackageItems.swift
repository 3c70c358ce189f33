/// What a link in a package points at.
enum AssociationTarget: Hashable {
    /// The package's `CFDocument`.
    case document
    /// The item at this position in ``PackageItems/items``.
    case item(Int)
    /// Nothing in the package: another package's object, or nothing at all.
    case elsewhere
}

/// The package's items, and how links find them: by identifier first, then by URI.
struct PackageItems {
    /// The items, in package order.
    let items: [CFItem]
    /// Items that no link can reach: no identifier, or one an earlier item already has.
    let unreachable: Set<Int>
    private let byIdentifier: [String: Int]
    private let byURI: [String: Int]
    private let document: CFDocument

    init(_ package: CFPackage, notes: inout ImportNotes) {
        items = package.items
        document = package.document
        var byIdentifier: [String: Int] = [:]
        var byURI: [String: Int] = [:]
        var unreachable = Set<Int>()
        var unidentified = 0
        var repeated = 0
        for (index, item) in items.enumerated() {
            if let id = item.identifier, !id.isEmpty {
                if byIdentifier[id] == nil {
                    byIdentifier[id] = index
                } else {
                    repeated += 1
                    unreachable.insert(index)
                }
            } else {
                unidentified += 1
                unreachable.insert(index)
            }
            if let uri = item.uri, byURI[uri] == nil { byURI[uri] = index }
        }
        self.byIdentifier = byIdentifier
        self.byURI = byURI
        self.unreachable = unreachable
        if items.isEmpty {
            notes.add("The package has no CFItems, so the framework has no domains.")
        }
        if unidentified > 0 {
            notes.add(
                "\(count(unidentified, "item")) had no identifier; associations cannot reach "
                    + "\(either(unidentified, "it", "them")), so \(either(unidentified, "it was", "they were")) "
                    + "placed at the top level.")
        }
        if repeated > 0 {
            notes.add(
                "\(count(repeated, "item")) repeated another item's identifier; associations reach only the first, "
                    + "so the repeats were placed at the top level.")
        }
    }

    /// What `link` points at: an item of the package by identifier, the document by
    /// identifier, an item by URI, the document by URI, in that order of preference.
    func target(of link: LinkURI?) -> AssociationTarget {
        guard let link else { return .elsewhere }
        if let id = link.identifier {
            if let index = byIdentifier[id] { return .item(index) }
            if id == document.identifier { return .document }
        }
        if let uri = link.uri {
            if let index = byURI[uri] { return .item(index) }
            if uri == document.uri { return .document }
        }
        return .elsewhere
    }

    /// The item `link` points at, if it points at one.
    func item(at link: LinkURI?) -> Int? {
        guard case .item(let index) = target(of: link) else { return nil }
        return index
    }

    /// The item's title for notes: its full statement, else its abbreviated one.
    func title(of item: Int) -> String {
        let text = items[item].fullStatement ?? items[item].abbreviatedStatement ?? ""
        return text.isEmpty ? "(untitled item)" : text
    }
}
