/// A competency framework: ordered proficiency levels, and domains of subdomains of
/// components, each component described at every level.
///
/// `Framework` is a plain value: load one from a file with `FrameworkLoading`, get one from
/// generated code through ``TypedFramework/framework``, or build one in code.
///
/// ## JSON form
/// `Codable` gives the same shape as a framework file, with metadata keys at the top level:
/// ```json
/// {"id": "leadership-toolkit", "title": "Leadership Toolkit", "stem": "A leader will",
///  "levels": [{"id": "some-impact", "name": "Some impact", "indicators": []}],
///  "domains": [{"code": "1", "title": "...", "subdomains": [{"code": "1a", "title": "...",
///    "components": [{"code": "1a.i", "title": "...",
///      "descriptors": [{"level": "some-impact", "text": "..."}]}]}]}]}
/// ```
/// Absent optional values are left out; a gap is `{"level": "...", "gap": "reason"}`.
public struct Framework: Hashable, Sendable, Codable {
    /// Identity, provenance and introductory text.
    public var metadata: FrameworkMetadata
    /// The proficiency levels, lowest first.
    public var levels: [ProficiencyLevel]
    /// The domains, in document order.
    public var domains: [Domain]

    /// Creates a framework.
    public init(metadata: FrameworkMetadata, levels: [ProficiencyLevel], domains: [Domain]) {
        self.metadata = metadata
        self.levels = levels
        self.domains = domains
    }

    private enum CodingKeys: String, CodingKey {
        case levels, domains
    }

    public init(from decoder: any Decoder) throws {
        metadata = try FrameworkMetadata(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        levels = try container.decode([ProficiencyLevel].self, forKey: .levels)
        domains = try container.decode([Domain].self, forKey: .domains)
    }

    public func encode(to encoder: any Encoder) throws {
        try metadata.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(levels, forKey: .levels)
        try container.encode(domains, forKey: .domains)
    }

    /// Every subdomain, in document order.
    public var subdomains: [Subdomain] {
        domains.flatMap(\.subdomains)
    }

    /// Every component, in document order.
    public var components: [Component] {
        domains.flatMap { $0.subdomains.flatMap(\.components) }
    }

    /// The level whose id or name is `text`, ignoring case, spaces and `-`/`_`
    /// (so `high`, `High impact` and `high-impact` all work where unambiguous).
    public func level(named text: String) -> ProficiencyLevel? {
        let key = Self.levelKey(text)
        if let exact = levels.first(where: { Self.levelKey($0.id) == key || Self.levelKey($0.name) == key }) {
            return exact
        }
        let prefixed = levels.filter {
            Self.levelKey($0.id).hasPrefix(key) || Self.levelKey($0.name).hasPrefix(key)
        }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// The position of the level with id `id`, lowest first.
    public func levelIndex(of id: String) -> Int? {
        levels.firstIndex { $0.id == id }
    }

    /// Each level's position by id, lowest first, for code that looks levels up once per
    /// descriptor: a framework may have many levels. Where two levels share an id (only an
    /// invalid file has that), the first wins, as in ``levelIndex(of:)``.
    public var levelPositionsByID: [String: Int] {
        Dictionary(levels.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Each level's name by id; where two levels share an id, the first wins.
    public var levelNamesByID: [String: String] {
        Dictionary(levels.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    private static func levelKey(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !" -_".unicodeScalars.contains($0) }.map(Character.init))
    }
}
