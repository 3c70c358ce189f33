/// The vocabularies a CASE package's objects refer to; the kit uses item types and licences.
///
/// Only the fields the kit reads or writes are modelled; others in a package are ignored.
public struct CFDefinitions: Codable, Hashable, Sendable {
    /// The item types that items' `CFItemTypeURI` links point at.
    public var itemTypes: [CFItemType]?
    /// The licences that `licenseURI` links point at.
    public var licenses: [CFLicense]?

    /// Creates definitions.
    public init(itemTypes: [CFItemType]? = nil, licenses: [CFLicense]? = nil) {
        self.itemTypes = itemTypes
        self.licenses = licenses
    }

    enum CodingKeys: String, CodingKey {
        case itemTypes = "CFItemTypes"
        case licenses = "CFLicenses"
    }

    /// Reads definitions, leaving out entries that are not objects.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        itemTypes = container.lenientArray(of: CFItemType.self, forKey: .itemTypes)
        licenses = container.lenientArray(of: CFLicense.self, forKey: .licenses)
    }
}

/// A kind of ``CFItem``, such as a domain.
///
/// The schema requires every field but `typeCode`.
public struct CFItemType: Codable, Hashable, Sendable {
    /// The type's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the type is served.
    public var uri: String?
    /// The type's name, as items' `CFItemType` spell it.
    public var title: String?
    /// What items of this type are.
    public var description: String?
    /// The type's place in the hierarchy of types, such as `1`.
    public var hierarchyCode: String?
    /// A short code for the type.
    public var typeCode: String?
    /// When the type last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?

    /// Creates an item type.
    public init(
        identifier: String? = nil, uri: String? = nil, title: String? = nil, description: String? = nil,
        hierarchyCode: String? = nil, typeCode: String? = nil, lastChangeDateTime: String? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.title = title
        self.description = description
        self.hierarchyCode = hierarchyCode
        self.typeCode = typeCode
        self.lastChangeDateTime = lastChangeDateTime
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, title, description, hierarchyCode, typeCode, lastChangeDateTime
    }

    /// Reads an item type, taking a member of the wrong type as missing.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        title = container.lenientString(forKey: .title)
        description = container.lenientString(forKey: .description)
        hierarchyCode = container.lenientString(forKey: .hierarchyCode)
        typeCode = container.lenientString(forKey: .typeCode)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
    }
}

/// A licence that a ``CFDocument`` links to.
///
/// The schema requires every field.
public struct CFLicense: Codable, Hashable, Sendable {
    /// The licence's globally unique identifier, a UUID.
    public var identifier: String?
    /// Where the licence is served.
    public var uri: String?
    /// The licence's name.
    public var title: String?
    /// The licence's text.
    public var licenseText: String?
    /// When the licence last changed, an ISO 8601 date-time.
    public var lastChangeDateTime: String?

    /// Creates a licence.
    public init(
        identifier: String? = nil, uri: String? = nil, title: String? = nil, licenseText: String? = nil,
        lastChangeDateTime: String? = nil
    ) {
        self.identifier = identifier
        self.uri = uri
        self.title = title
        self.licenseText = licenseText
        self.lastChangeDateTime = lastChangeDateTime
    }

    enum CodingKeys: String, CodingKey {
        case identifier, uri, title, licenseText, lastChangeDateTime
    }

    /// Reads a licence, taking a member of the wrong type as missing.
    ///
    /// - Throws: `DecodingError` when the value is not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = container.lenientString(forKey: .identifier)
        uri = container.lenientString(forKey: .uri)
        title = container.lenientString(forKey: .title)
        licenseText = container.lenientString(forKey: .licenseText)
        lastChangeDateTime = container.lenientString(forKey: .lastChangeDateTime)
    }
}
