import CompetencyFramework

/// Progress between two reflections on the same framework: what moved up, what moved down,
/// what is newly reflected on, what is no longer, and how much stayed the same.
///
/// Components are compared in the framework's document order; a component counts as
/// reflected on when its entry names one of the framework's levels.
///
/// ```swift
/// let progress = ReflectionComparison(from: autumn, to: summer, in: framework)
/// print("\(progress.movedUp.count) up, \(progress.movedDown.count) down, \(progress.unchanged) unchanged")
/// ```
public struct ReflectionComparison: Hashable, Sendable, Codable {
    /// One component's change between the two reflections.
    public struct Change: Hashable, Sendable, Codable {
        /// The component's code.
        public var code: Code
        /// The component's title.
        public var title: String
        /// Its level in the older reflection; `nil` if not reflected on there.
        public var from: ReflectionLevel?
        /// Its level in the newer reflection; `nil` if not reflected on there.
        public var to: ReflectionLevel?
        /// How many levels it moved: positive up, negative down, 0 when either side has none.
        public var steps: Int
        /// Whether the older reflection marked it as a focus.
        public var wasFocus: Bool

        /// Creates a change.
        public init(code: Code, title: String, from: ReflectionLevel?, to: ReflectionLevel?, steps: Int, wasFocus: Bool)
        {
            self.code = code
            self.title = title
            self.from = from
            self.to = to
            self.steps = steps
            self.wasFocus = wasFocus
        }
    }

    /// The id of the framework both reflections are on.
    public var frameworkID: String
    /// The framework's title.
    public var frameworkTitle: String
    /// The framework's levels, lowest first.
    public var levels: [ReflectionLevel]
    /// The date of the older reflection.
    public var oldDate: String?
    /// The date of the newer reflection.
    public var newDate: String?
    /// Who reflected: the newer reflection's name, else the older one's.
    public var name: String?
    /// Components at a higher level than before.
    public var movedUp: [Change]
    /// Components at a lower level than before.
    public var movedDown: [Change]
    /// Components reflected on in the newer reflection but not in the older one.
    public var new: [Change]
    /// Components reflected on in the older reflection but not in the newer one.
    public var noLongerReflectedOn: [Change]
    /// How many components are at the same level in both.
    public var unchanged: Int
    /// How many components neither reflection places at a level.
    public var notReflectedOnInEither: Int

    /// The progress from `old` to `new` over `framework`.
    public init(from old: Reflection, to new: Reflection, in framework: Framework) {
        let before = ReflectedComponent.all(in: framework, old)
        let after = ReflectedComponent.all(in: framework, new)
        let levels = ReflectionLevel.all(in: framework)
        let index = Dictionary(levels.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        frameworkID = framework.metadata.id
        frameworkTitle = framework.metadata.title
        self.levels = levels
        oldDate = old.date
        newDate = new.date
        name = new.name ?? old.name
        movedUp = []
        movedDown = []
        self.new = []
        noLongerReflectedOn = []
        unchanged = 0
        notReflectedOnInEither = 0
        for (was, now) in zip(before, after) {
            let from = was.level.flatMap { index[$0] }
            let to = now.level.flatMap { index[$0] }
            let steps = from.flatMap { from in to.map { $0 - from } } ?? 0
            let change = Change(
                code: now.code, title: now.title, from: from.map { levels[$0] }, to: to.map { levels[$0] },
                steps: steps, wasFocus: was.focus)
            switch (from, to) {
            case (nil, nil): notReflectedOnInEither += 1
            case (nil, _?): self.new.append(change)
            case (_?, nil): noLongerReflectedOn.append(change)
            case (_?, _?):
                if steps > 0 {
                    movedUp.append(change)
                } else if steps < 0 {
                    movedDown.append(change)
                } else {
                    unchanged += 1
                }
            }
        }
    }
}
