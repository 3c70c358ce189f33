import CompetencyFramework

/// A short reference to a node in JSON: `{"code": "2a", "kind": "subdomain", "title": "..."}`.
struct NodeReference: Encodable {
    var code: Code
    var kind: FrameworkNode.Kind
    var title: String

    init(_ node: FrameworkNode) {
        code = node.code
        kind = node.kind
        title = node.title
    }
}

/// A node's own Codable JSON with `kind` (and `parent`, below a domain) added at the top.
struct NodeJSON: Encodable {
    var node: FrameworkNode
    var parent: FrameworkNode?

    private enum CodingKeys: String, CodingKey {
        case kind, parent
    }

    func encode(to encoder: any Encoder) throws {
        switch node {
        case .domain(let domain): try domain.encode(to: encoder)
        case .subdomain(let subdomain): try subdomain.encode(to: encoder)
        case .component(let component): try component.encode(to: encoder)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node.kind, forKey: .kind)
        try container.encodeIfPresent(parent.map(NodeReference.init), forKey: .parent)
    }
}

extension FrameworkNode {
    /// The node with only the descriptors at `levelID` kept, all the way down.
    func keepingDescriptors(at levelID: String) -> FrameworkNode {
        func narrow(_ component: Component) -> Component {
            var component = component
            component.descriptors = component.descriptors.filter { $0.level == levelID }
            return component
        }
        func narrow(_ subdomain: Subdomain) -> Subdomain {
            var subdomain = subdomain
            subdomain.components = subdomain.components.map(narrow)
            return subdomain
        }
        switch self {
        case .component(let component):
            return .component(narrow(component))
        case .subdomain(let subdomain):
            return .subdomain(narrow(subdomain))
        case .domain(var domain):
            domain.subdomains = domain.subdomains.map(narrow)
            return .domain(domain)
        }
    }

    /// Every component at or below the node.
    var components: [Component] {
        switch self {
        case .component(let component): [component]
        case .subdomain(let subdomain): subdomain.components
        case .domain(let domain): domain.components
        }
    }
}
