/// How a ``CFAssociation`` relates its origin to its destination: CASE 1.1's vocabulary, which
/// publishers may extend with `ext:` terms.
public enum CFAssociationType: Hashable, Sendable, Codable, RawRepresentable {
    /// The origin is a child of the destination: the framework's tree.
    case isChildOf
    /// The two are peers.
    case isPeerOf
    /// The origin is part of the destination.
    case isPartOf
    /// The two say the same.
    case exactMatchOf
    /// The origin comes before the destination.
    case precedes
    /// The two are related.
    case isRelatedTo
    /// The origin has been replaced by the destination.
    case replacedBy
    /// The origin is an example of the destination.
    case exemplar
    /// The destination is a skill level of the origin.
    case hasSkillLevel
    /// The origin is a translation of the destination.
    case isTranslationOf
    /// Any other term, as written: an `ext:` extension, or a word another tool uses.
    case other(String)

    /// Every term of CASE 1.1's own vocabulary.
    public static let standard: [CFAssociationType] = [
        .isChildOf, .isPeerOf, .isPartOf, .exactMatchOf, .precedes, .isRelatedTo, .replacedBy, .exemplar,
        .hasSkillLevel, .isTranslationOf,
    ]

    /// The term as written in a package.
    public var rawValue: String {
        switch self {
        case .isChildOf: "isChildOf"
        case .isPeerOf: "isPeerOf"
        case .isPartOf: "isPartOf"
        case .exactMatchOf: "exactMatchOf"
        case .precedes: "precedes"
        case .isRelatedTo: "isRelatedTo"
        case .replacedBy: "replacedBy"
        case .exemplar: "exemplar"
        case .hasSkillLevel: "hasSkillLevel"
        case .isTranslationOf: "isTranslationOf"
        case .other(let term): term
        }
    }

    /// The type a term names: one of CASE's own, or ``other(_:)``.
    public init(rawValue: String) {
        self = Self.standard.first { $0.rawValue == rawValue } ?? .other(rawValue)
    }

    /// Reads the term from a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the term as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
