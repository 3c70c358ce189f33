/// A framework compiled into Swift types by the code generator.
///
/// The generator turns a framework file into an `enum` that conforms to this protocol, with
/// nested enums for its levels, domains, subdomains and components, so that a wrong code
/// fails to compile and a `switch` over components is exhaustive. Generic code works with
/// any generated framework through it:
///
/// ```swift
/// func printGrowthPath<F: TypedFramework>(_ component: F.Component, in _: F.Type) {
///     for level in F.Level.allCases {
///         print(level.name, component.descriptor(at: level).text ?? "(gap)")
///     }
/// }
/// ```
///
/// Every typed value is a position in ``framework``, the runtime model of the whole
/// framework, so typed and run-time code see the same values.
public protocol TypedFramework: Sendable {
    /// The proficiency levels, lowest first.
    associatedtype Level: TypedLevel where Level.Definition == Self
    /// The domains, in document order.
    associatedtype Domain: TypedNode where Domain.Definition == Self
    /// Every component of the framework, in document order.
    associatedtype Component: TypedComponent where Component.Definition == Self

    /// The runtime model of the framework.
    static var framework: Framework { get }
}

/// A proficiency level of a generated framework.
public protocol TypedLevel: CaseIterable, Hashable, Sendable {
    /// The framework the level belongs to.
    associatedtype Definition: TypedFramework
    /// The level's position, lowest first.
    var index: Int { get }
}

extension TypedLevel {
    /// The level in the runtime model.
    public var level: ProficiencyLevel { Definition.framework.levels[index] }
    /// The level's stable id, such as `high-impact`.
    public var id: String { level.id }
    /// The level's name, such as "High impact".
    public var name: String { level.name }
}

/// A domain, subdomain or component of a generated framework.
public protocol TypedNode: CaseIterable, Hashable, Sendable {
    /// The framework the node belongs to.
    associatedtype Definition: TypedFramework
    /// Where the node sits in ``TypedFramework/framework``.
    var path: FrameworkPath { get }
}

extension TypedNode {
    /// The node in the runtime model.
    public var node: FrameworkNode {
        guard let node = Definition.framework.node(at: path) else {
            preconditionFailure("generated code and its framework data disagree at \(path)")
        }
        return node
    }
    /// The node's code, such as `2a.iii`.
    public var code: Code { node.code }
    /// The node's title.
    public var title: String { node.title }

    /// The node whose code matches `text`, ignoring case and `-`/`.`; `nil` if none.
    public init?(code text: String) {
        let key = Code.lookupKey(text)
        guard let match = Self.allCases.first(where: { $0.code.lookupKey == key }) else {
            return nil
        }
        self = match
    }
}

/// A component of a generated framework.
public protocol TypedComponent: TypedNode {}

extension TypedComponent {
    /// The component in the runtime model.
    public var component: CompetencyFramework.Component {
        guard case .component(let component) = node else {
            preconditionFailure("generated component at \(path) is not a component")
        }
        return component
    }

    /// The component's descriptor at `level`: its text, or a declared gap.
    public func descriptor(at level: Definition.Level) -> Descriptor {
        component.descriptors[level.index].descriptor
    }
}
