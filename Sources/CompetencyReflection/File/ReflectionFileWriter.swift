import CompetencyFramework
import CompetencyKitInternals
import YAMLLite

/// Writes a reflection file: the file `competency reflect init` gives a person to fill in,
/// and the way an app saves a reflection in the same form.
///
/// The file starts with comments on how to fill it in and the framework's levels (id and
/// name), then the header (`framework`, `name`, `role`, `date`) and under `components:` one
/// entry per component of the framework, in document order, grouped under comments naming
/// each domain and subdomain, each entry preceded by a comment with its code and title:
///
/// ```yaml
///   # 1a.i  Know and apply statutory guidance
///   - code: 1a.i
///     level:
///     evidence:
///     focus: no
/// ```
///
/// Values the reflection holds are written in; everything else is left empty, with
/// `focus: no`. Entries for codes that are not components of the framework are kept, after
/// the others, under a comment saying so. Text is written in the styles
/// ``FrameworkFileWriter`` uses, so the file reads back the same with YAML-lite and with
/// any YAML parser that keeps scalars as strings (such as PyYAML's `BaseLoader`); comments
/// hold titles with control and invisible characters replaced by spaces.
public enum ReflectionFileWriter {
    /// The reflection file for `reflection` over `framework`, ending with a newline.
    ///
    /// `fileName` and `frameworkFile`, when given, make the instructions' example commands
    /// name the file itself and the framework file to check it against.
    public static func render(
        _ reflection: Reflection, framework: Framework, fileName: String? = nil, frameworkFile: String? = nil
    ) -> String {
        var lines = instructions(framework: framework, fileName: fileName, frameworkFile: frameworkFile)
        lines.append("framework: " + ScalarStyle.scalar(reflection.framework))
        lines.append(field("name", reflection.name, indent: 0))
        lines.append(field("role", reflection.role, indent: 0))
        lines.append(field("date", reflection.date, indent: 0))
        lines.append("")
        lines.append("components:")
        var remaining = reflection.entries
        for domain in framework.domains {
            let rule = "  # " + String(repeating: "=", count: 70)
            lines += ["", rule, "  # " + comment(domain.code.rawValue + "  " + domain.title), rule]
            for subdomain in domain.subdomains {
                lines += ["", "  # --- " + comment(subdomain.code.rawValue + "  " + subdomain.title) + " ---"]
                for component in subdomain.components {
                    let key = component.code.lookupKey
                    let entry = remaining.firstIndex { $0.code.lookupKey == key }.map { remaining.remove(at: $0) }
                    lines += ["", "  # " + comment(component.code.rawValue + "  " + component.title)]
                    lines += self.entry(entry ?? Reflection.Entry(code: component.code), code: component.code)
                }
            }
        }
        if !remaining.isEmpty {
            lines += ["", "  # Not components of \(comment(framework.metadata.title)):"]
            for entry in remaining {
                lines += [""] + self.entry(entry, code: entry.code)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    private static func instructions(framework: Framework, fileName: String?, frameworkFile: String?) -> [String] {
        let title = comment(framework.metadata.title)
        let id = comment(framework.metadata.id)
        let option = frameworkFile.map { " --framework " + shellWord($0) } ?? ""
        let file = fileName.map(shellWord) ?? "FILE"
        let example = framework.components.first.map { comment($0.code.rawValue) } ?? "CODE"
        var lines = [
            "# Self-reflection: \(title) (framework id: \(id))",
            "#",
            "# How to fill it in, in any text editor, over as many sittings as you like:",
            "#   1. Read each component at every level (\"competency show \(example)\(option)\" prints them),",
            "#      then write after \"level:\" the level that best describes your practice now.",
            "#      Leave it empty until you have reflected on the component.",
            "#   2. Optionally, note after \"evidence:\" what shows it: something you did, saw or were told.",
            "#      For several lines, write \"evidence: |\" and indent the lines below it.",
            "#   3. Change \"focus: no\" to \"focus: yes\" for the few components you want to grow in next.",
            "#",
            "# The levels, lowest first (write the id or the name):",
        ]
        let ids = framework.levels.map { comment($0.id) }
        let width = (ids.map(\.count).max() ?? 0) + 3
        for (id, level) in zip(ids, framework.levels) {
            let padding = String(repeating: " ", count: max(1, width - id.count))
            lines.append("#   " + id + padding + comment(level.name))
        }
        lines += [
            "#",
            "# Then check the file, and see your profile and growth goals:",
            "#   competency reflect check \(file)\(option)",
            "#   competency reflect report \(file)\(option) --format html -o reflection-report.html",
        ]
        return lines
    }

    private static func entry(_ entry: Reflection.Entry, code: Code) -> [String] {
        var lines = ["  - code: " + ScalarStyle.scalar(code.rawValue)]
        lines.append(field("level", entry.level, indent: 4))
        if let evidence = entry.evidence, evidence.contains("\n"),
            let literal = ScalarStyle.literalLines(evidence)
        {
            lines.append("    evidence: |-")
            lines += literal.map { $0.isEmpty ? "" : "      " + $0 }
        } else {
            lines.append(field("evidence", entry.evidence, indent: 4))
        }
        lines.append("    focus: " + (entry.focus ? "yes" : "no"))
        return lines
    }

    /// `key:` and the value, or `key:` alone for no value.
    private static func field(_ key: String, _ value: String?, indent: Int) -> String {
        let start = String(repeating: " ", count: indent) + key + ":"
        guard let value, !value.isEmpty else { return start }
        return start + " " + ScalarStyle.scalar(value)
    }

    /// `text` fit for a one-line comment: line breaks, control and invisible characters become
    /// spaces, runs of spaces one space, and the ends are trimmed.
    static func comment(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || ScalarStyle.needsEscape(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result += " " }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `text` as one word for a POSIX shell: as it is when that is safe, else single-quoted.
    static func shellWord(_ text: String) -> String {
        let safe =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_./+=:,@%".unicodeScalars.contains(scalar))
            }
        if safe { return text }
        return "'" + comment(text).replacingAll("'", with: "'\\''") + "'"
    }
}
