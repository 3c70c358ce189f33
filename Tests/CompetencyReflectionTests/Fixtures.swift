import CompetencyTestSupport
import Foundation

/// The reflection corpus (`reflection/`: the framework it is checked against, `valid` and
/// `invalid` files with `invalid/expectations.txt`) and the renderers' golden files
/// (`golden/`).
let fixtures = FixtureFolder(bundle: .module)
