import CompetencyTestSupport
import Foundation

/// The YAML-lite corpus: `valid` files with PyYAML's reading of each as JSON, and `invalid`
/// files with the diagnostic each must produce (`invalid/expectations.txt`).
let fixtures = FixtureFolder(bundle: .module)
