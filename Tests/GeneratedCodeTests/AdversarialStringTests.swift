import CompetencyFramework
import CompetencyTestSupport
import Foundation
import FrameworkLoading
import Testing

/// `Adversarial.framework.yaml` is compiled by the build plugin like any user's file; its
/// generated code must compile (or this target would not build) and reproduce every string.
@Suite struct AdversarialStringTests {
    @Test func generatedFrameworkEqualsTheParsedFile() throws {
        let path = Repository.url("Tests/GeneratedCodeTests/Adversarial.framework.yaml").path
        let parsed = try #require(FrameworkFile.load(path: path).framework)
        #expect(Adversarial.framework == parsed)
    }

    @Test func stringsAreExact() {
        let metadata = Adversarial.framework.metadata
        #expect(metadata.title == ##"Quotes " and """ and raw #"strings"# and \(interpolation)"##)
        #expect(metadata.description == "NUL \u{0} bell \u{7} escape \u{1B} line\nbreak tab\there CR\r end")
        #expect(metadata.epigraph == "bidi \u{202E}evil\u{202C} and isolates \u{2066}x\u{2069} and zero\u{200B}width")
        #expect(metadata.notes == ["🙂 emoji, e\u{301} combining, 日本語, العربية, \u{FEFF} BOM", #"backslash at end \"#])
        #expect(metadata.stem == "#if false")
        let component = Adversarial.EnumInjected.Component.allCases[1]
        #expect(component.descriptor(at: .low) == .text("#\"raw\"# ##\"\"\"## \\\\ \\\""))
        #expect(component.descriptor(at: .publicFuncX) == .gap(reason: "\"\"\""))
    }

    @Test func typedAccessFollowsTheFile() {
        #expect(Adversarial.Level.allCases.map(\.name) == [#""low""#, "public func x() {}"])
        #expect(Adversarial.Component.allCases.map(\.code) == ["1a.i", "1a.ii"])
        #expect(Adversarial.Component(code: "1A-II")?.title == "default")
    }
}
