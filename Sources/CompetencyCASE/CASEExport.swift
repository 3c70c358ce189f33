import CompetencyFramework
import CompetencyKitInternals

/// The framework as a 1EdTech CASE 1.1 package (`CFPackage` JSON), valid against the
/// official CASE 1.1 CFPackage JSON Schema.
///
/// - The framework is the `CFDocument` (`creator` is the publisher, or the title when there
///   is none; `caseVersion` is `"1.1"`).
/// - Every domain, subdomain and component is a `CFItem` (`fullStatement` = title,
///   `humanCodingScheme` = code, `CFItemType` = `Domain`, `Subdomain` or `Component`, with a
///   `CFItemTypeURI` to the matching `CFItemType` in `CFDefinitions`). A domain's or
///   subdomain's description goes in `notes`, followed by its editorial notes after a blank
///   line; a component's editorial notes go in `notes`.
/// - The tree is `isChildOf` `CFAssociations` with `sequenceNumber` counting siblings from
///   1; domains are children of the `CFDocument`.
/// - The levels are one `CFRubric` with a `CFRubricCriterion` per component (`CFItemURI` →
///   the component, `position` counting components from 1), each with a
///   `CFRubricCriterionLevel` per level: `quality` = level name, `position` and `score` =
///   the level's position from 1, `description` = the descriptor. A gap has no
///   `description`; its reason is the `feedback`.
/// - A licence is a `CFLicense` in `CFDefinitions`, linked from `licenseURI`; a source that
///   is an `http(s)` URL is also the `officialSourceURL`.
/// - What CASE has no field for (framework id, symbols, date, epigraph, notes, licence,
///   source, stem, the levels' ids, summaries and indicators, descriptions and notes kept
///   apart) is in `extensions.competencyKit` objects, so that ``CASEImport`` gives back the
///   same framework. (`CFRubricCriterionLevel.extensions` is an array in the schema; it holds
///   one such object.)
///
/// Identifiers are version 5 UUIDs derived from the framework id and each element's kind and
/// code (see ``identifier(frameworkID:name:)``), so re-exporting keeps every identity. URIs
/// are `{baseURI}/{CFDocuments|CFItems|CFAssociations|...}/{identifier}`. Every
/// `lastChangeDateTime` is the framework's `date` at midnight UTC, or
/// `1970-01-01T00:00:00Z` when the framework has no valid date: the clock is never read,
/// and the same framework gives the same bytes. Keys are sorted, as in ``JSONExport``.
public enum CASEExport {
    /// The base of every URI unless another is given: a reserved `.invalid` host, because the
    /// package is not served anywhere until someone publishes it.
    public static let defaultBaseURI = "https://competencykit.invalid/case"

    /// The `adoptionStatus` written unless another is given.
    public static let defaultAdoptionStatus = "Draft"

    /// The timestamp used when the framework has no valid date.
    public static let epoch = "1970-01-01T00:00:00Z"

    /// The namespace of every identifier: the version 5 UUID of the URL
    /// `https://competencykit.org/case` in the RFC 9562 URL namespace,
    /// `bc69075f-3b4d-54e4-bb5c-763d8e7bce09`.
    public static let namespace = "bc69075f-3b4d-54e4-bb5c-763d8e7bce09"

    private static let namespaceBytes = NameBasedUUID.bytes(
        namespace: NameBasedUUID.urlNamespace, name: "https://competencykit.org/case")

    /// The CFPackage JSON, pretty-printed with sorted keys and ending with a newline.
    ///
    /// - Parameters:
    ///   - framework: The framework to export.
    ///   - baseURI: Where the package's objects will be served; URIs are
    ///     `{baseURI}/CFItems/{identifier}` and so on. A trailing `/` is ignored.
    ///   - adoptionStatus: The document's `adoptionStatus`, such as `Draft` or `Adopted`.
    public static func render(
        _ framework: Framework, baseURI: String = defaultBaseURI, adoptionStatus: String = defaultAdoptionStatus
    ) -> String {
        JSONWriter(sortsKeys: true).write(package(framework, baseURI: baseURI, adoptionStatus: adoptionStatus))
    }

