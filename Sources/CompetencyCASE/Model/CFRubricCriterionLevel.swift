/// One cell of a ``CFRubric``: a criterion at one level; for the kit, a component's
/// descriptor, or a gap when there is no `description`.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
/// The schema requires `identifier`, `uri` and `lastChangeDateTime`.
public struct CFRubricCriterionLevel: Codable, Hashable, Sendable {
    /// The level's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the level is served.
    public var uri: String?
    /// The level's name, such as `Secure`.
    public var quality: String?
    /// The level's place among the criterion's levels, counting from 1; read also when
    /// written as a string or a whole floating-point number.
    public var position: Int?
    /// The points the level is worth.
    public var score: Double?
    /// What achieving the level looks like: for the kit, the descriptor.
    public var description: String?
    /// Feedback for someone at this level: for the kit, why a level has no descriptor.
    public var feedback: String?
    /// The identifier of the criterion the level belongs to.
    public var rubricCriterionId: String?
    /// When the level last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?
    /// What the kit keeps beyond CASE's fields. CASE 1.1 types this class's `extensions` as
    /// an array, so it is written as one; reading accepts an object too.
    public var extensions: CompetencyKitExtensions<CompetencyKitFields>?

    /// Creates a criterion level.
    public init(
        identifier: String? = nil, uri: String? = nil, quality: String? = nil, position: Int? = nil,
        score: Double? = nil, description: String? = nil, feedback: String? = nil,
        rubricCriterionId: String? = nil, lastChangeDateTime: String? = nil,
        extensions: CompetencyKitExtensions<CompetencyKitFields>? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.quality = quality
        self.position = position
        self.score = score
        self.description = description
        self.feedback = feedback
        self.rubricCriterionId = rubricCriterionId
        self.lastChangeDateTime = lastChangeDateTime
        self.extensions = extensions
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, quality, position, score, description, feedback, rubricCriterionId
        case lastChangeDateTime, extensions
    }

    /// Reads a criterion level, taking a member of the wrong type as missing.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        quality = container.lenientString(forKey: .quality)
        position = container.lenientInteger(forKey: .position)
        score = container.lenientNumber(forKey: .score)
        description = container.lenientString(forKey: .description)
        feedback = container.lenientString(forKey: .feedback)
        rubricCriterionId = container.lenientString(forKey: .rubricCriterionId)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
        extensions = container.lenient(CompetencyKitExtensions.self, forKey: .extensions)
    }

    /// Writes the level, with `extensions` as a one-element array.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(identifier, forKey: .identifier)
        try container.encodeIfPresent(uri, forKey: .uri)
        try container.encodeIfPresent(quality, forKey: .quality)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encodeIfPresent(score, forKey: .score)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(feedback, forKey: .feedback)
        try container.encodeIfPresent(rubricCriterionId, forKey: .rubricCriterionId)
        try container.encodeIfPresent(lastChangeDateTime, forKey: .lastChangeDateTime)
        try container.encodeIfPresent(extensions.map { [$0] }, forKey: .extensions)
    }
}
