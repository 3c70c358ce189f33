import CompetencyFramework
import CompetencyKitInternals

/// The framework as a readable Markdown document (CommonMark with GitHub tables).
///
/// The document has the title (`#`), a list of the framework's publisher, version, date,
/// licence and source, the epigraph as a block quote, the description, the notes as a
/// numbered list, then `## Levels` with one `###` heading per level (its summary and
/// indicators) and the stem, said once: `Descriptors continue the stem "A leader will".`
/// Each domain is a `##` heading with its code (`## 1 Title`), each subdomain a `###`
/// heading (`### 1a Title`), each component a `####` heading (`#### 1a.i Title`) followed by
/// a table with the columns `Level` and `Descriptor`, one row per level; a gap reads
/// `*(gap: reason)*`. Descriptions and notes follow their headings.
///
/// Text is escaped so that it reads exactly as written: Markdown punctuation (`\`, `` ` ``,
/// `*`, `_`, `[`, `]`, `<`, `>`, `|`, `#`, `~`, `$`, and `&` that would start a character
/// reference such as `&amp;`) gets a
/// backslash, as do list, heading and quote markers at the start of a line; a line break
/// inside a paragraph becomes a hard break, and inside a table cell `<br>`.
public enum MarkdownExport {
    /// The framework as Markdown, ending with a newline.
    public static func render(_ framework: Framework) -> String {
        var blocks: [String] = []
        let metadata = framework.metadata
        blocks.append("# " + heading(metadata.title))
        let facts: [(String, String?)] = [
            ("Publisher", metadata.publisher), ("Version", metadata.version), ("Date", metadata.date),
            ("Licence", metadata.licence), ("Source", metadata.source),
        ]
        let factLines = facts.compactMap { name, value in value.map { "- \(name): " + block($0, indent: "  ") } }
        if !factLines.isEmpty { blocks.append(factLines.joined(separator: "\n")) }
        if let epigraph = metadata.epigraph {
            blocks.append("> " + block(epigraph, indent: "> "))
        }
        if let description = metadata.description { blocks.append(block(description)) }
        if !metadata.notes.isEmpty {
            blocks.append("**Notes**")
            blocks.append(
                metadata.notes.enumerated().map { "\($0.offset + 1). " + block($0.element, indent: "   ") }
                    .joined(separator: "\n"))
        }

        blocks.append("## Levels")
        if let stem = metadata.stem {
            blocks.append("Descriptors continue the stem \"" + inline(stem) + "\".")
        }
        for level in framework.levels {
            blocks.append("### " + heading(level.name))
            if let summary = level.summary { blocks.append(block(summary)) }
            if !level.indicators.isEmpty {
                blocks.append(level.indicators.map { "- " + block($0, indent: "  ") }.joined(separator: "\n"))
            }
        }

        let levelNames = framework.levelNamesByID
        for domain in framework.domains {
            blocks.append("## " + heading(domain.code.rawValue + " " + domain.title))
            if let description = domain.description { blocks.append(block(description)) }
            if let notes = domain.notes { blocks.append("*Note:* " + block(notes)) }
            for subdomain in domain.subdomains {
                blocks.append("### " + heading(subdomain.code.rawValue + " " + subdomain.title))
                if let description = subdomain.description { blocks.append(block(description)) }
                if let notes = subdomain.notes { blocks.append("*Note:* " + block(notes)) }
                for component in subdomain.components {
                    blocks.append("#### " + heading(component.code.rawValue + " " + component.title))
                    var table = ["| Level | Descriptor |", "|---|---|"]
                    for entry in component.descriptors {
                        let cell: String
                        switch entry.descriptor {
                        case .text(let text): cell = tableCell(text)
                        case .gap(let reason): cell = "*(gap: " + tableCell(reason) + ")*"
                        }
                        table.append("| " + tableCell(levelNames[entry.level] ?? entry.level) + " | " + cell + " |")
                    }
                    blocks.append(table.joined(separator: "\n"))
                    if let notes = component.notes { blocks.append("*Note:* " + block(notes)) }
                }
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `text` escaped for use inside a line of Markdown: it shows exactly as written.
    /// Line breaks are kept; callers decide what they become.
    public static func inline(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$":
                result += "\\"
            case "&":
                // Only where it would start a character reference: `&name;` or `&#123;`.
                let name = scalars[(index + 1)...].prefix(32).prefix {
                    $0 == "#" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0)
                }
                if !name.isEmpty, index + 1 + name.count < scalars.count, scalars[index + 1 + name.count] == ";" {
                    result += "\\"
                }
            default:
                break
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `text` for a heading: escaped, on one line.
    private static func heading(_ text: String) -> String {
        lines(of: text).map { inline($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `text` for a table cell: escaped, with line breaks as `<br>`. Unicode spaces at either
    /// end of a line (such as a no-break space) are written as character references, because
    /// table cells are trimmed of all whitespace (and of a byte order mark). (Control characters cannot be references;
    /// at the ends of a cell they are lost to that trimming.)
    private static func tableCell(_ text: String) -> String {
        lines(of: text).map { line in
            var scalars = Array(inline(line).unicodeScalars)
            var prefix = ""
            var suffix = ""
            while let first = scalars.first, Self.isTrimmedInCells(first) {
                prefix += "&#x" + Hexadecimal.digits(first.value, width: 1) + ";"
                scalars.removeFirst()
            }
            while let last = scalars.last, Self.isTrimmedInCells(last) {
                suffix = "&#x" + Hexadecimal.digits(last.value, width: 1) + ";" + suffix
                scalars.removeLast()
            }
            return prefix + String(String.UnicodeScalarView(scalars)) + suffix
        }.joined(separator: "<br>")
    }

    /// Unicode spaces and the byte order mark, which renderers trim from table cells.
    private static func isTrimmedInCells(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FEFF}" || (scalar.value >= 0xA0 && scalar.properties.isWhitespace)
    }

    /// `text` as paragraphs: blank lines separate paragraphs, other line breaks become hard
    /// breaks, and every line after the first starts with `indent` (for list items and
    /// quotes).
    private static func block(_ text: String, indent: String = "") -> String {
        var paragraphs: [[String]] = [[]]
        for line in lines(of: text) {
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(escapeLineStart(inline(line)))
            }
        }
        let rendered = paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\\\n" + indent) }
        let blankLine = "\n" + String(indent.reversed().drop { $0 == " " }.reversed()) + "\n" + indent
        return rendered.joined(separator: blankLine)
    }

    /// The lines of `text`, split at LF, CR LF or CR, each without surrounding whitespace.
    private static func lines(of text: String) -> [String] {
        text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
    }

    /// Escapes what would start a list, heading, quote, table rule or code fence at the start
    /// of a line (the rest is already escaped by ``inline(_:)``).
    private static func escapeLineStart(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return line }
        let second = scalars.dropFirst().first
        let endsMarker = second == nil || second == " " || second == "\t"
        switch first {
        case "-", "+":
            // A list item, or a rule / setext underline made of hyphens.
            if endsMarker || scalars.allSatisfy({ $0 == first || $0 == " " }) { return "\\" + line }
        case "=":
            if scalars.allSatisfy({ $0 == "=" || $0 == " " }) { return "\\" + line }
        default:
            // An ordered-list marker: up to nine digits, then `.` or `)`, then a space or the end.
            let digits = scalars.prefix { ("0"..."9").contains($0) }.count
            if digits > 0, digits <= 9, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
                let after = digits + 1 < scalars.count ? scalars[digits + 1] : nil
                if after == nil || after == " " || after == "\t" {
                    var result = String.UnicodeScalarView(scalars[..<digits])
                    result.append("\\")
                    result.append(contentsOf: scalars[digits...])
                    return String(result)
                }
            }
        }
        return line
    }
}
