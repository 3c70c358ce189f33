import CompetencyFramework

/// Everything a reflection report shows, computed once from a reflection and its framework,
/// so that every renderer (text, Markdown, HTML, JSON, an app's own screens) shows the same.
///
/// The report holds who reflected and when, the framework's title, stem and levels, the
/// ``ReflectionProfile``, the ``GrowthPlan``, the strengths (components at the framework's
/// top level), the components not yet reflected on, and every component in document order.
/// It is self-contained: a renderer needs nothing else.
///
/// ```swift
/// let report = ReflectionReport(reflection, in: framework)
/// print("\(report.strengths.count) strengths, \(report.plan.goals.count) goals")
/// ```
public struct ReflectionReport: Hashable, Sendable, Codable {
    /// The id of the framework reflected on.
    public var frameworkID: String
    /// The framework's title.
    public var frameworkTitle: String
    /// The words every descriptor continues, such as "A leader will".
    public var stem: String?
    /// The language of the framework's text, as a BCP 47 tag, if it says.
    public var language: String?
    /// The framework's levels, lowest first.
    public var levels: [ReflectionLevel]
    /// Who reflected, if they said.
    public var name: String?
    /// Their role, if they said.
    public var role: String?
    /// When, as `YYYY-MM-DD`, if known.
    public var date: String?
    /// How many components sit at each level.
    public var profile: ReflectionProfile
    /// The growth goals.
    public var plan: GrowthPlan
    /// The components at the framework's top level, in document order.
    public var strengths: [ReflectedComponent]
    /// The components not yet placed at a level, in document order.
    public var notYetReflectedOn: [ReflectedComponent]
    /// Every component, in document order.
    public var components: [ReflectedComponent]

    /// The report on `reflection` over `framework`; `suggestionLimit` is passed to
    /// ``GrowthPlan/init(_:in:suggestionLimit:)``.
    public init(
        _ reflection: Reflection, in framework: Framework,
        suggestionLimit: Int? = GrowthPlan.defaultSuggestionLimit
    ) {
        let rows = ReflectedComponent.all(in: framework, reflection)
        frameworkID = framework.metadata.id
        frameworkTitle = framework.metadata.title
        stem = framework.metadata.stem
        language = framework.metadata.language
        levels = ReflectionLevel.all(in: framework)
        name = reflection.name
        role = reflection.role
        date = reflection.date
        profile = ReflectionProfile(rows: rows, in: framework)
        plan = GrowthPlan(rows: rows, in: framework, suggestionLimit: suggestionLimit)
        let top = framework.levels.last?.id
        strengths = rows.filter { $0.level != nil && $0.level == top }
        notYetReflectedOn = rows.filter { !$0.isReflectedOn }
        components = rows
    }

    /// The top level, if the framework has levels.
    public var topLevel: ReflectionLevel? { levels.last }

    /// The level with id `id`.
    public func level(_ id: String?) -> ReflectionLevel? {
        guard let id else { return nil }
        return levels.first { $0.id == id }
    }

    /// The position of the level with id `id`, lowest first.
    public func levelIndex(_ id: String?) -> Int? {
        guard let id else { return nil }
        return levels.firstIndex { $0.id == id }
    }

    /// Why the plan has no goals, in a sentence, or `nil` when it has some.
    public var noGoalsReason: String? {
        guard plan.goals.isEmpty else { return nil }
        if levels.count == 1 {
            return "The framework has one level, so there is no next level to grow into."
        }
        if levels.isEmpty {
            return "The framework has no levels."
        }
        if profile.overall.reflectedOn == 0 {
            return "Nothing is placed at a level yet: fill in \"level:\" for some components, "
                + "and mark the ones to grow in with \"focus: yes\"."
        }
        return "Every component reflected on is at the top level, \(levels.last?.name ?? "")."
    }
}
