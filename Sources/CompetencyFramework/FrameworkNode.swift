import CompetencyKitInternals

/// A domain, subdomain or component, found by its code.
public enum FrameworkNode: Hashable, Sendable {
    case domain(Domain)
    case subdomain(Subdomain)
    case component(Component)

    /// The node's code.
    public var code: Code {
        switch self {
        case .domain(let domain): domain.code
        case .subdomain(let subdomain): subdomain.code
        case .component(let component): component.code
        }
    }

    /// The node's title.
    public var title: String {
        switch self {
        case .domain(let domain): domain.title
        case .subdomain(let subdomain): subdomain.title
        case .component(let component): component.title
        }
    }

    /// What a node is, without its content. Its raw value is the word the JSON forms and
    /// messages use: `domain`, `subdomain`, `component`.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// A top-level area of the framework.
        case domain
        /// A group of components within a domain.
        case subdomain
        /// One practice, described at every level.
        case component
    }

    /// Whether the node is a domain, a subdomain or a component.
    public var kind: Kind {
        switch self {
        case .domain: .domain
        case .subdomain: .subdomain
        case .component: .component
        }
    }
}

/// Where a node sits in its framework: indices into `domains`, `subdomains` and `components`.
public struct FrameworkPath: Hashable, Sendable, Comparable {
    /// The index of the domain.
    public var domain: Int
    /// The index of the subdomain within the domain, if the node is below a domain.
    public var subdomain: Int?
    /// The index of the component within the subdomain, if the node is a component.
    public var component: Int?

    /// Creates a path.
    public init(domain: Int, subdomain: Int? = nil, component: Int? = nil) {
        self.domain = domain
        self.subdomain = subdomain
        self.component = component
    }

    /// The path of the parent node, or `nil` for a domain.
    public var parent: FrameworkPath? {
        if component != nil { return FrameworkPath(domain: domain, subdomain: subdomain) }
        if subdomain != nil { return FrameworkPath(domain: domain) }
        return nil
    }

    public static func < (lhs: FrameworkPath, rhs: FrameworkPath) -> Bool {
        (lhs.domain, lhs.subdomain ?? -1, lhs.component ?? -1)
            < (rhs.domain, rhs.subdomain ?? -1, rhs.component ?? -1)
    }
}

extension Framework {
    /// The node at `path`, or `nil` if the path is outside the framework.
    public func node(at path: FrameworkPath) -> FrameworkNode? {
        guard domains.indices.contains(path.domain) else { return nil }
        let domain = domains[path.domain]
        guard let s = path.subdomain else { return .domain(domain) }
        guard domain.subdomains.indices.contains(s) else { return nil }
        let subdomain = domain.subdomains[s]
        guard let c = path.component else { return .subdomain(subdomain) }
        guard subdomain.components.indices.contains(c) else { return nil }
        return .component(subdomain.components[c])
    }

    /// Every node's path, in document order: each domain, then its subdomains, each followed
    /// by its components.
    public var allPaths: [FrameworkPath] {
        var paths: [FrameworkPath] = []
        for (d, domain) in domains.enumerated() {
            paths.append(FrameworkPath(domain: d))
            for (s, subdomain) in domain.subdomains.enumerated() {
                paths.append(FrameworkPath(domain: d, subdomain: s))
                for c in subdomain.components.indices {
                    paths.append(FrameworkPath(domain: d, subdomain: s, component: c))
                }
            }
        }
        return paths
    }

    /// The path of the node whose code matches `text` (ignoring case and `-`/`.`).
    public func path(of text: String) -> FrameworkPath? {
        let key = Code.lookupKey(text)
        return allPaths.first { node(at: $0)?.code.lookupKey == key }
    }

    /// The domain, subdomain or component whose code matches `text`, ignoring case and
    /// treating `-` as `.`: `node(code: "2A-III")` finds `2a.iii`.
    public func node(code text: String) -> FrameworkNode? {
        path(of: text).flatMap { node(at: $0) }
    }

    /// The component whose code matches `text`.
    public func component(code text: String) -> Component? {
        if case .component(let component) = node(code: text) { return component }
        return nil
    }

    /// The parent of the node coded `text`: a subdomain's domain, a component's subdomain.
    public func parent(of text: String) -> FrameworkNode? {
        path(of: text)?.parent.flatMap { node(at: $0) }
    }

    /// The children of the node coded `text`: a domain's subdomains, a subdomain's components.
    public func children(of text: String) -> [FrameworkNode] {
        guard let path = path(of: text), let node = node(at: path) else { return [] }
        switch node {
        case .domain(let domain): return domain.subdomains.map(FrameworkNode.subdomain)
        case .subdomain(let subdomain): return subdomain.components.map(FrameworkNode.component)
        case .component: return []
        }
    }

    /// Up to `limit` codes that look most like `text`, best first, for "did you mean"
    /// suggestions: the fewest edits away, then sharing the most of their start and end
    /// with what was typed (`1a.v` suggests `1a.iv` before `1a.i`), then in code order.
    public func codes(resembling text: String, limit: Int = 3) -> [Code] {
        let key = Code.lookupKey(text)
        let threshold = max(2, key.count / 3)
        let scored = allPaths.compactMap { node(at: $0)?.code }.map {
            (
                code: $0, distance: EditDistance.between(key, $0.lookupKey),
                shared: EditDistance.sharedEnds(key, $0.lookupKey)
            )
        }
        return scored.filter { $0.distance <= threshold }
            .sorted { ($0.distance, -$0.shared, $0.code) < ($1.distance, -$1.shared, $1.code) }
            .prefix(limit).map(\.code)
    }
}
