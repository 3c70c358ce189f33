/// A CASE rubric: for the kit, the proficiency levels, with one criterion per component.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
/// The schema requires `identifier`, `uri` and `lastChangeDateTime`.
public struct CFRubric: Codable, Hashable, Sendable {
    /// The rubric's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the rubric is served.
    public var uri: String?
    /// The rubric's title.
    public var title: String?
    /// What the rubric is for.
    public var description: String?
    /// When the rubric last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?
    /// The rubric's criteria: for the kit, one per component, in framework order.
    public var criteria: [CFRubricCriterion]
    /// What the kit keeps beyond CASE's fields: the levels, whole.
    public var extensions: CompetencyKitExtensions<CompetencyKitFields>?

    /// Creates a rubric.
    public init(
        identifier: String? = nil, uri: String? = nil, title: String? = nil, description: String? = nil,
        lastChangeDateTime: String? = nil, criteria: [CFRubricCriterion] = [],
        extensions: CompetencyKitExtensions<CompetencyKitFields>? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.title = title
        self.description = description
        self.lastChangeDateTime = lastChangeDateTime
        self.criteria = criteria
        self.extensions = extensions
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, title, description, lastChangeDateTime, extensions
        case criteria = "CFRubricCriteria"
    }

    /// Reads a rubric, taking a member of the wrong type as missing and leaving out criteria
    /// that are not objects.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        title = container.lenientString(forKey: .title)
        description = container.lenientString(forKey: .description)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
        criteria = container.lenientArray(of: CFRubricCriterion.self, forKey: .criteria) ?? []
        extensions = container.lenient(CompetencyKitExtensions.self, forKey: .extensions)
    }
}
