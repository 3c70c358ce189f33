/// One row of a ``CFRubric``: for the kit, a component, described at each level.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
/// The schema requires `identifier`, `uri` and `lastChangeDateTime`.
public struct CFRubricCriterion: Codable, Hashable, Sendable {
    /// The criterion's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the criterion is served.
    public var uri: String?
    /// The item the criterion describes.
    public var itemURI: LinkURI?
    /// The criterion's place in its rubric, counting from 1; read also when written as a
    /// string or a whole floating-point number.
    public var position: Int?
    /// The identifier of the rubric the criterion belongs to.
    public var rubricId: String?
    /// When the criterion last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?
    /// The criterion at each level.
    public var levels: [CFRubricCriterionLevel]

    /// Creates a criterion.
    public init(
        identifier: String? = nil, uri: String? = nil, itemURI: LinkURI? = nil, position: Int? = nil,
        rubricId: String? = nil, lastChangeDateTime: String? = nil, levels: [CFRubricCriterionLevel] = []
    ) {
        self.identifier = identifier
        self.uri = uri
        self.itemURI = itemURI
        self.position = position
        self.rubricId = rubricId
        self.lastChangeDateTime = lastChangeDateTime
        self.levels = levels
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, position, rubricId, lastChangeDateTime
        case itemURI = "CFItemURI"
        case levels = "CFRubricCriterionLevels"
    }

    /// Reads a criterion, taking a member of the wrong type as missing and leaving out levels
    /// that are not objects.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        itemURI = container.lenient(LinkURI.self, forKey: .itemURI)
        position = container.lenientInteger(forKey: .position)
        rubricId = container.lenientString(forKey: .rubricId)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
        levels = container.lenientArray(of: CFRubricCriterionLevel.self, forKey: .levels) ?? []
    }
}
