import CompetencyFramework
import CompetencyKitInternals

/// The framework as one self-contained HTML5 page: inline CSS, no scripts, nothing fetched
/// from the network.
///
/// The page has the introduction (title, publisher, version, date, licence and source, the
/// epigraph, the description and the notes), a contents list linking to every domain,
/// subdomain and component, the levels with their summaries and indicators, and every
/// component as a table with one column per level, lowest first. A gap is a shaded cell
/// that says "Gap" and gives the reason.
///
/// Every domain, subdomain and component has an `id` equal to its code, so `#2a.iii` links
/// to one component (a code with whitespace in it has each whitespace character replaced by
/// `_`; the page's own ids start with `_`, which a well-formed code never does). `<html
/// lang>` is the framework's language, and is left out when the framework has none.
///
/// All text is escaped (`&`, `<`, `>`, `"`, `'`). Characters HTML does not allow in a page
/// are replaced: C0 control characters other than tab and line breaks by the matching
/// Control Pictures symbol (U+2400…), other controls and noncharacters by U+FFFD.
///
/// Printing uses A4 pages, hides the contents links' colours and keeps each component's
/// table on one page where it fits.
public enum HTMLExport {
    /// The page, ending with a newline.
    public static func render(_ framework: Framework) -> String {
        let metadata = framework.metadata
        var html = "<!DOCTYPE html>\n"
        html += metadata.language.map { "<html lang=\"\(escape($0))\">\n" } ?? "<html>\n"
        html += "<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(escape(metadata.title))</title>\n"
        html += "<style>\n\(stylesheet)</style>\n</head>\n<body>\n"

        html += "<header>\n<h1>\(escape(metadata.title))</h1>\n"
        let facts: [(String, String?)] = [
            ("Publisher", metadata.publisher), ("Version", metadata.version), ("Date", metadata.date),
            ("Licence", metadata.licence), ("Source", metadata.source),
        ]
        let present = facts.compactMap { name, value in value.map { (name, $0) } }
        if !present.isEmpty {
            html += "<dl class=\"facts\">\n"
            for (name, value) in present {
                html += "<dt>\(name)</dt><dd>\(lines(value))</dd>\n"
            }
            html += "</dl>\n"
        }
        if let epigraph = metadata.epigraph {
            html += "<blockquote class=\"epigraph\">\n\(paragraphs(epigraph))</blockquote>\n"
        }
        if let description = metadata.description {
            html += "<div class=\"description\">\n\(paragraphs(description))</div>\n"
        }
        if !metadata.notes.isEmpty {
            html += "<section class=\"notes\" aria-labelledby=\"_notes\">\n<h2 id=\"_notes\">Notes</h2>\n<ol>\n"
            for note in metadata.notes { html += "<li>\(lines(note))</li>\n" }
            html += "</ol>\n</section>\n"
        }
        html += "</header>\n"

        html += contents(framework)
        html += "<main>\n"
        html += levels(framework)
        let levelNames = framework.levels.map(\.name)
        for domain in framework.domains {
            html += "<section class=\"domain\" id=\"\(anchor(domain.code))\">\n"
            html += "<h2>\(codeLabel(domain.code)) \(escape(domain.title))</h2>\n"
            html += about(description: domain.description, notes: domain.notes)
            for subdomain in domain.subdomains {
                html += "<section class=\"subdomain\" id=\"\(anchor(subdomain.code))\">\n"
                html += "<h3>\(codeLabel(subdomain.code)) \(escape(subdomain.title))</h3>\n"
                html += about(description: subdomain.description, notes: subdomain.notes)
                for component in subdomain.components {
                    html += self.component(component, in: framework, levelNames: levelNames)
                }
                html += "</section>\n"
            }
            html += "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and characters HTML forbids replaced.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 {
                    result.unicodeScalars.append(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
                } else if value == 0x7F {
                    result += "\u{2421}"
                } else if (0x80...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE
                {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// The `id` of the element for `code`: the code, with whitespace replaced by `_`.
    public static func anchor(_ code: Code) -> String {
        var id = ""
        for scalar in code.rawValue.unicodeScalars {
            if scalar.properties.isWhitespace { id += "_" } else { id.unicodeScalars.append(scalar) }
        }
        return escape(id.isEmpty ? "_" : id)
    }

    /// A link to the element for `code` within the page.
    private static func href(_ code: Code) -> String {
        "#" + anchor(code)
    }

    private static func codeLabel(_ code: Code) -> String {
        "<a class=\"code\" href=\"\(href(code))\">\(escape(code.rawValue))</a>"
    }

    private static func contents(_ framework: Framework) -> String {
        var html = "<nav class=\"contents\" aria-labelledby=\"_contents\">\n<h2 id=\"_contents\">Contents</h2>\n<ol>\n"
        html += "<li><a href=\"#_levels\">Levels</a></li>\n"
        for domain in framework.domains {
            html +=
                "<li><a href=\"\(href(domain.code))\">\(escape(domain.code.rawValue)) \(escape(domain.title))</a>\n<ol>\n"
            for subdomain in domain.subdomains {
                html +=
                    "<li><a href=\"\(href(subdomain.code))\">\(escape(subdomain.code.rawValue)) \(escape(subdomain.title))</a>\n<ol>\n"
                for component in subdomain.components {
                    html +=
                        "<li><a href=\"\(href(component.code))\">\(escape(component.code.rawValue)) \(escape(component.title))</a></li>\n"
                }
                html += "</ol>\n</li>\n"
            }
            html += "</ol>\n</li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    private static func levels(_ framework: Framework) -> String {
        var html = "<section class=\"levels\" id=\"_levels\">\n<h2>Levels</h2>\n"
        if let stem = framework.metadata.stem {
            html += "<p class=\"stem\">Descriptors continue the stem <q>\(escape(stem))</q>.</p>\n"
        }
        html += "<ol class=\"level-list\">\n"
        for level in framework.levels {
            html += "<li>\n<h3>\(escape(level.name))</h3>\n"
            if let summary = level.summary { html += paragraphs(summary) }
            if !level.indicators.isEmpty {
                html += "<ul>\n" + level.indicators.map { "<li>\(lines($0))</li>\n" }.joined() + "</ul>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private static func component(_ component: Component, in framework: Framework, levelNames: [String]) -> String {
        var html = "<section class=\"component\" id=\"\(anchor(component.code))\">\n"
        html += "<h4>\(codeLabel(component.code)) \(escape(component.title))</h4>\n"
        html += "<table>\n<thead>\n<tr>"
        // Columns follow the framework's levels; a descriptor for a level the framework does
        // not have gets a column of its own after them, so nothing is lost.
        // (Sets and dictionaries, not searches: a framework may have very many levels.)
        var columns = framework.levels.map { (id: $0.id, name: $0.name) }
        var columnIDs = Set(columns.map(\.id))
        for entry in component.descriptors where columnIDs.insert(entry.level).inserted {
            columns.append((entry.level, entry.level))
        }
        let descriptors = Dictionary(
            component.descriptors.map { ($0.level, $0.descriptor) }, uniquingKeysWith: { first, _ in first })
        for column in columns {
            html += "<th scope=\"col\">\(escape(column.name))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n<tr>"
        for column in columns {
            switch descriptors[column.id] {
            case .text(let text)?:
                html += "<td>\(lines(text))</td>"
            case .gap(let reason)?:
                html += "<td class=\"gap\"><strong>Gap:</strong> \(lines(reason))</td>"
            case nil:
                html += "<td class=\"gap\"><strong>Gap:</strong> no descriptor</td>"
            }
        }
        html += "</tr>\n</tbody>\n</table>\n"
        if let notes = component.notes { html += "<p class=\"note\"><strong>Note:</strong> \(lines(notes))</p>\n" }
        return html + "</section>\n"
    }

    private static func about(description: String?, notes: String?) -> String {
        var html = ""
        if let description { html += "<div class=\"description\">\n\(paragraphs(description))</div>\n" }
        if let notes { html += "<p class=\"note\"><strong>Note:</strong> \(lines(notes))</p>\n" }
        return html
    }

    /// `text` escaped, with line breaks as `<br>`.
    private static func lines(_ text: String) -> String {
        splitLines(text).map(escape).joined(separator: "<br>\n")
    }

    /// `text` as `<p>` elements: blank lines separate paragraphs, other line breaks are `<br>`.
    private static func paragraphs(_ text: String) -> String {
        var groups: [[String]] = [[]]
        for line in splitLines(text) {
            if line.trimmingSpaces.isEmpty {
                if !(groups.last?.isEmpty ?? true) { groups.append([]) }
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        return groups.filter { !$0.isEmpty }.map { "<p>" + $0.map(escape).joined(separator: "<br>\n") + "</p>\n" }
            .joined()
    }

    private static func splitLines(_ text: String) -> [String] {
        text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static let stylesheet = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --rule: #c9c9d1; --accent: #1f4e8c; --gap: #f3efe4; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
        h1 { font-size: 2rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.5rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--rule); }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
        a { color: var(--accent); }
        a.code { font-variant-numeric: tabular-nums; text-decoration: none; margin-right: 0.3em; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; color: var(--muted); }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .epigraph { font-style: italic; border-left: 4px solid var(--rule); margin: 1rem 0; padding: 0.2rem 1rem; }
        .stem q { font-weight: 600; }
        .note { color: var(--muted); font-size: 0.9rem; }
        .contents ol { list-style: none; padding-left: 1.2rem; }
        .contents > ol { padding-left: 0; }
        .level-list { padding-left: 1.2rem; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.92rem; }
        th, td { border: 1px solid var(--rule); padding: 0.45rem 0.6rem; vertical-align: top; text-align: left; }
        th { background: #eef1f6; }
        td.gap { background: repeating-linear-gradient(135deg, var(--gap), var(--gap) 8px, #ebe5d3 8px, #ebe5d3 16px); color: var(--muted); font-style: italic; }
        td.gap strong { font-style: normal; }
        .component { break-inside: avoid; page-break-inside: avoid; }
        @media print {
          @page { size: A4; margin: 15mm 12mm; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          a { color: inherit; text-decoration: none; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          .contents { break-after: page; page-break-after: always; }
          .component, table, tr { break-inside: avoid; page-break-inside: avoid; }
          th { background: #eef1f6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          td.gap { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