    /// The identifier of one element of the framework `frameworkID`: the version 5 UUID of
    /// `"{frameworkID}/{name}"` in ``namespace``, lower-case 8-4-4-4-12. The names are
    /// `CFDocument`, `CFItem/{kind}/{code}`, `CFAssociation/isChildOf/{kind}/{code}`,
    /// `CFItemType/{kind}`, `CFLicense`, `CFRubric`, `CFRubricCriterion/{code}` and
    /// `CFRubricCriterionLevel/{code}/{level id}`, where kind is `domain`, `subdomain` or
    /// `component` and code is written as the framework writes it.
    public static func identifier(frameworkID: String, name: String) -> String {
        NameBasedUUID.string(namespace: namespaceBytes, name: frameworkID + "/" + name)
    }

    /// The `lastChangeDateTime` of every object: the framework's date at midnight UTC, or
    /// ``epoch``.
    public static func lastChangeDateTime(of framework: Framework) -> String {
        guard let date = framework.metadata.date, ISODate.isValid(date) else { return epoch }
        return date + "T00:00:00Z"
    }

    // MARK: - Building the package

    private struct Context {
        let framework: Framework
        let base: String
        let time: String
        /// Each level's name and position by id (the first level with an id wins), made once:
        /// a framework may have many levels, and every component looks each one up.
        let levelNames: [String: String]
        let levelPositions: [String: Int]

        init(framework: Framework, base: String, time: String) {
            self.framework = framework
            self.base = base
            self.time = time
            levelNames = framework.levelNamesByID
            levelPositions = framework.levelPositionsByID
        }

        func identifier(_ name: String) -> String {
            CASEExport.identifier(frameworkID: framework.metadata.id, name: name)
        }

        func uri(_ collection: String, _ identifier: String) -> String {
            "\(base)/\(collection)/\(identifier)"
        }

        func link(title: String, identifier: String, collection: String) -> JSONValue {
            .object([
                ("title", .string(title)), ("identifier", .string(identifier)),
                ("uri", .string(uri(collection, identifier))),
            ])
        }
    }

    private enum Kind: String, CaseIterable {
        case domain, subdomain, component

        var typeTitle: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        var typeDescription: String {
            switch self {
            case .domain: "A top-level area of the framework."
            case .subdomain: "A group of components within a domain."
            case .component: "One practice, described at every proficiency level."
            }
        }
    }

