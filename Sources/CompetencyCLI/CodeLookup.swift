import CompetencyFramework
import CompetencyKitInternals

/// Finding what a person typed as a code, with "did you mean" when it is not there.
struct CodeLookup {
    let framework: Framework

    /// The node coded `text` (tolerantly: `2A-III` finds `2a.iii`), or a failure such as
    /// `no component "1a.v"; did you mean 1a.iv?`.
    func node(_ text: String) throws(CommandError) -> (path: FrameworkPath, node: FrameworkNode) {
        guard !Code.lookupKey(text).isEmpty else {
            throw .usage("\"\(text)\" is not a code; codes look like 2, 2a or 2a.iii")
        }
        if let path = framework.path(of: text), let node = framework.node(at: path) {
            return (path, node)
        }
        throw notFound(text)
    }

    /// The component coded `text`; a domain or subdomain is a failure that names its
    /// components.
    func component(_ text: String, command: String) throws(CommandError) -> (path: FrameworkPath, component: Component)
    {
        let (path, node) = try node(text)
        switch node {
        case .component(let component):
            return (path, component)
        case .domain(let domain):
            let example = domain.components.first.map { ", such as \($0.code)" } ?? ""
            throw .failure("\(domain.code) is a domain; \(command) needs a component\(example)")
        case .subdomain(let subdomain):
            let codes = subdomain.components.map(\.code.rawValue)
            throw .failure(
                "\(subdomain.code) is a subdomain; \(command) needs one of its components: \(EnglishList.or(codes))"
            )
        }
    }

    /// The nodes from the domain down to the node at `path`'s parent.
    func ancestors(of path: FrameworkPath) -> [FrameworkNode] {
        var nodes: [FrameworkNode] = []
        var current = path.parent
        while let parent = current {
            if let node = framework.node(at: parent) { nodes.insert(node, at: 0) }
            current = parent.parent
        }
        return nodes
    }

    private func notFound(_ text: String) -> CommandError {
        let suggestions = Suggestions.codes(resembling: text, in: framework)
        guard let best = suggestions.first, let kind = framework.node(code: best.rawValue)?.kind else {
            return .failure(
                "no domain, subdomain or component has the code \"\(text)\"; run \"competency tree\" to see the codes")
        }
        return .failure(
            "no \(kind.rawValue) \"\(text)\"; did you mean \(EnglishList.or(suggestions.map(\.rawValue)))?")
    }
}

/// A level named on the command line (`--level high-impact`, `--level "High impact"`,
/// `--level highest`).
struct LevelLookup {
    let framework: Framework

    func level(_ text: String) throws(CommandError) -> ProficiencyLevel {
        if let level = framework.level(named: text) { return level }
        let names = framework.levels.map { "\($0.id) (\($0.name))" }
        let key = text.lowercased()
        let prefixed = framework.levels.filter {
            $0.id.lowercased().hasPrefix(key) || $0.name.lowercased().hasPrefix(key)
        }
        if prefixed.count > 1 {
            throw .failure(
                "the level \"\(text)\" is ambiguous: it could be \(EnglishList.or(prefixed.map(\.id)))")
        }
        throw .failure("no level \"\(text)\"; the levels are \(EnglishList.or(names))")
    }
}
