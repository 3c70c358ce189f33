import CompetencyTestSupport
import Foundation

/// The generator's fixtures: `golden` frameworks with the Swift they must generate, and an
/// `invalid` file the generator must refuse.
let fixtures = FixtureFolder(bundle: .module)