    private static func package(_ framework: Framework, baseURI: String, adoptionStatus: String) -> JSONValue {
        var base = baseURI
        while base.hasSuffix("/") { base.removeLast() }
        let context = Context(framework: framework, base: base, time: lastChangeDateTime(of: framework))
        let metadata = framework.metadata
        let documentID = context.identifier("CFDocument")
        let documentLink = context.link(title: metadata.title, identifier: documentID, collection: "CFDocuments")

        var items: [JSONValue] = []
        var associations: [JSONValue] = []
        func add(
            _ kind: Kind, code: Code, title: String, notes: String?, extra: [(String, JSONValue?)],
            parent: JSONValue, sequence: Int
        ) -> JSONValue {
            let id = context.identifier("CFItem/\(kind.rawValue)/\(code.rawValue)")
            let typeID = context.identifier("CFItemType/\(kind.rawValue)")
            items.append(
                .object([
                    ("identifier", .string(id)), ("uri", .string(context.uri("CFItems", id))),
                    ("fullStatement", .string(title)), ("humanCodingScheme", .string(code.rawValue)),
                    ("CFItemType", .string(kind.typeTitle)),
                    (
                        "CFItemTypeURI",
                        context.link(title: kind.typeTitle, identifier: typeID, collection: "CFItemTypes")
                    ),
                    ("notes", notes.map(JSONValue.string)), ("lastChangeDateTime", .string(context.time)),
                    ("extensions", extensions([("kind", .string(kind.rawValue))] + extra)),
                ]))
            let link = context.link(title: title, identifier: id, collection: "CFItems")
            let associationID = context.identifier("CFAssociation/isChildOf/\(kind.rawValue)/\(code.rawValue)")
            associations.append(
                .object([
                    ("identifier", .string(associationID)),
                    ("uri", .string(context.uri("CFAssociations", associationID))),
                    ("associationType", .string("isChildOf")), ("sequenceNumber", .int(sequence)),
                    ("originNodeURI", link), ("destinationNodeURI", parent),
                    ("lastChangeDateTime", .string(context.time)),
                ]))
            return link
        }

        var criteria: [JSONValue] = []
        let rubricID = context.identifier("CFRubric")
        for (d, domain) in framework.domains.enumerated() {
            let domainLink = add(
                .domain, code: domain.code, title: domain.title,
                notes: joined(domain.description, domain.notes),
                extra: [
                    ("symbol", domain.symbol.map(JSONValue.string)),
                    ("description", domain.description.map(JSONValue.string)),
                    ("notes", domain.notes.map(JSONValue.string)),
                ],
                parent: documentLink, sequence: d + 1)
            for (s, subdomain) in domain.subdomains.enumerated() {
                let subdomainLink = add(
                    .subdomain, code: subdomain.code, title: subdomain.title,
                    notes: joined(subdomain.description, subdomain.notes),
                    extra: [
                        ("symbol", subdomain.symbol.map(JSONValue.string)),
                        ("description", subdomain.description.map(JSONValue.string)),
                        ("notes", subdomain.notes.map(JSONValue.string)),
                    ],
                    parent: domainLink, sequence: s + 1)
                for (c, component) in subdomain.components.enumerated() {
                    let componentLink = add(
                        .component, code: component.code, title: component.title, notes: component.notes,
                        extra: [
                            ("symbol", component.symbol.map(JSONValue.string)),
                            ("notes", component.notes.map(JSONValue.string)),
                        ],
                        parent: subdomainLink, sequence: c + 1)
                    criteria.append(
                        criterion(
                            component, link: componentLink, position: criteria.count + 1, rubricID: rubricID,
                            context: context))
                }
            }
        }

        var definitions: [(String, JSONValue?)] = [
            (
                "CFItemTypes",
                .array(
                    Kind.allCases.enumerated().map { index, kind in
                        let id = context.identifier("CFItemType/\(kind.rawValue)")
                        return .object([
                            ("identifier", .string(id)), ("uri", .string(context.uri("CFItemTypes", id))),
                            ("title", .string(kind.typeTitle)), ("description", .string(kind.typeDescription)),
                            ("hierarchyCode", .string(String(index + 1))), ("typeCode", .string(kind.rawValue)),
                            ("lastChangeDateTime", .string(context.time)),
                        ])
                    })
            )
        ]
        var licenseLink: JSONValue?
        if let licence = metadata.licence {
            let id = context.identifier("CFLicense")
            licenseLink = context.link(title: licence, identifier: id, collection: "CFLicenses")
            definitions.append(
                (
                    "CFLicenses",
                    .array([
                        .object([
                            ("identifier", .string(id)), ("uri", .string(context.uri("CFLicenses", id))),
                            ("title", .string(licence)), ("licenseText", .string(licence)),
                            ("lastChangeDateTime", .string(context.time)),
                        ])
                    ])
                ))
        }

        let document = JSONValue.object([
            ("identifier", .string(documentID)), ("uri", .string(context.uri("CFDocuments", documentID))),
            ("creator", .string(metadata.publisher ?? metadata.title)), ("title", .string(metadata.title)),
            ("lastChangeDateTime", .string(context.time)), ("caseVersion", .string("1.1")),
            ("publisher", metadata.publisher.map(JSONValue.string)),
            ("version", metadata.version.map(JSONValue.string)),
            ("description", metadata.description.map(JSONValue.string)),
            ("language", metadata.language.map(JSONValue.string)), ("adoptionStatus", .string(adoptionStatus)),
            ("officialSourceURL", metadata.source.flatMap { isWebURL($0) ? .string($0) : nil }),
            ("licenseURI", licenseLink),
            ("notes", metadata.notes.isEmpty ? nil : .string(metadata.notes.joined(separator: "\n\n"))),
            (
                "extensions",
                extensions([
                    ("formatVersion", .int(1)), ("id", .string(metadata.id)),
                    ("symbol", metadata.symbol.map(JSONValue.string)),
                    ("date", metadata.date.map(JSONValue.string)),
                    ("epigraph", metadata.epigraph.map(JSONValue.string)),
                    ("notes", metadata.notes.isEmpty ? nil : .array(metadata.notes.map(JSONValue.string))),
                    ("licence", metadata.licence.map(JSONValue.string)),
                    ("source", metadata.source.map(JSONValue.string)),
                    ("stem", metadata.stem.map(JSONValue.string)),
                ])
            ),
        ])

        let levels = JSONValue.array(
            framework.levels.map { level in
                JSONValue.object([
                    ("id", .string(level.id)), ("name", .string(level.name)),
                    ("summary", level.summary.map(JSONValue.string)),
                    ("indicators", level.indicators.isEmpty ? nil : .array(level.indicators.map(JSONValue.string))),
                    ("symbol", level.symbol.map(JSONValue.string)),
                ])
            })
        let rubric = JSONValue.object([
            ("identifier", .string(rubricID)), ("uri", .string(context.uri("CFRubrics", rubricID))),
            ("title", .string("\(metadata.title): proficiency levels")),
            ("description", metadata.stem.map { .string("Each level's description continues the stem \"\($0)\".") }),
            ("lastChangeDateTime", .string(context.time)), ("CFRubricCriteria", .array(criteria)),
            ("extensions", extensions([("levels", levels)])),
        ])

        return .object([
            ("CFDocument", document), ("CFItems", .array(items)), ("CFAssociations", .array(associations)),
            ("CFDefinitions", .object(definitions)), ("CFRubrics", .array([rubric])),
        ])
    }

