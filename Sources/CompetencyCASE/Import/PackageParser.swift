import CompetencyKitInternals
import Foundation

/// The first stage of an import: bytes → JSON → ``CFPackage``. Reading the JSON whole first
/// means any text `JSONDecoder` cannot read fails here, with its message and the path of the
/// offending value (`Path: CFItems[3].sequenceNumber`), before meaning is given to anything.
enum PackageParser {
    static func json(from data: Data) throws(CASEImport.Failure) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .notJSON(String(describing: error))
        }
    }

    /// The package in `json`: every member is read leniently, so only a top level that is not
    /// an object, or a missing `CFDocument` object, fails.
    static func package(from json: JSONValue) throws(CASEImport.Failure) -> CFPackage {
        do {
            return try JSONValueDecoder().decode(CFPackage.self, from: json)
        } catch let error as DecodingError {
            throw .notAPackage(reason(error))
        } catch {
            throw .notAPackage(String(describing: error))
        }
    }

    /// What `CFPackage` said was wrong, with where when that is not the top level.
    private static func reason(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found),
            .dataCorrupted(let found):
            context = found
        @unknown default:
            return String(describing: error)
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? context.debugDescription : "\(context.debugDescription) (at \(path))"
    }
}
