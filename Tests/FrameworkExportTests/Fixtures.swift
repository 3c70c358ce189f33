import CompetencyFramework
import CompetencyTestSupport
import Foundation
import FrameworkExport
import Testing

/// The test fixtures: small frameworks as JSON, and the golden files the renderers must
/// reproduce byte for byte.
enum Fixtures {
    static let folder = FixtureFolder(bundle: .module)

    static func text(_ name: String) throws -> String {
        try folder.text(name)
    }

    static func framework(_ name: String) throws -> Framework {
        try JSONExport.decode(text(name))
    }

    /// The small framework with awkward characters in every field.
    static func small() throws -> Framework { try framework("small.framework.json") }

    /// A differently shaped framework: five levels, one domain, `DS-1.10`-style codes.
    static func digitalSkills() throws -> Framework { try framework("digital-skills.framework.json") }
}
