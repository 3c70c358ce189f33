import CompetencyFramework

/// How many components a reflection places at each level, for the whole framework, each
/// domain and each subdomain.
///
/// Counts are kept in the framework's level order, lowest first, beside the number of
/// components not yet reflected on, so that every row adds up to its number of components.
///
/// ```swift
/// let profile = ReflectionProfile(reflection, in: framework)
/// for domain in profile.domains {
///     print(domain.code!, zip(profile.levels, domain.counts).map { "\($0.name): \($1)" })
/// }
/// ```
public struct ReflectionProfile: Hashable, Sendable, Codable {
    /// One row of the profile: a domain, a subdomain, or the whole framework.
    public struct Row: Hashable, Sendable, Codable {
        /// The domain's or subdomain's code; `nil` for the whole framework.
        public var code: Code?
        /// The domain's or subdomain's title; "All components" for the whole framework.
        public var title: String
        /// How many components sit at each level, in the order of ``ReflectionProfile/levels``.
        public var counts: [Int]
        /// How many components are not yet reflected on.
        public var notYetReflectedOn: Int
        /// How many components the row covers.
        public var total: Int
        /// A domain's subdomains; empty for a subdomain and for the whole framework.
        public var subdomains: [Row]

        /// Creates a row.
        public init(
            code: Code?, title: String, counts: [Int], notYetReflectedOn: Int, total: Int, subdomains: [Row] = []
        ) {
            self.code = code
            self.title = title
            self.counts = counts
            self.notYetReflectedOn = notYetReflectedOn
            self.total = total
            self.subdomains = subdomains
        }

        /// How many components are placed at a level.
        public var reflectedOn: Int { total - notYetReflectedOn }
    }

    /// The framework's levels, lowest first: the order of every row's ``Row/counts``.
    public var levels: [ReflectionLevel]
    /// The whole framework.
    public var overall: Row
    /// Each domain, in document order, with its subdomains.
    public var domains: [Row]

    /// Creates a profile from its parts.
    public init(levels: [ReflectionLevel], overall: Row, domains: [Row]) {
        self.levels = levels
        self.overall = overall
        self.domains = domains
    }

    /// The profile of `reflection` over `framework`.
    public init(_ reflection: Reflection, in framework: Framework) {
        self.init(rows: ReflectedComponent.all(in: framework, reflection), in: framework)
    }

    /// The profile of already computed rows (see ``ReflectedComponent/all(in:_:)``).
    public init(rows: [ReflectedComponent], in framework: Framework) {
        let levelIndex = framework.levelPositionsByID
        func row(code: Code?, title: String, of components: some Sequence<ReflectedComponent>) -> Row {
            var counts = [Int](repeating: 0, count: framework.levels.count)
            var notYet = 0
            var total = 0
            for component in components {
                total += 1
                if let id = component.level, let index = levelIndex[id] {
                    counts[index] += 1
                } else {
                    notYet += 1
                }
            }
            return Row(code: code, title: title, counts: counts, notYetReflectedOn: notYet, total: total)
        }
        var bySubdomain: [String: [ReflectedComponent]] = [:]
        for component in rows {
            bySubdomain[component.subdomain.lookupKey, default: []].append(component)
        }
        levels = ReflectionLevel.all(in: framework)
        overall = row(code: nil, title: "All components", of: rows)
        domains = framework.domains.map { domain in
            var domainRow = row(
                code: domain.code, title: domain.title,
                of: domain.subdomains.flatMap { bySubdomain[$0.code.lookupKey] ?? [] })
            domainRow.subdomains = domain.subdomains.map {
                row(code: $0.code, title: $0.title, of: bySubdomain[$0.code.lookupKey] ?? [])
            }
            return domainRow
        }
    }
}
