import CompetencyTestSupport
import Foundation

/// This target's corpus: `hostile` files with the diagnostic each must produce
/// (`hostile/expectations.txt`), `findings` (the fuzzer's), and `loads` (hostile text that
/// is fine and must load and compile).
let fixtures = FixtureFolder(bundle: .module)
