import CompetencyFramework
import CompetencyKitInternals

/// The framework's metadata from the `CFDocument`: the title, version, description,
/// language and publisher always from its standard fields (so edits made in a CASE editor are
/// kept); the id, date, notes, licence, source, symbol, epigraph and stem from our extension
/// when it is there, and otherwise derived from the standard fields.
enum MetadataReader {
    static func metadata(of package: CFPackage, notes: inout ImportNotes) -> FrameworkMetadata {
        let document = package.document
        let ours = document.extensions?.competencyKit
        var title = document.title ?? ""
        if title.isEmpty {
            title = "Untitled framework"
            notes.add("The CFDocument has no title; the framework is called \"\(title)\".")
        }
        // Another tool's `creator` is the publisher, unless it only repeats the title (as our
        // export writes it when there is no publisher).
        let creator = ours == nil && document.creator != title ? document.creator : nil
        let id = ours?.id.flatMap { $0.isEmpty ? nil : $0 } ?? KebabCase.from(title, fallback: "case-framework")
        var metadata = FrameworkMetadata(
            id: id, title: title, symbol: ours?.symbol, version: document.version,
            publisher: document.publisher ?? creator, description: document.description, epigraph: ours?.epigraph,
            language: document.language, stem: ours?.stem)
        if let ours {
            metadata.date = ours.date
            metadata.notes = ours.notes ?? []
            metadata.licence = ours.licence
            metadata.source = ours.source
        } else {
            let changed = String((document.lastChangeDateTime ?? "").prefix(10))
            metadata.date = ISODate.isValid(changed) && changed != "1970-01-01" ? changed : nil
            metadata.notes = paragraphs(document.notes ?? "")
            metadata.licence = licenceTitle(of: package)
            metadata.source = document.officialSourceURL
        }
        return metadata
    }

    /// The title of the `CFLicense` the document's `licenseURI` points at, else the link's.
    private static func licenceTitle(of package: CFPackage) -> String? {
        guard let link = package.document.licenseURI else { return nil }
        let licences = package.definitions?.licenses ?? []
        for licence in licences where licence.identifier == link.identifier {
            if let title = licence.title { return title }
        }
        return link.title
    }

    /// `text` split at blank lines, each paragraph's lines kept as they are.
    private static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingSpaces.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(String(line))
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }
}
