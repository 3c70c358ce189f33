/// A whole CASE 1.1 framework in one document (`CFPackage`): the document, its items, the
/// associations between them, the definitions they refer to and the rubrics.
///
/// These types model the fields CompetencyKit reads and writes, so they can build or read a
/// package in Swift; ``CASEExport`` and ``CASEImport`` turn them to and from a `Framework`.
/// Decoding is lenient, because packages come from many tools: members the types do not
/// model are ignored, a member of the wrong type is read as missing, and an array element
/// that is not an object is left out. Only a package without a `CFDocument` object fails.
public struct CFPackage: Codable, Hashable, Sendable {
    /// The framework itself.
    public var document: CFDocument
    /// The framework's statements, in package order.
    public var items: [CFItem]
    /// The relations between the document and items; `isChildOf` ones make the tree.
    public var associations: [CFAssociation]
    /// The item types and licences the objects refer to.
    public var definitions: CFDefinitions?
    /// The rubrics; the kit writes one, holding the levels.
    public var rubrics: [CFRubric]

    /// Creates a package.
    public init(
        document: CFDocument, items: [CFItem] = [], associations: [CFAssociation] = [],
        definitions: CFDefinitions? = nil, rubrics: [CFRubric] = []
    ) {
        self.document = document
        self.items = items
        self.associations = associations
        self.definitions = definitions
        self.rubrics = rubrics
    }

    enum CodingKeys: String, CodingKey {
        case document = "CFDocument"
        case items = "CFItems"
        case associations = "CFAssociations"
        case definitions = "CFDefinitions"
        case rubrics = "CFRubrics"
    }

    /// The member some servers wrap a package in, `{"CFPackage": {...}}`.
    enum EnvelopeKeys: String, CodingKey {
        case package = "CFPackage"
    }

    /// Reads a package, or a package wrapped as `{"CFPackage": {...}}`.
    ///
    /// - Throws: `DecodingError` when the value (or the wrapped value) is not an object, or has
    ///   no `CFDocument` object; its debug description says which.
    public init(from decoder: any Decoder) throws {
        var container: KeyedDecodingContainer<CodingKeys>
        do {
            container = try decoder.container(keyedBy: CodingKeys.self)
            let envelope = try decoder.container(keyedBy: EnvelopeKeys.self)
            if !container.contains(.document), envelope.contains(.package) {
                container = try envelope.nestedContainer(keyedBy: CodingKeys.self, forKey: .package)
            }
        } catch {
            throw DecodingError.typeMismatch(
                CFPackage.self,
                .init(codingPath: decoder.codingPath, debugDescription: "the top level is not an object"))
        }
        do {
            document = try container.decode(CFDocument.self, forKey: .document)
        } catch {
            throw DecodingError.keyNotFound(
                CodingKeys.document,
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "there is no \"\(CodingKeys.document.stringValue)\" object"))
        }
        items = container.lenientArray(of: CFItem.self, forKey: .items) ?? []
        associations = container.lenientArray(of: CFAssociation.self, forKey: .associations) ?? []
        definitions = container.lenient(CFDefinitions.self, forKey: .definitions)
        rubrics = container.lenientArray(of: CFRubric.self, forKey: .rubrics) ?? []
    }
}
