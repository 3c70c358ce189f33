import CompetencyFramework
import CompetencyTestSupport
import FrameworkExport
import Testing

@Suite struct HTMLExportTests {
    @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
    func isWellFormedWithAnAnchorPerNodeAndEveryDescriptor(fixture: String) throws {
        let framework = try Fixtures.framework(fixture)
        let html = HTMLExport.render(framework)
        let ids = try HTMLChecker.check(html)
        #expect(Set(ids).count == ids.count, "ids are unique")
        for domain in framework.domains {
            #expect(ids.contains(domain.code.rawValue))
            for subdomain in domain.subdomains { #expect(ids.contains(subdomain.code.rawValue)) }
        }
        for component in framework.components {
            #expect(html.contains("<section class=\"component\" id=\"\(component.code.rawValue)\">"))
            #expect(html.contains("<a href=\"#\(component.code.rawValue)\">"))
        }
        for (_, _, descriptor) in framework.allDescriptors {
            switch descriptor {
            case .text(let text):
                #expect(
                    html.contains(
                        "<td>" + HTMLExport.escape(text).replacingOccurrences(of: "\n", with: "<br>\n") + "</td>"))
            case .gap(let reason):
                #expect(html.contains("<td class=\"gap\"><strong>Gap:</strong> " + HTMLExport.escape(reason) + "</td>"))
            }
        }
        // One column per level in every component's table.
        let headerRow =
            "<tr>" + framework.levels.map { "<th scope=\"col\">\(HTMLExport.escape($0.name))</th>" }.joined() + "</tr>"
        #expect(html.components(separatedBy: headerRow).count == framework.components.count + 1)
    }

    @Test func isSelfContainedAndPrintable() throws {
        let html = HTMLExport.render(try Fixtures.small())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
        for forbidden in ["<script", "<link", "src=", "@import", "url(", "http://", "<iframe"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("size: A4"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.contains("<p class=\"stem\">Descriptors continue the stem <q>A teacher will</q>.</p>"))
        #expect(
            html.contains(
                "<blockquote class=\"epigraph\">\n<p>&quot;Books are a uniquely portable magic.&quot; — Stephen King</p>"
            ))
        #expect(html.contains("<nav class=\"contents\""))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func leavesOutLangWithoutALanguage() throws {
        var framework = try Fixtures.digitalSkills()
        framework.metadata.language = nil
        #expect(HTMLExport.render(framework).contains("<!DOCTYPE html>\n<html>\n"))
    }

    @Test func escapesEverything() {
        #expect(
            HTMLExport.escape("<a href=\"x\">Tom & Jerry's</a>")
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(
            HTMLExport.escape("nul\u{0} bell\u{7} del\u{7F} c1\u{85} nonchar" + TrickyStrings.scalar(0xFFFF))
                == "nul\u{2400} bell\u{2407} del\u{2421} c1\u{FFFD} nonchar\u{FFFD}")
        #expect(HTMLExport.escape("tab\tline\nok") == "tab\tline\nok")
        #expect(HTMLExport.anchor(Code("2a.iii")) == "2a.iii")
        #expect(HTMLExport.anchor(Code("a b\"c")) == "a_b&quot;c")
    }

    @Test func randomTextStaysWellFormed() throws {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<100 {
            let text = TrickyStrings.string(using: &generator, maxLength: 40)
            let framework = Framework(
                metadata: FrameworkMetadata(
                    id: "x", title: text, description: text, epigraph: text, notes: [text], stem: text),
                levels: [ProficiencyLevel(id: "a", name: text, summary: text, indicators: [text])],
                domains: [
                    Domain(
                        code: "1", title: text, description: text,
                        subdomains: [
                            Subdomain(
                                code: "1a", title: text,
                                components: [
                                    Component(
                                        code: "1a.i", title: text,
                                        descriptors: [LevelDescriptor(level: "a", .gap(reason: text))], notes: text)
                                ], notes: text)
                        ])
                ])
            try HTMLChecker.check(HTMLExport.render(framework))
        }
    }
}
