import CompetencyFramework

/// One person's self-reflection against a framework: where they judge their practice sits on
/// each component, what shows it, and which components they want to grow in next.
///
/// A reflection is plain data, usually read from a reflection file (`competency reflect
/// init` writes one; `FrameworkLoading`'s `ReflectionFile` reads it) or built by an app.
/// What it means is computed by pure functions over it and its ``Framework``:
/// ``ReflectionProfile``, ``GrowthPlan``, ``ReflectionReport`` and ``ReflectionComparison``.
///
/// ```swift
/// var reflection = Reflection(blankFor: framework, date: "2026-11-29")
/// reflection.setLevel("high-impact", for: "2a.iii")
/// reflection.setFocus(true, for: "2a.iii")
/// let report = ReflectionReport(reflection, in: framework)
/// ```
///
/// Components are matched by code, tolerantly (`2A-III` is `2a.iii`); a component without an
/// entry, or whose entry has no level, is *not yet reflected on*.
public struct Reflection: Hashable, Sendable, Codable {
    /// The ``FrameworkMetadata/id`` of the framework reflected on, such as `leadership-toolkit`.
    public var framework: String
    /// Who reflected, if they said.
    public var name: String?
    /// Their role, if they said.
    public var role: String?
    /// When, as `YYYY-MM-DD`, if known.
    public var date: String?
    /// One entry per component reflected on, in the order written.
    public var entries: [Entry]

    /// What one component's reflection says.
    public struct Entry: Hashable, Sendable, Codable {
        /// The component's code.
        public var code: Code
        /// The ``ProficiencyLevel/id`` of the level the practice sits at now, or `nil` if not
        /// yet judged.
        public var level: String?
        /// A free note on what shows it.
        public var evidence: String?
        /// Whether the person wants to grow in this component next.
        public var focus: Bool

        /// Creates an entry.
        public init(code: Code, level: String? = nil, evidence: String? = nil, focus: Bool = false) {
            self.code = code
            self.level = level
            self.evidence = evidence
            self.focus = focus
        }
    }

    /// Creates a reflection.
    public init(
        framework: String, name: String? = nil, role: String? = nil, date: String? = nil, entries: [Entry] = []
    ) {
        self.framework = framework
        self.name = name
        self.role = role
        self.date = date
        self.entries = entries
    }

    /// A reflection with an empty entry for every component of `framework`, in document
    /// order: what `competency reflect init` writes.
    public init(blankFor framework: Framework, name: String? = nil, role: String? = nil, date: String? = nil) {
        self.init(
            framework: framework.metadata.id, name: name, role: role, date: date,
            entries: framework.components.map { Entry(code: $0.code) })
    }

    /// The entry for the component coded `code` (ignoring case and `-`/`.`), if any.
    public func entry(for code: Code) -> Entry? {
        let key = code.lookupKey
        return entries.first { $0.code.lookupKey == key }
    }

    /// Replaces the entry for `entry.code`, or appends it if the component has none.
    public mutating func setEntry(_ entry: Entry) {
        let key = entry.code.lookupKey
        if let index = entries.firstIndex(where: { $0.code.lookupKey == key }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Places the component coded `code` at the level with id `level` (`nil`: not yet judged),
    /// keeping its evidence and focus.
    public mutating func setLevel(_ level: String?, for code: Code) {
        var entry = self.entry(for: code) ?? Entry(code: code)
        entry.level = level
        setEntry(entry)
    }

    /// Marks the component coded `code` as a focus for growth, or not.
    public mutating func setFocus(_ focus: Bool, for code: Code) {
        var entry = self.entry(for: code) ?? Entry(code: code)
        entry.focus = focus
        setEntry(entry)
    }

    /// The level `component` is placed at, or `nil` if it is not yet reflected on (or its
    /// level is not one of `framework`'s).
    public func level(of component: Component, in framework: Framework) -> ProficiencyLevel? {
        guard let id = entry(for: component.code)?.level, let index = framework.levelIndex(of: id) else {
            return nil
        }
        return framework.levels[index]
    }

    /// The entries by look-up key of their code; the first entry wins for a repeated code.
    func entriesByKey() -> [String: Entry] {
        var index: [String: Entry] = [:]
        for entry in entries where index[entry.code.lookupKey] == nil {
            index[entry.code.lookupKey] = entry
        }
        return index
    }
}

// MARK: - Generated frameworks

extension Reflection {
    /// A reflection with an empty entry for every component of the generated framework `F`.
    public init<F: TypedFramework>(
        blankFor _: F.Type, name: String? = nil, role: String? = nil, date: String? = nil
    ) {
        self.init(blankFor: F.framework, name: name, role: role, date: date)
    }

    /// The level a component of a generated framework is placed at, as that framework's
    /// level type; `nil` if it is not yet reflected on.
    ///
    /// ```swift
    /// let component = LeadershipToolkit.ShapingAndNurturingTheCulture.DriveToAchievePurpose
    ///     .evaluatePerformanceAndSharingExcellence
    /// if reflection.level(of: component) == .highImpact { … }
    /// ```
    public func level<C: TypedComponent>(of component: C) -> C.Definition.Level? {
        guard let id = entry(for: component.code)?.level,
            let index = C.Definition.framework.levelIndex(of: id)
        else { return nil }
        return C.Definition.Level.allCases.first { $0.index == index }
    }

    /// Whether a component of a generated framework is marked as a focus for growth.
    public func isFocus<C: TypedComponent>(_ component: C) -> Bool {
        entry(for: component.code)?.focus ?? false
    }

    /// Places a component of a generated framework at `level` (`nil`: not yet judged).
    public mutating func setLevel<C: TypedComponent>(_ level: C.Definition.Level?, for component: C) {
        setLevel(level?.id, for: component.code)
    }

    /// Marks a component of a generated framework as a focus for growth, or not.
    public mutating func setFocus<C: TypedComponent>(_ focus: Bool, for component: C) {
        setFocus(focus, for: component.code)
    }
}
