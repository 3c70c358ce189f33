import CommandLineParsing
import CompetencyFramework

/// `competency domains`: the domains with their codes, titles and sizes.
struct DomainsCommand: FrameworkSummaryCommand {
    static let configuration = CommandConfiguration(
        name: "domains",
        abstract: "The domains, with codes, titles and subdomain counts.",
        discussion: "Use \"competency show CODE\" to read a domain's description and subdomains, "
            + "or \"competency tree\" for the whole hierarchy.",
        options: [CommonOptions.json, CommonOptions.framework],
        examples: [
            ("competency domains", "the Leadership Toolkit's four domains"),
            ("competency domains --json", "codes, titles and counts as JSON"),
        ])

    /// The JSON form of one domain.
    struct Entry: Encodable {
        struct SubdomainEntry: Encodable {
            var code: Code
            var title: String
            var componentCount: Int
        }
        var code: Code
        var title: String
        var description: String?
        var subdomainCount: Int
        var componentCount: Int
        var subdomains: [SubdomainEntry]
    }

    let json: Bool

    init(_ arguments: ParsedArguments) {
        json = arguments[CommonOptions.json]
    }

    func jsonForm(of framework: Framework) -> [Entry] {
        framework.domains.map { domain in
            Entry(
                code: domain.code, title: domain.title, description: domain.description,
                subdomainCount: domain.subdomains.count, componentCount: domain.components.count,
                subdomains: domain.subdomains.map {
                    Entry.SubdomainEntry(code: $0.code, title: $0.title, componentCount: $0.components.count)
                })
        }
    }

    func text(of framework: Framework, layout: TextLayout) -> String {
        var out = layout.paragraph(
            .strong(framework.metadata.title) + StyledText(": \(Plural.count(framework.domains.count, "domain"))"))
        out += "\n"
        let column = (framework.domains.map(\.code.rawValue.count).max() ?? 1) + 2
        for domain in framework.domains {
            let counts =
                "\(Plural.count(domain.subdomains.count, "subdomain")), \(Plural.count(domain.components.count, "component"))"
            out += layout.hanging(
                .strong(domain.code.rawValue), column: column,
                StyledText(domain.title) + .dim("  (\(counts))"))
        }
        return out
    }
}
