/// A top-level area of a framework, such as "2 Shaping and Nurturing the Culture".
public struct Domain: Hashable, Sendable, Codable {
    /// The code people cite, such as `2`.
    public var code: Code
    /// The domain's title.
    public var title: String
    /// A narrative description.
    public var description: String?
    /// The subdomains, in document order.
    public var subdomains: [Subdomain]
    /// Editorial notes.
    public var notes: String?
    /// The Swift name generated code uses, when the framework sets one.
    public var symbol: String?

    /// Creates a domain.
    public init(
        code: Code, title: String, description: String? = nil, subdomains: [Subdomain],
        notes: String? = nil, symbol: String? = nil
    ) {
        self.code = code
        self.title = title
        self.description = description
        self.subdomains = subdomains
        self.notes = notes
        self.symbol = symbol
    }

    /// The domain's components, in document order.
    public var components: [Component] {
        subdomains.flatMap(\.components)
    }
}
