import CommandLineParsing
import CompetencyFramework

/// `competency show CODE`: one domain, subdomain or component.
struct ShowCommand: Command {
    static let code = Argument(
        "CODE", help: "The code of a domain (2), subdomain (2a) or component (2a.iii).", example: "2a.iii")
    static let level = Option<String>(
        "--level", value: "LEVEL",
        help: "Only this level: its id, its name or an unambiguous start of either (high-impact, \"High impact\").")

    static let configuration = CommandConfiguration(
        name: "show",
        abstract: "A domain, subdomain or component, at every level.",
        discussion: "For a component: its code, title and place in the framework, then its descriptor at "
            + "every level under the level's name, with the framework's stem (\"A leader will ...\") shown once. "
            + "Declared gaps are shown as gaps, with their reason. For a domain or subdomain: its description "
            + "and what it contains. Codes are read tolerantly: 2A-III finds 2a.iii.",
        arguments: [code],
        options: [level, CommonOptions.json, CommonOptions.framework],
        examples: [
            ("competency show 2a.iii", "a component at every level"),
            ("competency show 2A-III --level high-impact", "one level only"),
            ("competency show 2a", "a subdomain and its components"),
            ("competency show 2a.iii --json", "the component as JSON, with kind and parent"),
        ])

    let code: String
    let levelName: String?
    let json: Bool

    init(_ arguments: ParsedArguments) {
        code = arguments[Self.code] ?? ""
        levelName = arguments[Self.level]
        json = arguments[CommonOptions.json]
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        let lookup = CodeLookup(framework: framework)
        let (path, found) = try lookup.node(code)
        let level = try levelName.map { name throws(CommandError) in try LevelLookup(framework: framework).level(name) }
        let node = level.map { found.keepingDescriptors(at: $0.id) } ?? found
        let ancestors = lookup.ancestors(of: path)
        if json {
            try context.printJSON(NodeJSON(node: node, parent: ancestors.last))
            return .success
        }
        let renderer = NodeRenderer(framework: framework, layout: context.layout)
        var out = renderer.header(node, ancestors: ancestors)
        switch node {
        case .component(let component):
            out += renderer.descriptors(of: component)
            if let notes = component.notes {
                out += "\n" + context.layout.paragraph(.dim("Notes: " + notes))
            }
        case .domain, .subdomain:
            out += renderer.contents(of: node, level: level)
        }
        context.print(out)
        return .success
    }
}

/// The text layout of nodes shared by `show` and `compare`.
struct NodeRenderer {
    let framework: Framework
    let layout: TextLayout

    /// The indent of descriptor text under a level name.
    static let descriptorIndent = 2

    /// The code and title, then where the node sits (or, for a domain, what it holds).
    func header(_ node: FrameworkNode, ancestors: [FrameworkNode]) -> String {
        let column = node.code.rawValue.count + 2
        var out = layout.hanging(.strong(node.code.rawValue), column: column, .strong(node.title))
        var context: [StyledText] = []
        switch node {
        case .domain(let domain):
            context.append(
                StyledText(
                    "Domain: \(Plural.count(domain.subdomains.count, "subdomain")), "
                        + Plural.count(domain.components.count, "component")))
        case .subdomain(let subdomain):
            context.append(StyledText("Subdomain: \(Plural.count(subdomain.components.count, "component"))"))
        case .component:
            break
        }
        if !ancestors.isEmpty {
            let path = ancestors.map { "\($0.code) \($0.title)" }.joined(separator: " › ")
            context.append(StyledText("in " + path))
        }
        for line in context {
            out += layout.paragraph(
                StyledText(spans: line.spans.map { TextSpan(text: $0.text, role: .dim) }),
                prefix: StyledText(String(repeating: " ", count: column)), indent: column)
        }
        return out
    }

    /// The stem once, then each level's name and descriptor (or gap).
    func descriptors(of component: Component) -> String {
        var out = ""
        if let stem = framework.metadata.stem {
            out += "\n" + layout.paragraph(StyledText(stem + " …"))
        }
        for entry in component.descriptors {
            let name = framework.levels.first { $0.id == entry.level }?.name ?? entry.level
            out += "\n" + layout.paragraph(.strong(name))
            out += descriptorText(entry.descriptor, indent: Self.descriptorIndent)
        }
        return out
    }

    /// A descriptor's text, or its gap, indented.
    func descriptorText(_ descriptor: Descriptor, indent: Int) -> String {
        switch descriptor {
        case .text(let text):
            layout.indented(StyledText(text), by: indent)
        case .gap(let reason):
            layout.indented(StyledText("(gap) " + reason, .gap), by: indent)
        }
    }

    /// A domain's or subdomain's description and children; with a level, every component
    /// below it with its descriptor at that level.
    func contents(of node: FrameworkNode, level: ProficiencyLevel?) -> String {
        var out = ""
        let description: String? =
            switch node {
            case .domain(let domain): domain.description
            case .subdomain(let subdomain): subdomain.description
            case .component: nil
            }
        if let description {
            out += "\n" + layout.paragraph(StyledText(description))
        }
        if let level {
            out +=
                "\n"
                + layout.paragraph(
                    .strong(level.name) + StyledText(framework.metadata.stem.map { ": \($0) …" } ?? ""))
            for component in node.components {
                out +=
                    "\n"
                    + layout.hanging(
                        .strong(component.code.rawValue), column: component.code.rawValue.count + 2,
                        StyledText(component.title))
                if let descriptor = component.descriptor(at: level.id) {
                    out += descriptorText(descriptor, indent: component.code.rawValue.count + 2)
                }
            }
            return out
        }
        out += "\n"
        switch node {
        case .domain(let domain):
            let column = TreeCommand.column(domain.subdomains.map(\.code))
            for subdomain in domain.subdomains {
                out += layout.hanging(
                    .strong(subdomain.code.rawValue), column: column,
                    StyledText(subdomain.title) + .dim("  (\(Plural.count(subdomain.components.count, "component")))"))
            }
        case .subdomain(let subdomain):
            let column = TreeCommand.column(subdomain.components.map(\.code))
            for component in subdomain.components {
                var title = StyledText(component.title)
                let gaps = component.gaps.count
                if gaps > 0 { title.append("  (\(Plural.count(gaps, "gap")))", .dim) }
                out += layout.hanging(.strong(component.code.rawValue), column: column, title)
            }
        case .component:
            break
        }
        return out
    }
}
