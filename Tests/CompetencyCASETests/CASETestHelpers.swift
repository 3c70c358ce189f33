import CompetencyCASE
import CompetencyFramework
import CompetencyKitInternals
import CompetencyTestSupport
import Foundation
import Testing

/// The fixtures: frameworks as JSON (copies of FrameworkExportTests'), hand-written CASE
/// packages, and the golden CASE exports.
enum Fixtures {
    static let folder = FixtureFolder(bundle: .module)

    static func text(_ name: String) throws -> String {
        try folder.text(name)
    }

    static func framework(_ name: String) throws -> Framework {
        try JSONDecoder().decode(Framework.self, from: Data(text(name).utf8))
    }

    /// The small framework with awkward characters in every field.
    static func small() throws -> Framework { try framework("small.framework.json") }

    /// A differently shaped framework: five levels, one domain, `DS-1.10`-style codes.
    static func digitalSkills() throws -> Framework { try framework("digital-skills.framework.json") }
}

/// A JSON object read with Foundation, independently of the kit's own types.
func parse(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// The objects in a JSON array read with Foundation.
func objects(_ value: Any?) -> [[String: Any]] {
    (value as? [Any] ?? []).compactMap { $0 as? [String: Any] }
}

/// CASE values to and from text, as the kit writes and reads them.
enum CASEJSON {
    /// `value` written as the export writes JSON: sorted keys, two-space indentation.
    static func write(_ value: some Encodable) throws -> String {
        JSONWriter(sortsKeys: true).write(try JSONValueEncoder().encode(value))
    }

    /// `type` decoded from `text` with Foundation's decoder.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// `value` encoded with Foundation's encoder and decoded again.
    static func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }
}

/// Small packages written by hand, as JSON text, for the importer's stages.
enum HandWritten {
    static func document(_ identifier: String = "doc", title: String = "Hand-written") -> String {
        "{\"identifier\": \"\(identifier)\", \"uri\": \"u-\(identifier)\", \"title\": \"\(title)\"}"
    }

    static func item(_ identifier: String, _ code: String? = nil, title: String? = nil) -> String {
        let code = code.map { ", \"humanCodingScheme\": \"\($0)\"" } ?? ""
        return "{\"identifier\": \"\(identifier)\", \"uri\": \"u-\(identifier)\", "
            + "\"fullStatement\": \"\(title ?? "Item " + identifier)\"\(code)}"
    }

    static func childOf(_ child: String, _ parent: String, sequence: Int? = nil, type: String = "isChildOf")
        -> String
    {
        let sequence = sequence.map { ", \"sequenceNumber\": \($0)" } ?? ""
        return "{\"associationType\": \"\(type)\"\(sequence), \"originNodeURI\": {\"identifier\": \"\(child)\"}, "
            + "\"destinationNodeURI\": {\"identifier\": \"\(parent)\"}}"
    }

    /// A package of `items` and `associations` (JSON texts) under ``document(_:title:)``.
    static func package(items: [String], associations: [String] = [], rubrics: [String] = []) -> String {
        "{\"CFDocument\": \(document()), \"CFItems\": [\(items.joined(separator: ", "))], "
            + "\"CFAssociations\": [\(associations.joined(separator: ", "))], "
            + "\"CFRubrics\": [\(rubrics.joined(separator: ", "))]}"
    }

    /// The package in `text`, decoded.
    static func decoded(_ text: String) throws -> CFPackage {
        try CASEJSON.decode(CFPackage.self, text)
    }
}
