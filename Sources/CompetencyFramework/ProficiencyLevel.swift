/// One of a framework's ordered points of proficiency, such as "Some impact".
public struct ProficiencyLevel: Hashable, Sendable, Codable, Identifiable {
    /// The stable id descriptors refer to the level by, such as `some-impact`.
    public var id: String
    /// The name people read, such as "Some impact".
    public var name: String
    /// The sentences that define the level.
    public var summary: String?
    /// The bullet points that characterise the level.
    public var indicators: [String]
    /// The Swift case name generated code uses, when the framework sets one.
    public var symbol: String?

    /// Creates a level.
    public init(
        id: String, name: String, summary: String? = nil, indicators: [String] = [],
        symbol: String? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.indicators = indicators
        self.symbol = symbol
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, summary, indicators, symbol
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        indicators = try container.decodeIfPresent([String].self, forKey: .indicators) ?? []
        symbol = try container.decodeIfPresent(String.self, forKey: .symbol)
    }
}
