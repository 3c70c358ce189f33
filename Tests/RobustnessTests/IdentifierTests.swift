import CompetencyFramework
import CompetencyTestSupport
import FrameworkCodeGen
import Testing

/// Identifier generation is total: any title gives a valid Swift identifier, unique in its
/// scope, and never a diagnostic (only `symbol:`s can clash). Fast: no compiler, just the
/// generator and the names it declares. The property test (scripts/codegen-property.sh)
/// compiles such names for real.
@Suite struct IdentifierTests {
    static let pieces: [String] = [
        "Reading", "for", "the", "a", "of", "and", "Pleasure", "SEND", "AI", "Éducation", "Straße", "Ærø", "naïve",
        "school's", "1", "2nd", "42", "x", " ", "  ", "-", "_", "__", ".", "'", "’", "\"", "\\", "#", "`", "$", "(",
        ")",
        "e\u{301}", "\u{301}", "\u{200B}", "\u{202E}", "\u{0}", "\n", "\t", "日本語", "Ωmega", "👩‍👩‍👧", "🇬🇧", "İ", "ß", "ﬁ",
        "Self", "self", "Type", "Protocol", "Any", "any", "Swift", "CompetencyFramework", "Level", "Domain",
        "Subdomain", "Component", "Definition", "allCases", "rawValue", "path", "init", "default", "class", "true",
        "nil", "in", "is", "some", "each", "Int", "String",
    ]

    static func title(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0..<6, using: &random))
            .map { _ in pieces[Int.random(in: pieces.indices, using: &random)] }
            .joined(separator: Int.random(in: 0..<3, using: &random) == 0 ? "" : " ")
    }

    /// Each seed gives its own framework (levels, domains, subdomains, components and titles),
    /// so that a failure is reproducible from the seed.
    @Test(arguments: 0..<40)
    func randomTitlesGiveValidUniqueNames(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &* 7_919)
        let levels = (0..<Int.random(in: 1...4, using: &random)).map {
            ProficiencyLevel(id: "l\($0)", name: Self.title(&random))
        }
        var domains: [Domain] = []
        for d in 0..<Int.random(in: 1...5, using: &random) {
            var subdomains: [Subdomain] = []
            for s in 0..<Int.random(in: 1...4, using: &random) {
                let components = (0..<Int.random(in: 1...6, using: &random)).map { c in
                    Component(
                        code: Code("\(d + 1)-\(s + 1)-\(c + 1)"), title: Self.title(&random),
                        descriptors: levels.map { LevelDescriptor(level: $0.id, .text("x")) })
                }
                subdomains.append(
                    Subdomain(code: Code("\(d + 1)-\(s + 1)"), title: Self.title(&random), components: components))
            }
            domains.append(Domain(code: Code("\(d + 1)"), title: Self.title(&random), subdomains: subdomains))
        }
        let framework = Framework(
            metadata: FrameworkMetadata(id: "random-\(seed)", title: Self.title(&random)), levels: levels,
            domains: domains)
        let identifier = #/`?[A-Za-z_][A-Za-z0-9_]*`?/#
        let output = SwiftGenerator(sourceFileName: "random.framework.yaml").generate(framework)
        #expect(output.diagnostics.isEmpty, "titles alone never give a diagnostic")
        #expect(PipelineCheck.generated(output.source, diagnostics: output.diagnostics, for: framework).isEmpty)
        for line in output.source.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count >= 3 || (words.count >= 2 && words[0] == "case") else { continue }
            var name: Substring?
            if words[0] == "public", words[1] == "enum" { name = words[2].prefix { $0 != ":" } }
            if words[0] == "case", !words[1].hasPrefix(".") { name = words[1].prefix { $0 != "(" } }
            if let name {
                #expect(name.wholeMatch(of: identifier) != nil, "\(line)")
            }
        }
    }
}
