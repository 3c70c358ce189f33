import CompetencyFramework
import YAMLLite

/// Writes a framework as a framework file (`*.framework.yaml`, see
/// `docs/framework-format.md`) that YAML-lite, and any YAML 1.1 or 1.2 parser that keeps
/// scalars as strings (such as PyYAML's `BaseLoader`), reads back as the same framework.
///
/// Keys come in the order the format documents them, with `symbol` after the title or name;
/// optional values that are absent and empty lists are left out; component codes are always
/// written. Descriptors are written under `descriptors:` and gaps under `gaps:`, each keyed
/// by level id.
///
/// Each text value is written in the style YAML-lite's ``YAMLLite/ScalarStyle`` chooses: plain
/// where that reads back exactly (so `code: 1a` but `code: "1"`), folded or literal for long or
/// multi-line text, double-quoted otherwise.
///
/// ## Limits
/// The format has no way to write an empty list or mapping without flow style, which
/// YAML-lite leaves out, so a framework with no levels, a domain without subdomains or a
/// component whose every level is a gap is written with an empty value (`descriptors:`),
/// which the loader reports. Level ids longer than 1024 characters cannot be keys.
public enum FrameworkFileWriter {
    /// The widest line the writer aims for when it folds long text.
    public static let lineWidth = 100

    /// The framework as the text of a framework file, ending with a newline.
    public static func render(_ framework: Framework) -> String {
        var out = BlockWriter(lineWidth: lineWidth)
        let metadata = framework.metadata
        out.text("id", metadata.id, indent: 0)
        out.text("title", metadata.title, indent: 0)
        out.optionalText("symbol", metadata.symbol, indent: 0)
        out.optionalText("version", metadata.version, indent: 0)
        out.optionalText("date", metadata.date, indent: 0)
        out.optionalText("publisher", metadata.publisher, indent: 0)
        out.optionalText("description", metadata.description, indent: 0)
        out.optionalText("epigraph", metadata.epigraph, indent: 0)
        out.textList("notes", metadata.notes, indent: 0)
        out.optionalText("licence", metadata.licence, indent: 0)
        out.optionalText("source", metadata.source, indent: 0)
        out.optionalText("language", metadata.language, indent: 0)
        out.optionalText("stem", metadata.stem, indent: 0)

        out.raw("")
        out.key("levels", indent: 0)
        for level in framework.levels {
            out.text("id", level.id, indent: 4, listItem: true)
            out.text("name", level.name, indent: 4)
            out.optionalText("symbol", level.symbol, indent: 4)
            out.optionalText("summary", level.summary, indent: 4)
            out.textList("indicators", level.indicators, indent: 4)
        }

        out.raw("")
        out.key("domains", indent: 0)
        for domain in framework.domains {
            out.text("code", domain.code.rawValue, indent: 4, listItem: true)
            out.text("title", domain.title, indent: 4)
            out.optionalText("symbol", domain.symbol, indent: 4)
            out.optionalText("description", domain.description, indent: 4)
            out.optionalText("notes", domain.notes, indent: 4)
            out.key("subdomains", indent: 4)
            for subdomain in domain.subdomains {
                out.text("code", subdomain.code.rawValue, indent: 8, listItem: true)
                out.text("title", subdomain.title, indent: 8)
                out.optionalText("symbol", subdomain.symbol, indent: 8)
                out.optionalText("description", subdomain.description, indent: 8)
                out.optionalText("notes", subdomain.notes, indent: 8)
                out.key("components", indent: 8)
                for component in subdomain.components {
                    out.text("code", component.code.rawValue, indent: 12, listItem: true)
                    out.text("title", component.title, indent: 12)
                    out.optionalText("symbol", component.symbol, indent: 12)
                    out.optionalText("notes", component.notes, indent: 12)
                    let texts = component.descriptors.compactMap { entry in
                        entry.descriptor.text.map { (entry.level, $0) }
                    }
                    let gaps = component.descriptors.compactMap { entry -> (String, String)? in
                        if case .gap(let reason) = entry.descriptor { return (entry.level, reason) }
                        return nil
                    }
                    out.mapping("descriptors", texts, indent: 12, always: true)
                    out.mapping("gaps", gaps, indent: 12, always: false)
                }
            }
        }
        return out.text
    }

}
