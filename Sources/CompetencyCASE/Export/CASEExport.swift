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
        let package = package(framework, baseURI: baseURI, adoptionStatus: adoptionStatus)
        // The tree encoder throws only when a value's own `encode(to:)` does; the CASE types'
        // never do.
        let json = try! JSONValueEncoder().encode(package)
        return JSONWriter(sortsKeys: true).write(json)
    }

    /// The framework as a CASE package, to inspect or change before writing it with
    /// `JSONEncoder` (``render(_:baseURI:adoptionStatus:)`` writes it the same on every
    /// platform).
    ///
    /// - Parameters:
    ///   - framework: The framework to export.
    ///   - baseURI: Where the package's objects will be served. A trailing `/` is ignored.
    ///   - adoptionStatus: The document's `adoptionStatus`, such as `Draft` or `Adopted`.
    public static func package(
        _ framework: Framework, baseURI: String = defaultBaseURI, adoptionStatus: String = defaultAdoptionStatus
    ) -> CFPackage {
        var base = baseURI
        while base.hasSuffix("/") { base.removeLast() }
        return PackageBuilder(framework: framework, base: base).package(adoptionStatus: adoptionStatus)
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
}
