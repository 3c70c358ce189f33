import CompetencyFramework

/// The growth goals a reflection suggests: for each chosen component, where the practice
/// sits now and what the next level describes.
///
/// The components are chosen by one rule, recorded in ``basis``:
/// - the components marked as focus, in document order, if any are (``Basis/focus``);
/// - otherwise the components furthest below the framework's top level, in document order:
///   those placed the most levels below it, all tied at that distance, up to a limit, with
///   ``moreEquallyFarBelow`` counting the ties left out (``Basis/furthestBelowTop``);
/// - otherwise nothing: no component is placed below the top level, because nothing is
///   reflected on yet, everything is at the top, or the framework has one level
///   (``Basis/none``).
///
/// A goal's next level is the level above the current one, or the lowest level for a
/// focused component not yet placed. A focused component already at the top level has no
/// next level (``GrowthGoal/next`` is `nil`); a next level that is a declared gap is given as
/// that gap.
///
/// ```swift
/// let plan = GrowthPlan(reflection, in: framework)
/// for goal in plan.goals {
///     print(goal.component.code, goal.next?.descriptor.text ?? "no next level")
/// }
/// ```
public struct GrowthPlan: Hashable, Sendable, Codable {
    /// How the goals were chosen.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// The components the person marked as focus.
        case focus
        /// None is marked: the components furthest below the top level.
        case furthestBelowTop = "furthest-below-top"
        /// Nothing to suggest: no component is placed below the top level.
        case none
    }

    /// How many components ``Basis/furthestBelowTop`` suggests unless told otherwise.
    public static let defaultSuggestionLimit = 5

    /// How the goals were chosen.
    public var basis: Basis
    /// The goals, in document order.
    public var goals: [GrowthGoal]
    /// With ``Basis/furthestBelowTop``, how many more components are as far below the top as
    /// the goals but were left out by the limit; otherwise 0.
    public var moreEquallyFarBelow: Int

    /// Creates a plan from its parts.
    public init(basis: Basis, goals: [GrowthGoal], moreEquallyFarBelow: Int = 0) {
        self.basis = basis
        self.goals = goals
        self.moreEquallyFarBelow = moreEquallyFarBelow
    }

    /// The plan for `reflection` over `framework`. `suggestionLimit` caps the components
    /// suggested when none is marked as focus (`nil`: no cap); focused components are never
    /// capped.
    public init(_ reflection: Reflection, in framework: Framework, suggestionLimit: Int? = defaultSuggestionLimit) {
        self.init(
            rows: ReflectedComponent.all(in: framework, reflection), in: framework, suggestionLimit: suggestionLimit)
    }

    /// The plan for already computed rows (see ``ReflectedComponent/all(in:_:)``).
    public init(rows: [ReflectedComponent], in framework: Framework, suggestionLimit: Int? = defaultSuggestionLimit) {
        let components = Dictionary(
            framework.components.map { ($0.code.lookupKey, $0) }, uniquingKeysWith: { first, _ in first })
        func goal(_ row: ReflectedComponent) -> GrowthGoal {
            GrowthGoal(row, component: components[row.code.lookupKey], in: framework)
        }
        let focused = rows.filter(\.focus)
        if !focused.isEmpty {
            self.init(basis: .focus, goals: focused.map(goal))
            return
        }
        let top = framework.levels.count - 1
        var farthest = 0
        var candidates: [ReflectedComponent] = []
        for row in rows {
            guard let id = row.level, let index = framework.levelIndex(of: id) else { continue }
            let distance = top - index
            guard distance > 0, distance >= farthest else { continue }
            if distance > farthest {
                farthest = distance
                candidates = []
            }
            candidates.append(row)
        }
        guard !candidates.isEmpty else {
            self.init(basis: .none, goals: [])
            return
        }
        let limit = suggestionLimit.map { max(0, $0) } ?? candidates.count
        let chosen = candidates.prefix(limit)
        self.init(
            basis: .furthestBelowTop, goals: chosen.map(goal), moreEquallyFarBelow: candidates.count - chosen.count)
    }
}

/// One growth goal: a component, where the practice sits now, and the next level to reach.
public struct GrowthGoal: Hashable, Sendable, Codable {
    /// The component, with what the reflection says about it.
    public var component: ReflectedComponent
    /// The level the practice sits at now and its descriptor; `nil` if not yet reflected on.
    public var current: LevelStep?
    /// The next level and its descriptor (possibly a declared gap); `nil` when the practice
    /// is already at the top level, or the framework has no levels.
    public var next: LevelStep?

    /// Creates a goal from its parts.
    public init(component: ReflectedComponent, current: LevelStep?, next: LevelStep?) {
        self.component = component
        self.current = current
        self.next = next
    }

    /// The goal for `row`, whose component in `framework` is `component`.
    init(_ row: ReflectedComponent, component: Component?, in framework: Framework) {
        let index = row.level.flatMap { framework.levelIndex(of: $0) }
        func step(_ index: Int) -> LevelStep? {
            guard framework.levels.indices.contains(index) else { return nil }
            let level = framework.levels[index]
            let descriptor =
                component?.descriptor(at: level.id) ?? .gap(reason: "the framework has no descriptor at this level")
            return LevelStep(level: ReflectionLevel(id: level.id, name: level.name), descriptor: descriptor)
        }
        self.init(component: row, current: index.flatMap(step), next: step(index.map { $0 + 1 } ?? 0))
    }
}

/// A level of one component: the level, and the component's descriptor (or gap) there.
///
/// JSON form: `{"level": "high-impact", "name": "High impact", "text": "..."}`, or with
/// `"gap": "reason"` in place of `"text"`.
public struct LevelStep: Hashable, Sendable, Codable {
    /// The level.
    public var level: ReflectionLevel
    /// The component's descriptor at that level, or its declared gap.
    public var descriptor: Descriptor

    /// Creates a step.
    public init(level: ReflectionLevel, descriptor: Descriptor) {
        self.level = level
        self.descriptor = descriptor
    }

    private enum CodingKeys: String, CodingKey {
        case level, name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        level = ReflectionLevel(
            id: try container.decode(String.self, forKey: .level),
            name: try container.decode(String.self, forKey: .name))
        descriptor = try Descriptor(membersOf: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level.id, forKey: .level)
        try container.encode(level.name, forKey: .name)
        try descriptor.encodeMembers(to: encoder)
    }
}
