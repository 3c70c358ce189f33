/// A CASE reference to another object: the item a rubric criterion describes, an item's type,
/// a licence (`LinkURI` in the schema), or an end of an association (`LinkGenURI`, which may
/// also say what kind of thing it points at).
public struct LinkURI: Codable, Hashable, Sendable {
    /// The referenced object's title, for people reading the package.
    public var title: String?
    /// The referenced object's `identifier`.
    public var identifier: String?
    /// The referenced object's `uri`.
    public var uri: String?
    /// What the reference points at, `CASE` or an `ext:` term; only an association's ends
    /// (`LinkGenURI`) may have one.
    public var targetType: String?

    /// Creates a reference.
    public init(title: String? = nil, identifier: String? = nil, uri: String? = nil, targetType: String? = nil) {
        self.title = title
        self.identifier = identifier
        self.uri = uri
        self.targetType = targetType
    }

    enum CodingKeys: String, CodingKey {
        case title, identifier, uri, targetType
    }

    /// Reads a reference, taking a member of the wrong type as missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = container.lenientString(forKey: .title)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        targetType = container.lenientString(forKey: .targetType)
    }
}

/// An end of a ``CFAssociation``: a ``LinkURI`` that may have a `targetType`.
public typealias LinkGenURI = LinkURI
