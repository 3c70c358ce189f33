@testable import YAMLLite

extension YAMLNode {
    /// The number of nested collections on the deepest path, to check the parser's depth
    /// limit. Walks with a stack rather than recursion, so a deep tree cannot overflow the
    /// test's own stack.
    var depth: Int {
        var deepest = 0
        var stack: [(YAMLNode, Int)] = [(self, 0)]
        while let (node, level) = stack.popLast() {
            switch node {
            case .scalar: deepest = max(deepest, level)
            case .mapping(let mapping): stack += mapping.entries.map { ($0.value, level + 1) }
            case .sequence(let sequence): stack += sequence.items.map { ($0, level + 1) }
            }
        }
        return deepest
    }
}
