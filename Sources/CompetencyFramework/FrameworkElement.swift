/// A part of a framework that a diagnostic can point at: the framework itself, one of its
/// levels, or a domain, subdomain or component.
public enum FrameworkElement: Hashable, Sendable {
    /// The framework as a whole (its metadata).
    case framework
    /// The level at this index, lowest first.
    case level(Int)
    /// The domain, subdomain or component at this path.
    case node(FrameworkPath)
}
