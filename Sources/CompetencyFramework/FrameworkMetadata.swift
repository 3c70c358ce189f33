/// What a framework says about itself: identity, provenance and the words around its tables.
public struct FrameworkMetadata: Hashable, Sendable, Codable {
    /// A stable identifier in `lower-kebab-case`, such as `leadership-toolkit`.
    public var id: String
    /// The framework's title.
    public var title: String
    /// The Swift type name generated code uses, when the framework sets one.
    public var symbol: String?
    /// The publisher's version, as written.
    public var version: String?
    /// The date of this version, `YYYY-MM-DD`.
    public var date: String?
    /// Who publishes the framework.
    public var publisher: String?
    /// The statement of purpose; paragraphs are separated by blank lines.
    public var description: String?
    /// A quotation or motto shown before the description.
    public var epigraph: String?
    /// Notes about the framework, such as footnotes defining a term.
    public var notes: [String]
    /// The licence or attribution the framework is published under.
    public var licence: String?
    /// Where the text comes from.
    public var source: String?
    /// The language of the text, as a BCP 47 tag.
    public var language: String?
    /// The words every descriptor continues, such as "A leader will".
    public var stem: String?

    /// Creates metadata.
    public init(
        id: String, title: String, symbol: String? = nil, version: String? = nil,
        date: String? = nil, publisher: String? = nil, description: String? = nil,
        epigraph: String? = nil, notes: [String] = [], licence: String? = nil,
        source: String? = nil, language: String? = nil, stem: String? = nil
    ) {
        self.id = id
        self.title = title
        self.symbol = symbol
        self.version = version
        self.date = date
        self.publisher = publisher
        self.description = description
        self.epigraph = epigraph
        self.notes = notes
        self.licence = licence
        self.source = source
        self.language = language
        self.stem = stem
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, symbol, version, date, publisher, description, epigraph, notes, licence,
            source, language, stem
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        symbol = try c.decodeIfPresent(String.self, forKey: .symbol)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        epigraph = try c.decodeIfPresent(String.self, forKey: .epigraph)
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        licence = try c.decodeIfPresent(String.self, forKey: .licence)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        stem = try c.decodeIfPresent(String.self, forKey: .stem)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(symbol, forKey: .symbol)
        try c.encodeIfPresent(version, forKey: .version)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(epigraph, forKey: .epigraph)
        if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
        try c.encodeIfPresent(licence, forKey: .licence)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(stem, forKey: .stem)
    }
}