    private static func criterion(
        _ component: Component, link: JSONValue, position: Int, rubricID: String, context: Context
    ) -> JSONValue {
        let code = component.code.rawValue
        let id = context.identifier("CFRubricCriterion/\(code)")
        let levels = component.descriptors.enumerated().map { index, entry -> JSONValue in
            let levelID = context.identifier("CFRubricCriterionLevel/\(code)/\(entry.level)")
            let levelPosition = (context.levelPositions[entry.level] ?? index) + 1
            var members: [(String, JSONValue?)] = [
                ("identifier", .string(levelID)), ("uri", .string(context.uri("CFRubricCriterionLevels", levelID))),
                ("quality", .string(context.levelNames[entry.level] ?? entry.level)), ("position", .int(levelPosition)),
                ("score", .int(levelPosition)), ("rubricCriterionId", .string(id)),
                ("lastChangeDateTime", .string(context.time)),
                ("extensions", .array([extensions([("level", .string(entry.level))])])),
            ]
            switch entry.descriptor {
            case .text(let text): members.append(("description", .string(text)))
            case .gap(let reason): members.append(("feedback", .string(reason)))
            }
            return .object(members)
        }
        return .object([
            ("identifier", .string(id)), ("uri", .string(context.uri("CFRubricCriteria", id))),
            ("CFItemURI", link), ("position", .int(position)), ("rubricId", .string(rubricID)),
            ("lastChangeDateTime", .string(context.time)), ("CFRubricCriterionLevels", .array(levels)),
        ])
    }

    /// Our extension object: `{"competencyKit": {...}}`.
    static func extensions(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object([("competencyKit", .object(members))])
    }

    private static func joined(_ first: String?, _ second: String?) -> String? {
        switch (first, second) {
        case (let a?, let b?): a + "\n\n" + b
        case (let a?, nil): a
        case (nil, let b?): b
        case (nil, nil): nil
        }
    }

    private static func isWebURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://"))
            && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x21 }
    }
}
