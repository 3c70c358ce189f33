/// A group of components within a domain, such as "2a Drive to achieve purpose".
public struct Subdomain: Hashable, Sendable, Codable {
    /// The code people cite, such as `2a`.
    public var code: Code
    /// The subdomain's title.
    public var title: String
    /// A narrative description.
    public var description: String?
    /// The components, in document order.
    public var components: [Component]
    /// Editorial notes.
    public var notes: String?
    /// The Swift name generated code uses, when the framework sets one.
    public var symbol: String?

    /// Creates a subdomain.
    public init(
        code: Code, title: String, description: String? = nil, components: [Component],
        notes: String? = nil, symbol: String? = nil
    ) {
        self.code = code
        self.title = title
        self.description = description
        self.components = components
        self.notes = notes
        self.symbol = symbol
    }
}
