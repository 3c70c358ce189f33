/// The finest-grained element of a framework: one practice, described at every level.
public struct Component: Hashable, Sendable, Codable {
    /// The code people cite, such as `2a.iii`.
    public var code: Code
    /// The component's title.
    public var title: String
    /// The descriptor at each level, in the framework's level order. In a validated framework
    /// every level appears exactly once, as text or as a declared gap.
    public var descriptors: [LevelDescriptor]
    /// Editorial notes, such as where a source's wording differs.
    public var notes: String?
    /// The Swift name generated code uses, when the framework sets one.
    public var symbol: String?

    /// Creates a component.
    public init(
        code: Code, title: String, descriptors: [LevelDescriptor], notes: String? = nil,
        symbol: String? = nil
    ) {
        self.code = code
        self.title = title
        self.descriptors = descriptors
        self.notes = notes
        self.symbol = symbol
    }

    /// The descriptor at the level with id `levelID`, or `nil` if the component has none.
    public func descriptor(at levelID: String) -> Descriptor? {
        descriptors.first { $0.level == levelID }?.descriptor
    }

    /// The descriptor at `level`, or `nil` if the component has none.
    public func descriptor(at level: ProficiencyLevel) -> Descriptor? {
        descriptor(at: level.id)
    }

    /// The levels at which the component has a declared gap.
    public var gaps: [LevelDescriptor] {
        descriptors.filter { $0.descriptor.isGap }
    }
}
