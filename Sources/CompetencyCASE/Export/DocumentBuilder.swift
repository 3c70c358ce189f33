import CompetencyFramework

extension PackageBuilder {
    /// The framework as the `CFDocument`: `creator` is the publisher, or the title when there
    /// is none; the licence is a link to its `CFLicense`; the rest of the metadata is in our
    /// extension.
    func document(identifier documentID: String, adoptionStatus: String) -> CFDocument {
        let metadata = framework.metadata
        return CFDocument(
            identifier: documentID, uri: uri(.documents, documentID), creator: metadata.publisher ?? metadata.title,
            title: metadata.title, lastChangeDateTime: time, caseVersion: "1.1", publisher: metadata.publisher,
            version: metadata.version, description: metadata.description, language: metadata.language,
            adoptionStatus: adoptionStatus, officialSourceURL: metadata.source.flatMap { isWebURL($0) ? $0 : nil },
            licenseURI: metadata.licence.map { link(title: $0, identifier: identifier("CFLicense"), in: .licenses) },
            notes: metadata.notes.isEmpty ? nil : metadata.notes.joined(separator: "\n\n"),
            extensions: CompetencyKitExtensions(
                CFDocument.CompetencyKitFields(
                    formatVersion: 1, id: metadata.id, symbol: metadata.symbol, date: metadata.date,
                    epigraph: metadata.epigraph, notes: metadata.notes.isEmpty ? nil : metadata.notes,
                    licence: metadata.licence, source: metadata.source, stem: metadata.stem)))
    }

    /// The item types (one per kind, `hierarchyCode` counting tiers from 1) and the licence.
    func definitions() -> CFDefinitions {
        let itemTypes = CFItem.CompetencyKitFields.Kind.allCases.enumerated().map { index, kind in
            let id = identifier("CFItemType/\(kind.rawValue)")
            return CFItemType(
                identifier: id, uri: uri(.itemTypes, id), title: kind.typeTitle, description: kind.typeDescription,
                hierarchyCode: String(index + 1), typeCode: kind.rawValue, lastChangeDateTime: time)
        }
        let licenses = framework.metadata.licence.map { licence in
            let id = identifier("CFLicense")
            return [
                CFLicense(
                    identifier: id, uri: uri(.licenses, id), title: licence, licenseText: licence,
                    lastChangeDateTime: time)
            ]
        }
        return CFDefinitions(itemTypes: itemTypes, licenses: licenses)
    }

    /// Whether `text` can be the `officialSourceURL`: an `http(s)` URL without spaces.
    private func isWebURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://"))
            && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x21 }
    }
}
