/// Lists written as a person would say them, for messages.
package enum EnglishList {
    /// The items as alternatives: "a", "a or b", "a, b or c".
    package static func or(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "")
        }
    }
}
