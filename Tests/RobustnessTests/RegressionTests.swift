import CompetencyCASE
import CompetencyCompiler
import CompetencyDiagnostics
@_spi(Generated) import CompetencyFramework
import CompetencyTestSupport
import Foundation
import FrameworkCodeGen
import FrameworkExport
import FrameworkLoading
import Testing

/// One test per bug the fuzzer, the property test or the hostile corpus found (see
/// docs/robustness.md for the list). Each fails on the code before its fix.
@Suite struct RegressionTests {
    static func hostile(_ name: String) -> FrameworkFile {
        FrameworkFile.load(path: fixtures.path("hostile/\(name).framework.yaml"))
    }

    static func loads(_ name: String) throws -> (FrameworkFile, String) {
        let file = FrameworkFile.load(path: fixtures.path("loads/\(name).framework.yaml"))
        let source = try #require(FrameworkCompilation(file: file).source, "\(name) does not compile")
        return (file, source)
    }

    /// A framework of one domain, `1`, and one subdomain, `1a`, holding `components`; by
    /// default one component, `1a.i`, described as "x" at every level. Level names are the
    /// ids capitalised.
    static func framework(
        _ id: String, title: String, levels: [String] = ["one"], domainTitle: String = "D",
        components: [Component]? = nil
    ) -> Framework {
        let levels = levels.map { ProficiencyLevel(id: $0, name: $0.capitalized) }
        let components =
            components ?? [
                Component(code: "1a.i", title: "C", descriptors: levels.map { .init(level: $0.id, .text("x")) })
            ]
        let subdomain = Subdomain(code: "1a", title: "S", components: components)
        return Framework(
            metadata: FrameworkMetadata(id: id, title: title), levels: levels,
            domains: [Domain(code: "1", title: domainTitle, subdomains: [subdomain])])
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
    }

    // MARK: Found by the fuzzer

    /// A message quotes the file's text (here a key written with escapes in double quotes):
    /// printed raw it could clear the terminal, reorder the line, or start a forged
    /// `path:1:1: error:` line in a build log. The message keeps the exact text.
    @Test(arguments: [
        "escaped-terminal-sequence-in-unknown-key", "newline-in-unknown-key", "bidi-in-duplicate-key",
    ])
    func diagnosticsQuotingTheFileArePrintedSafely(_ name: String) throws {
        let file = Self.hostile(name)
        let diagnostic = try #require(file.diagnostics.first { $0.code == "F101" || $0.code == "Y214" })
        #expect(diagnostic.message.unicodeScalars.contains(where: Self.isUnsafe), "the data itself is kept")
        let formatted = diagnostic.formatted(path: "x.framework.yaml")
        #expect(!formatted.unicodeScalars.contains(where: Self.isUnsafe))
        #expect(formatted.contains("\\u{"))
        #expect(!diagnostic.description.unicodeScalars.contains(where: Self.isUnsafe))
        let rendered = file.render(diagnostic)
        #expect(!rendered.unicodeScalars.contains { $0 != "\n" && Self.isUnsafe($0) })
        #expect(rendered.split(separator: "\n").count == 4, "compiler line, source line, caret, hint")
    }

