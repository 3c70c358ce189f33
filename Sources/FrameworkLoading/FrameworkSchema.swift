/// The keys each kind of object in a framework file may have.
///
/// One table drives reading, the unknown-key and missing-key rules, and the test that keeps
/// `schema/competency-framework.schema.json` in step with the rules.
public enum FrameworkSchema {
    /// The shape a key's value must have.
    public enum ValueKind: Sendable, Equatable {
        /// A single piece of text.
        case text
        /// A list of pieces of text.
        case textList
        /// A mapping from level ids to text.
        case levelTextMapping
        /// A list of objects of the named kind.
        case objectList(String)
    }

    /// One key an object may have.
    public struct Key: Sendable {
        /// The key as written in the file.
        public let name: String
        /// Whether the key must be present.
        public let isRequired: Bool
        /// The shape of its value.
        public let kind: ValueKind
    }

    /// The keys of one kind of object.
    public struct Object: Sendable {
        /// What people call the object in messages: "framework", "level", "component".
        public let name: String
        /// Its keys, in the order the documentation lists them.
        public let keys: [Key]

        /// The key named `name`, if the object has it.
        public func key(_ name: String) -> Key? { keys.first { $0.name == name } }
    }

    private static func required(_ name: String, _ kind: ValueKind = .text) -> Key {
        Key(name: name, isRequired: true, kind: kind)
    }

    private static func optional(_ name: String, _ kind: ValueKind = .text) -> Key {
        Key(name: name, isRequired: false, kind: kind)
    }

    /// The top level of a framework file.
    public static let framework = Object(
        name: "framework",
        keys: [
            required("id"), required("title"), optional("symbol"), optional("version"),
            optional("date"), optional("publisher"), optional("description"), optional("epigraph"),
            optional("notes", .textList), optional("licence"), optional("source"),
            optional("language"), optional("stem"), required("levels", .objectList("level")),
            required("domains", .objectList("domain")),
        ])

    /// A proficiency level.
    public static let level = Object(
        name: "level",
        keys: [
            required("id"), required("name"), optional("summary"),
            optional("indicators", .textList), optional("symbol"),
        ])

    /// A domain.
    public static let domain = Object(
        name: "domain",
        keys: [
            required("code"), required("title"), optional("description"), optional("symbol"),
            optional("notes"), required("subdomains", .objectList("subdomain")),
        ])

    /// A subdomain.
    public static let subdomain = Object(
        name: "subdomain",
        keys: [
            required("code"), required("title"), optional("description"), optional("symbol"),
            optional("notes"), required("components", .objectList("component")),
        ])

    /// A component.
    public static let component = Object(
        name: "component",
        keys: [
            optional("code"), required("title"), optional("symbol"), optional("notes"),
            optional("descriptors", .levelTextMapping), optional("gaps", .levelTextMapping),
        ])

    /// Every kind of object, outermost first.
    public static let objects = [framework, level, domain, subdomain, component]
}
