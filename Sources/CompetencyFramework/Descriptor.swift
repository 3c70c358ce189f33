/// What a component says at one proficiency level: its text, or a declared gap.
///
/// A gap is a first-class value, never an empty string: it records that the framework has
/// no text for the level and why, so that every consumer can show it as a gap.
public enum Descriptor: Hashable, Sendable {
    /// The descriptor's text, continuing the framework's stem (for example "A leader will").
    case text(String)
    /// No descriptor at this level, for the given reason.
    case gap(reason: String)

    /// The text, or `nil` for a gap.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// Whether this is a declared gap.
    public var isGap: Bool {
        if case .gap = self { return true }
        return false
    }
}

/// A component's descriptor at one level, tagged with the level's id.
///
/// JSON form: `{"level": "high-impact", "text": "..."}` or
/// `{"level": "high-impact", "gap": "reason"}`.
public struct LevelDescriptor: Hashable, Sendable, Codable {
    /// The ``ProficiencyLevel/id`` of the level.
    public var level: String
    /// The text or gap at that level.
    public var descriptor: Descriptor

    /// Creates a descriptor for the level with id `level`.
    public init(level: String, _ descriptor: Descriptor) {
        self.level = level
        self.descriptor = descriptor
    }

    private enum CodingKeys: String, CodingKey {
        case level
    }

    public init(from decoder: any Decoder) throws {
        level = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .level)
        descriptor = try Descriptor(membersOf: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try descriptor.encodeMembers(to: encoder)
    }
}

extension Descriptor {
    /// The members a descriptor adds to the JSON object of whatever holds it: `text`, or
    /// `gap` with the reason.
    private enum MemberKeys: String, CodingKey {
        case text, gap
    }

    /// Reads a descriptor from the `text` or `gap` member of the object being decoded, so
    /// that each type holding one (``LevelDescriptor``, a reflection's level step) spells its
    /// JSON form the same way.
    package init(membersOf decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKeys.self)
        if let reason = try container.decodeIfPresent(String.self, forKey: .gap) {
            self = .gap(reason: reason)
        } else {
            self = .text(try container.decode(String.self, forKey: .text))
        }
    }

    /// Writes the descriptor as the `text` or `gap` member of the object being encoded.
    package func encodeMembers(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKeys.self)
        switch self {
        case .text(let text): try container.encode(text, forKey: .text)
        case .gap(let reason): try container.encode(reason, forKey: .gap)
        }
    }
}
