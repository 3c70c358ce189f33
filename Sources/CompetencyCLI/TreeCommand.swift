import CommandLineParsing
import CompetencyFramework

/// `competency tree`: the whole hierarchy of codes and titles, like a printed "smart card".
struct TreeCommand: Command {
    static let depth = Option<Int>(
        "--depth", value: "N", help: "How many levels of the hierarchy to show: 1, 2 or 3 (default 3).", range: 1...3,
        requirement: "must be 1, 2 or 3")

    static let configuration = CommandConfiguration(
        name: "tree",
        abstract: "The hierarchy of domains, subdomains and components.",
        discussion: "Codes line up in columns and long titles wrap under themselves. "
            + "--depth 1 shows domains only, 2 adds subdomains, 3 (the default) adds components.",
        options: [depth, CommonOptions.json, CommonOptions.framework],
        examples: [
            ("competency tree", "every code and title"),
            ("competency tree --depth 2", "domains and subdomains only"),
            ("COLUMNS=60 competency tree", "wrapped for a narrow window"),
        ])

    /// The JSON form: the framework's id and title and its nodes' codes and titles.
    struct Tree: Encodable {
        var id: String
        var title: String
        var domains: [Node]
    }

    struct Node: Encodable {
        var code: Code
        var title: String
        var subdomains: [Node]?
        var components: [Node]?
    }

    let json: Bool
    let depth: Int

    init(_ arguments: ParsedArguments) {
        json = arguments[CommonOptions.json]
        depth = arguments[Self.depth] ?? 3
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        if json {
            try context.printJSON(tree(framework))
            return .success
        }
        let layout = context.layout
        var out = layout.paragraph(.strong(framework.metadata.title))
        // One column per depth across the whole framework, so that codes line up everywhere.
        let domainColumn = Self.column(framework.domains.map(\.code))
        let subdomainColumn = domainColumn + Self.column(framework.subdomains.map(\.code))
        let componentColumn = subdomainColumn + Self.column(framework.components.map(\.code))
        for domain in framework.domains {
            out += "\n"
            out += layout.hanging(.strong(domain.code.rawValue), column: domainColumn, .strong(domain.title))
            guard depth >= 2 else { continue }
            for subdomain in domain.subdomains {
                out += layout.hanging(
                    .strong(subdomain.code.rawValue), column: subdomainColumn, StyledText(subdomain.title),
                    leading: domainColumn)
                guard depth >= 3 else { continue }
                for component in subdomain.components {
                    out += layout.hanging(
                        .dim(component.code.rawValue), column: componentColumn, StyledText(component.title),
                        leading: subdomainColumn)
                }
            }
        }
        context.print(out)
        return .success
    }

    /// The width of a column of codes, with two spaces after the longest.
    static func column(_ codes: [Code]) -> Int {
        (codes.map(\.rawValue.count).max() ?? 0) + 2
    }

    private func tree(_ framework: Framework) -> Tree {
        Tree(
            id: framework.metadata.id, title: framework.metadata.title,
            domains: framework.domains.map { domain in
                Node(
                    code: domain.code, title: domain.title,
                    subdomains: depth < 2
                        ? nil
                        : domain.subdomains.map { subdomain in
                            Node(
                                code: subdomain.code, title: subdomain.title, subdomains: nil,
                                components: depth < 3
                                    ? nil
                                    : subdomain.components.map {
                                        Node(code: $0.code, title: $0.title, subdomains: nil, components: nil)
                                    })
                        },
                    components: nil)
            })
    }
}
