import CompetencyFramework
import CompetencyKitInternals

/// The framework as CSV (RFC 4180): one row per component and level.
///
/// The header is ``header``. A descriptor's row has its text under `descriptor` and an empty
/// `gap_reason`; a gap's row has an empty `descriptor` and the reason under `gap_reason`.
/// `level_position` counts levels from 1, lowest first. Fields are quoted only when they
/// contain a comma, a double quote, a carriage return or a line feed, with quotes doubled;
/// line breaks inside a field are kept as they are. Every record, the last included, ends
/// with CR LF. The text is UTF-8 without a byte order mark.
///
/// ## Spreadsheet formulas
/// By default every field holds exactly the framework's text, even one that starts with `=`,
/// `+`, `-` or `@`. A spreadsheet that opens the file may treat such a field as a formula
/// ("CSV injection"), so import the file as text, or pass `guardingFormulas: true` to put a
/// `'` before any field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
/// That guard changes the data, so leave it off for files that other programs read.
public enum CSVExport {
    /// The column names, in order.
    public static let header = [
        "domain_code", "domain_title", "subdomain_code", "subdomain_title", "component_code",
        "component_title", "level_position", "level_id", "level_name", "descriptor", "gap_reason",
    ]

    /// The framework as CSV text.
    ///
    /// - Parameters:
    ///   - framework: The framework to write.
    ///   - guardingFormulas: Whether to prefix fields that a spreadsheet would run as a
    ///     formula with `'`. Off by default, so that the data stays exact.
    public static func render(_ framework: Framework, guardingFormulas: Bool = false) -> String {
        var output = ""
        func record(_ fields: [String]) {
            output += fields.map { field(guardingFormulas ? guarded($0) : $0) }.joined(separator: ",")
            output += "\r\n"
        }
        output += header.joined(separator: ",") + "\r\n"
        let levelNames = framework.levelNamesByID
        let levelPositions = framework.levelPositionsByID
        for domain in framework.domains {
            for subdomain in domain.subdomains {
                for component in subdomain.components {
                    for entry in component.descriptors {
                        let position = levelPositions[entry.level].map { String($0 + 1) } ?? ""
                        record([
                            domain.code.rawValue, domain.title, subdomain.code.rawValue, subdomain.title,
                            component.code.rawValue, component.title, position, entry.level,
                            levelNames[entry.level] ?? "", entry.descriptor.text ?? "",
                            entry.descriptor.isGap ? gapReason(entry.descriptor) : "",
                        ])
                    }
                }
            }
        }
        return output
    }

    /// `text` as one CSV field: quoted, with quotes doubled, if it contains a comma, a
    /// quote, CR or LF; as it is otherwise.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    private static func gapReason(_ descriptor: Descriptor) -> String {
        if case .gap(let reason) = descriptor { return reason }
        return ""
    }

    private static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
