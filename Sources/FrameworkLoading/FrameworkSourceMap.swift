import CompetencyDiagnostics
import CompetencyFramework

/// Where each part of a loaded framework was written, so that checks made after loading
/// (such as the code generator's naming) can still point at the file.
public struct FrameworkSourceMap: Sendable, Hashable {
    /// Where each element begins.
    public var elements: [FrameworkElement: SourceLocation] = [:]
    /// Where each element's name comes from: its `symbol:` if it has one, else its title
    /// (or a level's name).
    public var names: [FrameworkElement: SourceLocation] = [:]

    /// Creates an empty map.
    public init() {}

    /// The best location for a problem with `element`'s generated name.
    public func nameLocation(of element: FrameworkElement) -> SourceLocation {
        names[element] ?? elements[element] ?? .start
    }
}
