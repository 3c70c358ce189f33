/// One statement in a CASE framework: for the kit, a domain, subdomain or component.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
/// The schema requires `identifier`, `uri`, `fullStatement` and `lastChangeDateTime`.
public struct CFItem: Codable, Hashable, Sendable {
    /// The item's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the item is served.
    public var uri: String?
    /// The statement's text: for the kit, the element's title.
    public var fullStatement: String?
    /// A shorter form of the statement.
    public var abbreviatedStatement: String?
    /// The code people use for the item, such as `1a.ii`.
    public var humanCodingScheme: String?
    /// The name of the item's type, such as `Domain`.
    public var itemType: String?
    /// The item's type, a link to a ``CFItemType`` in the package's definitions.
    public var itemTypeURI: LinkURI?
    /// How the statement came about: for the kit, a description and editorial notes.
    public var notes: String?
    /// When the item last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?
    /// What the kit keeps beyond CASE's fields.
    public var extensions: CompetencyKitExtensions<CompetencyKitFields>?

    /// Creates an item.
    public init(
        identifier: String? = nil, uri: String? = nil, fullStatement: String? = nil,
        abbreviatedStatement: String? = nil, humanCodingScheme: String? = nil, itemType: String? = nil,
        itemTypeURI: LinkURI? = nil, notes: String? = nil, lastChangeDateTime: String? = nil,
        extensions: CompetencyKitExtensions<CompetencyKitFields>? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.fullStatement = fullStatement
        self.abbreviatedStatement = abbreviatedStatement
        self.humanCodingScheme = humanCodingScheme
        self.itemType = itemType
        self.itemTypeURI = itemTypeURI
        self.notes = notes
        self.lastChangeDateTime = lastChangeDateTime
        self.extensions = extensions
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, fullStatement, abbreviatedStatement, humanCodingScheme, notes, lastChangeDateTime
        case extensions
        case itemType = "CFItemType"
        case itemTypeURI = "CFItemTypeURI"
    }

    /// Reads an item, taking a member of the wrong type as missing.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        fullStatement = container.lenientString(forKey: .fullStatement)
        abbreviatedStatement = container.lenientString(forKey: .abbreviatedStatement)
        humanCodingScheme = container.lenientString(forKey: .humanCodingScheme)
        itemType = container.lenientString(forKey: .itemType)
        itemTypeURI = container.lenient(LinkURI.self, forKey: .itemTypeURI)
        notes = container.lenientString(forKey: .notes)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
        extensions = container.lenient(CompetencyKitExtensions.self, forKey: .extensions)
    }
}