    @Test func printableLeavesOrdinaryTextAlone() {
        #expect(
            Diagnostic.printable("unknown key \"titel\" — did you mean “title”? é 👍")
                == "unknown key \"titel\" — did you mean “title”? é 👍")
        #expect(Diagnostic.printable("a\u{1B}[2Jb\nc\u{202E}d\u{2028}") == "a\\u{1B}[2Jb\\u{A}c\\u{202E}d\\u{2028}")
        // The CLI's layout keeps its own line feeds and tabs.
        #expect(
            Diagnostic.printable("a\nb\tc\u{1B}\u{2028}", keepingLineFeedsAndTabs: true) == "a\nb\tc\\u{1B}\\u{2028}")
    }

    /// The generator escaped LRM and RLM in doc comments but not ARABIC LETTER MARK, the
    /// third bidirectional mark.
    @Test func arabicLetterMarkIsEscapedInDocComments() {
        let framework = Self.framework("alm", title: "Before\u{061C}after")
        let source = SwiftGenerator(sourceFileName: "alm.framework.yaml").generate(framework).source
        #expect(!source.unicodeScalars.contains("\u{061C}"))
        #expect(source.contains("/// Before\\u{61C}after"))
        #expect(PipelineCheck.generated(source, diagnostics: [], for: framework).isEmpty)
    }

    /// A descriptor of spaces only loads (with a warning), but the CASE importer took it for a
    /// missing description and made it a gap: the round trip changed the framework.
    @Test func caseRoundTripKeepsADescriptorOfSpaces() throws {
        let component = Component(
            code: "1a.i", title: "C", descriptors: [.init(level: "one", .text("  ")), .init(level: "two", .text("x"))])
        let framework = Self.framework("spaces", title: "Spaces", levels: ["one", "two"], components: [component])
        let imported = try CASEImport.read(CASEExport.render(framework))
        #expect(PipelineCheck.strictlyEqual(imported.framework, framework))
        #expect(imported.notes.isEmpty)
    }

    // MARK: Found by the hostile corpus

    /// A file with 200 warnings before its first error: the error fell past the cap, so the
    /// file loaded (with a duplicate code) and `validate` passed it.
    @Test func anErrorAfterTheCapStillStopsTheFile() {
        let file = Self.hostile("too-many-problems-then-an-error")
        #expect(file.framework == nil)
        #expect(file.hasErrors)
        #expect(file.diagnostics.contains { $0.code == "F121" })
        #expect(file.diagnostics.contains { $0.code == "F900" })
        #expect(file.diagnostics.filter { $0.code == "F150" }.count == 200)
    }

    /// `competency show` printed a descriptor's escaped control characters (ESC [2J clears
    /// the screen) and bidirectional overrides straight to the terminal.
    @Test func theCLIShowsControlCharactersInFrameworkTextAsEscapes() throws {
        let path = fixtures.path("loads/escaped-controls-in-text.framework.yaml")
        let run = try CompetencyExecutable.run(["show", "1a.i", "--framework", path])
        #expect(run.status == 0)
        #expect(!run.stdout.unicodeScalars.contains { $0 != "\n" && Self.isUnsafe($0) })
        #expect(run.stdout.contains("sequence \\u{1B}[31mlessons\\u{7} with \\u{9B}2J support."))
        let colour = try CompetencyExecutable.run(["show", "1a.i", "--framework", path, "--no-color"])
        #expect(colour.stdout == run.stdout)
    }

    // MARK: Found by the property test (each also type-checks in GeneratedSwiftTests)

    /// A symbol starting with "_" names a case and a type alike; `makeAllCases` named the type
    /// in an expression, where the name means the case, and the Swift did not compile.
    @Test func underscoreSymbolsDoNotShadowTheirTypes() throws {
        let (_, source) = try Self.loads("underscore-symbols")
        #expect(source.contains("case _5(_5.Component)"))
        #expect(source.contains("all += cases(wrappedBy: Self._5)"))
        #expect(source.contains("all += cases(wrappedBy: Self._of)"))
    }

    /// Titles (and symbols) that are Swift keywords or names the generated type relies on
    /// became the framework type's name: `enum Self`, `enum Swift` (then `Swift.Int` meant
    /// the framework), `enum Level` (then `Definition = Level` meant the nested enum).
    @Test(arguments: [
        ("Self", "Sample"), ("Swift", "Sample"), ("Level", "Sample"), ("Any", "Sample"), ("Definition", "Sample"),
        ("Domain", "Sample"), ("Component", "Sample"), ("Type", "Sample"), ("Protocol", "Sample"),
    ])
    func frameworkTypeNamesAvoidReservedNames(_ title: String, _ fallback: String) throws {
        var text = try fixtures.text("loads/title-self.framework.yaml")
        text = text.replacingOccurrences(of: "title: Self\n", with: "title: \(title)\n")
        let file = FrameworkFile.load(text: text, path: "x.framework.yaml")
        let source = try #require(FrameworkCompilation(file: file).source)
        #expect(source.contains("public enum \(fallback): CompetencyFramework.TypedFramework {"))
        let withSymbol = FrameworkFile.load(
            text: text.replacingOccurrences(of: "stem:", with: "symbol: \(title)\nstem:"), path: "x.framework.yaml")
        let fromSymbol = try #require(FrameworkCompilation(file: withSymbol).source)
        #expect(fromSymbol.contains("public enum \(fallback): CompetencyFramework.TypedFramework {"))
    }

    /// A subdomain's type named like the framework type hid it inside the domain:
    /// `typealias Definition = Class` meant the subdomain (property test, seed 3).
    @Test func subdomainTypesDoNotHideTheFrameworkType() throws {
        let (_, source) = try Self.loads("subdomain-named-like-the-framework")
        #expect(source.contains("public enum Class: CompetencyFramework.TypedFramework {"))
        #expect(!source.contains("public enum Class: Swift.Int"))
        let text = """
            id: x
            title: Class
            levels:
              - id: one
                name: One
            domains:
              - code: "1"
                title: D
                subdomains:
                  - code: 1a
                    title: S
                    symbol: Class
                    components:
                      - title: C
                        descriptors:
                          one: does it.
            """
        let compilation = FrameworkCompilation(file: FrameworkFile.load(text: text, path: "x.framework.yaml"))
        #expect(compilation.diagnostics.map(\.code) == ["G102"])
        #expect(compilation.diagnostics.first?.location.line == 12)
    }

    /// Swift rejects `\u{FDD0}` to `\u{FDEF}` in a string literal ("invalid unicode scalar"),
    /// so text holding one of those noncharacters made Swift that did not compile (property
    /// test, seed 3). The archive literal now writes them in the archive's source form.
    @Test func noncharactersThatSwiftCannotEscapeSurvive() throws {
        let (file, source) = try Self.loads("subdomain-named-like-the-framework")
        #expect(!source.contains("\\u{FDD0}") && !source.contains("\\u{FDEF}"))
        let framework = try #require(file.framework)
        let fdd0 = try #require(Unicode.Scalar(0xFDD0))  // no Swift literal can hold it
        #expect(framework.components[0].descriptors[0].descriptor.text?.unicodeScalars.contains(fdd0) == true)
        let archive = FrameworkArchive.encodeSourceForm(framework)
        #expect(!archive.unicodeScalars.contains { (0xFDD0...0xFDEF).contains($0.value) })
        #expect(FrameworkArchive.decode(sourceForm: archive) == framework)
        #expect(FrameworkArchive.decode(sourceForm: archive + "\u{10FFFF}4") == nil)
    }

    /// A framework titled "Foundation" would hide the Foundation module from the code beside it.
    @Test(arguments: ["Foundation", "XCTest", "Testing", "Dispatch"])
    func frameworkTypeNamesAvoidCommonModuleNames(_ title: String) throws {
        var text = try fixtures.text("loads/title-self.framework.yaml")
        text = text.replacingOccurrences(of: "title: Self\n", with: "title: \(title)\n")
        let source = try #require(FrameworkCompilation(file: FrameworkFile.load(text: text, path: "x")).source)
        #expect(source.contains("public enum Sample: CompetencyFramework.TypedFramework {"))
    }

    @Test func titlesThatAreKeywordsOrGeneratedNamesGetOtherNames() throws {
        let (_, source) = try Self.loads("titles-clash-with-generated-types")
        #expect(!source.contains("public enum Any "))
        #expect(!source.contains("public enum Any:"))
    }

    // MARK: Found while reading for quadratic time

    /// Many components with one title and codes that spell the same name: each was numbered
    /// by trying _2, _3, ... from the start (quadratic). The names must stay unique.
    @Test func manyCopiesOfOneTitleAreNumberedUniquely() {
        var codes: [String] = []
        let letters = Array("abcdefghijk")
        for mask in 0..<(1 << (letters.count - 1)) {
            var code = String(letters[0])
            for index in 1..<letters.count {
                if mask & (1 << (index - 1)) != 0 { code += "." }
                code.append(letters[index])
            }
            codes.append(code)
        }
        let components = codes.map {
            Component(code: Code($0), title: "Same title", descriptors: [.init(level: "one", .text("x"))])
        }
        let framework = Self.framework("copies", title: "Copies", components: components)
        let output = SwiftGenerator(sourceFileName: "copies.framework.yaml").generate(framework)
        #expect(output.diagnostics.isEmpty)
        #expect(PipelineCheck.generated(output.source, diagnostics: [], for: framework).isEmpty)
        let cases = output.source.split(separator: "\n").filter {
            $0.hasPrefix("            case ") && $0.contains(" = ")
        }
        #expect(cases.count == codes.count + 1, "the components and the one subdomain")
    }

    /// A title of many words made one candidate name per word, each a copy of the words.
    @Test func aTitleOfManyWordsGetsAShortName() {
        let title = (0..<200_000).map { "word\($0)" }.joined(separator: " ")
        let framework = Self.framework("long", title: "Long", domainTitle: title)
        let output = SwiftGenerator(sourceFileName: "long.framework.yaml").generate(framework)
        #expect(output.source.contains("    public enum Word0Word1Word2Word3Word4 {"))
    }
}
