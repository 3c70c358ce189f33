import Foundation

/// A small well-formedness checker for the HTML the kit writes (framework exports and
/// reflection reports): a doctype first; every element closed in order, except void
/// elements and self-closed SVG elements (`<rect/>`); `<style>` holding raw text; comments
/// skipped; lower-case element names; attribute values quoted; and no `<` or `>` in text or
/// inside a tag's attributes.
///
/// It works on Unicode scalars, as HTML parsers do, so that a combining mark after `>`
/// does not hide the `>`.
public enum HTMLChecker {
    public static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Checks `html`, throwing the first problem; returns the `id`s in document order.
    @discardableResult
    public static func check(_ html: String) throws -> [String] {
        let scalars = Array(html.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let doctype = "<!DOCTYPE html>\n"
        guard html.hasPrefix(doctype) else { throw Problem(description: "no doctype") }
        var stack: [String] = []
        var ids: [String] = []
        var index = doctype.unicodeScalars.count
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ">" { throw Problem(description: "a bare > in text: \(text(max(0, index - 40)..<index))") }
            guard scalar == "<" else {
                index += 1
                continue
            }
            if text(index..<min(scalars.count, index + 4)) == "<!--" {
                let rest = text(index..<scalars.count)
                guard let end = rest.range(of: "-->") else { throw Problem(description: "an unclosed comment") }
                index += rest[..<end.upperBound].unicodeScalars.count
                continue
            }
            guard let close = scalars[index...].firstIndex(of: ">") else {
                throw Problem(description: "an unclosed tag")
            }
            let tag = text((index + 1)..<close)
            index = close + 1
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                guard stack.last == name else {
                    throw Problem(description: "</\(name)> closes <\(stack.last ?? "nothing")>")
                }
                stack.removeLast()
                continue
            }
            let name = String(
                tag.unicodeScalars.prefix {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
                })
            guard !name.isEmpty, name == name.lowercased() else {
                throw Problem(description: "a stray < before \(tag.prefix(20))")
            }
            let attributes = tag.unicodeScalars.dropFirst(name.unicodeScalars.count)
            guard !attributes.contains("<") else { throw Problem(description: "< inside a tag") }
            // Attribute values are double-quoted and contain no double quote.
            guard attributes.filter({ $0 == "\"" }).count % 2 == 0 else {
                throw Problem(description: "odd quotes in <\(tag)>")
            }
            let attributeText = String(String.UnicodeScalarView(attributes))
            if let range = attributeText.range(of: " id=\"") {
                ids.append(String(attributeText[range.upperBound...].prefix { $0 != "\"" }))
            }
            if name == "style" {
                let rest = text(index..<scalars.count)
                guard let end = rest.range(of: "</style>") else { throw Problem(description: "unclosed style") }
                index += rest[..<end.upperBound].unicodeScalars.count
                continue
            }
            if !voidElements.contains(name), !attributeText.hasSuffix("/") { stack.append(name) }
        }
        guard stack.isEmpty else { throw Problem(description: "unclosed elements: \(stack)") }
        return ids
    }
}
