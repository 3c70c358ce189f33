import CompetencyTestSupport
import Foundation

/// The loader's corpus: `valid` files that load without a diagnostic, and `invalid` files
/// with the diagnostic each must produce (`invalid/expectations.txt`).
let fixtures = FixtureFolder(bundle: .module)
