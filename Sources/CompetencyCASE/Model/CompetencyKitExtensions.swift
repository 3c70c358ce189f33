/// The `extensions` member of a CASE object as CompetencyKit writes it,
/// `{"competencyKit": {...}}`: what CASE has no field for, so that importing an export gives
/// back the same framework.
///
/// Reading accepts an `extensions` object, or an array whose first element with a
/// `competencyKit` member supplies it (CASE 1.1 types `CFRubricCriterionLevel.extensions`
/// as an array). Other tools' extensions are not kept.
public struct CompetencyKitExtensions<Fields: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The kit's own fields.
    public var competencyKit: Fields

    /// Wraps the kit's fields.
    public init(_ fields: Fields) {
        competencyKit = fields
    }

    enum CodingKeys: String, CodingKey {
        case competencyKit
    }

    /// Reads the kit's fields from an `extensions` object or array.
    ///
    /// - Throws: `DecodingError` when there are none: the object has no `competencyKit`
    ///   object, or no element of the array has one.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            competencyKit = try container.decode(Fields.self, forKey: .competencyKit)
            return
        }
        var elements = try decoder.unkeyedContainer()
        while !elements.isAtEnd {
            if let fields = try elements.decode(ArrayElement.self).fields {
                competencyKit = fields
                return
            }
        }
        throw DecodingError.valueNotFound(
            Fields.self,
            .init(codingPath: decoder.codingPath, debugDescription: "No element has a \"competencyKit\" object."))
    }

    /// One element of an `extensions` array: the kit's fields when it is an object with them.
    private struct ArrayElement: Decodable {
        let fields: Fields?

        init(from decoder: any Decoder) throws {
            fields = try? decoder.container(keyedBy: CodingKeys.self).decode(Fields.self, forKey: .competencyKit)
        }
    }
}
