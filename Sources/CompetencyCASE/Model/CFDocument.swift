/// The framework itself in a CASE package: its title, publisher and status.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
/// Every field is optional because packages from elsewhere may lack any of them, though the
/// schema requires `identifier`, `uri`, `creator`, `title` and `lastChangeDateTime`.
public struct CFDocument: Codable, Hashable, Sendable {
    /// The document's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the document is served.
    public var uri: String?
    /// Who authorised or created the framework (required by the schema).
    public var creator: String?
    /// The framework's title.
    public var title: String?
    /// When the document last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?
    /// The CASE version the document follows, `"1.1"`.
    public var caseVersion: String?
    /// Who makes the framework available.
    public var publisher: String?
    /// The framework's version.
    public var version: String?
    /// A description of the framework.
    public var description: String?
    /// The framework's language, such as `en`.
    public var language: String?
    /// The framework's status, such as `Draft` or `Adopted`.
    public var adoptionStatus: String?
    /// Where the framework's original is published.
    public var officialSourceURL: String?
    /// The framework's licence, a link to a ``CFLicense`` in the package's definitions.
    public var licenseURI: LinkURI?
    /// Notes on the framework.
    public var notes: String?
    /// What the kit keeps beyond CASE's fields.
    public var extensions: CompetencyKitExtensions<CompetencyKitFields>?

    /// Creates a document.
    public init(
        identifier: String? = nil, uri: String? = nil, creator: String? = nil, title: String? = nil,
        lastChangeDateTime: String? = nil, caseVersion: String? = nil, publisher: String? = nil,
        version: String? = nil, description: String? = nil, language: String? = nil,
        adoptionStatus: String? = nil, officialSourceURL: String? = nil, licenseURI: LinkURI? = nil,
        notes: String? = nil, extensions: CompetencyKitExtensions<CompetencyKitFields>? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.creator = creator
        self.title = title
        self.lastChangeDateTime = lastChangeDateTime
        self.caseVersion = caseVersion
        self.publisher = publisher
        self.version = version
        self.description = description
        self.language = language
        self.adoptionStatus = adoptionStatus
        self.officialSourceURL = officialSourceURL
        self.licenseURI = licenseURI
        self.notes = notes
        self.extensions = extensions
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, creator, title, lastChangeDateTime, caseVersion, publisher, version, description
        case language, adoptionStatus, officialSourceURL, licenseURI, notes, extensions
    }

    /// Reads a document, taking a member of the wrong type as missing.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        creator = container.lenientString(forKey: .creator)
        title = container.lenientString(forKey: .title)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
        caseVersion = container.lenientString(forKey: .caseVersion)
        publisher = container.lenientString(forKey: .publisher)
        version = container.lenientString(forKey: .version)
        description = container.lenientString(forKey: .description)
        language = container.lenientString(forKey: .language)
        adoptionStatus = container.lenientString(forKey: .adoptionStatus)
        officialSourceURL = container.lenientString(forKey: .officialSourceURL)
        licenseURI = container.lenient(LinkURI.self, forKey: .licenseURI)
        notes = container.lenientString(forKey: .notes)
        extensions = container.lenient(CompetencyKitExtensions.self, forKey: .extensions)
    }
}
