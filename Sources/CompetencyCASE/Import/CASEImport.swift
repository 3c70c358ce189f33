import CompetencyFramework
import Foundation

/// Reads a 1EdTech CASE package (`CFPackage` JSON, version 1.0 or 1.1) as a ``Framework``,
/// with notes on everything that did not map one to one.
///
/// ```swift
/// let result = try CASEImport.read(json)
/// for note in result.notes { print("note:", note) }
/// let framework = result.framework
/// ```
///
/// ## The tree
/// The hierarchy comes from `isChildOf` associations (origin = child, destination = parent,
/// matched by identifier, then by URI). Siblings are ordered by `sequenceNumber`, then by
/// `humanCodingScheme` compared naturally (`2` before `10`), then by package order. Items
/// directly under the `CFDocument` are domains, their children subdomains, and the next
/// tier components. A tree of another shape is adapted, never cut:
/// - items deeper than the third tier become components of their subdomain, with titles
///   that keep the path (`Parent › Child`, the nearest eight tiers at most); an intermediate
///   item becomes a component itself when it has its own rubric criterion or there is no
///   rubric, and is only part of the path otherwise;
/// - a domain's children without children of their own go into a synthetic subdomain
///   (one per run of such children), titled like the domain;
/// - top-level items without children go into a synthetic domain titled like the document,
///   with one synthetic subdomain;
/// - an item with no `isChildOf` to anything in the package, or in a cycle, is placed at the
///   top level; an item with several parents stays under the first.
///
/// ## Levels and descriptors
/// With a `CFRubric` whose criteria point at items, the levels are its criterion levels:
/// grouped by `position` (named by the first `quality` seen there) when every level has a
/// position, otherwise by `quality`. A component's descriptor at a level is the criterion
/// level's `description`; a criterion level without one (or with only spaces) is a gap
/// whose reason is its `feedback` (or "the CASE package has no description at this level"),
/// and so is a level the criterion leaves out. Without a usable rubric the framework has one
/// level, `Statement` (id `statement`), and each component's descriptor there is its
/// `fullStatement`; its title is then the `abbreviatedStatement` when there is one.
///
/// ## Stages
/// The text is read as JSON, then decoded leniently into ``CFPackage`` (see there), then
/// translated; `read(_:)` given a ``CFPackage`` starts at the translation.
///
/// ## Codes and metadata
/// An item's code is its `humanCodingScheme` when that is well formed (see
/// `Code.isWellFormed`) and not already taken; otherwise it is derived from its position
/// (`1`, `1a`, `1a.i`, ...). The framework's id, date, epigraph, notes, licence, source,
/// stem, symbols, level ids and the rest come from the `extensions.competencyKit` objects
/// ``CASEExport`` writes, so importing its output gives back the same framework; for other
/// packages they are derived (see `docs/exports.md`).
public enum CASEImport {
    /// A framework read from a CASE package, and what the importer had to do to get it.
    public struct Result: Hashable, Sendable {
        /// The framework.
        public var framework: Framework
        /// Human-readable notes on what did not map one to one, in the order they arose;
        /// empty for a package ``CASEExport`` wrote.
        public var notes: [String]

        /// Creates a result.
        public init(framework: Framework, notes: [String]) {
            self.framework = framework
            self.notes = notes
        }
    }

    /// Why a text could not be read as a CASE package at all.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text is not JSON.
        case notJSON(String)
        /// The JSON is not a CFPackage (it has no `CFDocument` object).
        case notAPackage(String)

        public var description: String {
            switch self {
            case .notJSON(let detail): "the text is not JSON: \(detail)"
            case .notAPackage(let detail): "the JSON is not a CASE package: \(detail)"
            }
        }
    }

    /// The level used when a package has no rubric.
    public static let statementLevel = ProficiencyLevel(id: "statement", name: "Statement")

    /// The reason given for a level a package has no description for.
    public static let missingDescriptionReason = "the CASE package has no description at this level"

    /// The reason given at every level of an item the package's rubric has no criterion for.
    public static let missingCriterionReason = "the CASE package has no rubric criterion for this item"

    /// Reads CFPackage JSON text.
    public static func read(_ text: String) throws(Failure) -> Result {
        try read(Data(text.utf8))
    }

    /// Reads CFPackage JSON bytes.
    public static func read(_ data: Data) throws(Failure) -> Result {
        let json = try PackageParser.json(from: data)
        var result = read(try PackageParser.package(from: json))
        // First: entries left out while decoding come before anything read from the rest.
        result.notes = LeftOutEntries.notes(in: json) + result.notes
        return result
    }

    /// Reads a package already decoded (with `JSONDecoder`, say) or built in Swift.
    public static func read(_ package: CFPackage) -> Result {
        // The stages run in this order because their notes appear in it.
        var notes = ImportNotes()
        let items = PackageItems(package, notes: &notes)
        let hierarchy = Hierarchy(package.associations, items: items, notes: &notes)
        let levels = RubricLevels(package.rubrics, items: items, notes: &notes)
        let tree = ItemTree(hierarchy, items: items, notes: &notes)
        var shaper = FrameworkShaper(items: items, tree: tree, levels: levels, document: package.document)
        let domains = shaper.domains(notes: &notes)
        shaper.codes.noteDerivedCodes(&notes)
        notes.add(contentsOf: shaper.flattened)
        let metadata = MetadataReader.metadata(of: package, notes: &notes)
        return Result(
            framework: Framework(metadata: metadata, levels: levels.levels, domains: domains), notes: notes.sentences)
    }
}
