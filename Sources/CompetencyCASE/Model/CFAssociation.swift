/// A relation between two objects of a CASE package; `isChildOf` associations make the
/// framework's tree.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
/// The schema requires every field but `sequenceNumber`.
public struct CFAssociation: Codable, Hashable, Sendable {
    /// The association's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the association is served.
    public var uri: String?
    /// How the origin relates to the destination.
    public var associationType: CFAssociationType?
    /// The origin's place among its siblings, counting from 1; read also when written as a
    /// string or a whole floating-point number.
    public var sequenceNumber: Int?
    /// The origin: for `isChildOf`, the child.
    public var originNodeURI: LinkGenURI?
    /// The destination: for `isChildOf`, the parent (an item or the document).
    public var destinationNodeURI: LinkGenURI?
    /// When the association last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?

    /// Creates an association.
    public init(
        identifier: String? = nil, uri: String? = nil, associationType: CFAssociationType? = nil,
        sequenceNumber: Int? = nil, originNodeURI: LinkGenURI? = nil, destinationNodeURI: LinkGenURI? = nil,
        lastChangeDateTime: String? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.associationType = associationType
        self.sequenceNumber = sequenceNumber
        self.originNodeURI = originNodeURI
        self.destinationNodeURI = destinationNodeURI
        self.lastChangeDateTime = lastChangeDateTime
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, associationType, sequenceNumber, originNodeURI, destinationNodeURI, lastChangeDateTime
    }

    /// Reads an association, taking a member of the wrong type as missing.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        associationType = container.lenient(CFAssociationType.self, forKey: .associationType)
        sequenceNumber = container.lenientInteger(forKey: .sequenceNumber)
        originNodeURI = container.lenient(LinkGenURI.self, forKey: .originNodeURI)
        destinationNodeURI = container.lenient(LinkGenURI.self, forKey: .destinationNodeURI)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
    }
}
