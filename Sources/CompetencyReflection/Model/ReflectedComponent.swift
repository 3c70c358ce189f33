import CompetencyFramework

/// A component of a framework together with what a reflection says about it: the row of a
/// reflection report.
public struct ReflectedComponent: Hashable, Sendable, Codable {
    /// The component's code, as the framework writes it.
    public var code: Code
    /// The component's title.
    public var title: String
    /// The code of the domain the component belongs to.
    public var domain: Code
    /// The code of the subdomain the component belongs to.
    public var subdomain: Code
    /// The id of the level the practice sits at, or `nil` if not yet reflected on.
    public var level: String?
    /// The reflection's note on what shows it.
    public var evidence: String?
    /// Whether it is marked as a focus for growth.
    public var focus: Bool

    /// Creates a row.
    public init(
        code: Code, title: String, domain: Code, subdomain: Code, level: String? = nil, evidence: String? = nil,
        focus: Bool = false
    ) {
        self.code = code
        self.title = title
        self.domain = domain
        self.subdomain = subdomain
        self.level = level
        self.evidence = evidence
        self.focus = focus
    }

    /// Whether the component has been placed at a level.
    public var isReflectedOn: Bool { level != nil }

    /// Every component of `framework`, in document order, with what `reflection` says about
    /// it. A level id that is not one of the framework's counts as not yet reflected on.
    public static func all(in framework: Framework, _ reflection: Reflection) -> [ReflectedComponent] {
        let entries = reflection.entriesByKey()
        let levelIDs = Set(framework.levels.map(\.id))
        var rows: [ReflectedComponent] = []
        for domain in framework.domains {
            for subdomain in domain.subdomains {
                for component in subdomain.components {
                    let entry = entries[component.code.lookupKey]
                    let level = entry?.level.flatMap { levelIDs.contains($0) ? $0 : nil }
                    rows.append(
                        ReflectedComponent(
                            code: component.code, title: component.title, domain: domain.code,
                            subdomain: subdomain.code, level: level, evidence: entry?.evidence,
                            focus: entry?.focus ?? false))
                }
            }
        }
        return rows
    }
}

/// A level's id and name, as reports and comparisons carry them.
public struct ReflectionLevel: Hashable, Sendable, Codable {
    /// The level's id, such as `high-impact`.
    public var id: String
    /// The level's name, such as "High impact".
    public var name: String

    /// Creates a level label.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The labels of `framework`'s levels, lowest first.
    public static func all(in framework: Framework) -> [ReflectionLevel] {
        framework.levels.map { ReflectionLevel(id: $0.id, name: $0.name) }
    }
}
