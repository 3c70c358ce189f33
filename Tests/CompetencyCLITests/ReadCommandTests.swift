import Foundation
import Testing

@Suite("Reading the bundled Leadership Toolkit")
struct ReadCommandTests {
    @Test("levels: names, ids, summaries and indicators")
    func levels() throws {
        let result = try CLI.run(["levels"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("Leadership Toolkit: 3 proficiency levels, lowest first\n"))
        #expect(result.stdout.contains("1. Some impact (some-impact)\n"))
        #expect(result.stdout.contains("3. Highest impact (highest-impact)\n"))
        #expect(result.stdout.contains("   - implement initiatives with guidance and growing confidence.\n"))
    }

    @Test("levels --json is the levels' Codable form")
    func levelsJSON() throws {
        let result = try CLI.run(["levels", "--json"])
        #expect(result.status == 0)
        let levels = try #require(try parseJSON(result.stdout) as? [[String: Any]])
        #expect(levels.map { $0["id"] as? String } == ["some-impact", "high-impact", "highest-impact"])
        #expect((levels[0]["indicators"] as? [String])?.count == 4)
        #expect(levels[1]["name"] as? String == "High impact")
    }

    @Test("domains: codes, titles and counts")
    func domains() throws {
        let result = try CLI.run(["domains"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Leadership Toolkit: 4 domains"))
        #expect(result.stdout.contains("2  Shaping and Nurturing the Culture (2 subdomains, 10 components)"))
        let json = try CLI.run(["domains", "--json"])
        let domains = try #require(try parseJSON(json.stdout) as? [[String: Any]])
        #expect(domains.map { $0["code"] as? String } == ["1", "2", "3", "4"])
        #expect(domains[1]["subdomainCount"] as? Int == 2)
        #expect(domains[1]["componentCount"] as? Int == 10)
        #expect((domains[1]["subdomains"] as? [[String: Any]])?.first?["code"] as? String == "2a")
    }

    @Test("tree: every code, indented by depth, with aligned titles")
    func tree() throws {
        let result = try CLI.run(["tree"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("2  Shaping and Nurturing the Culture"))
        #expect(lines.contains("   2a  Drive to achieve purpose"))
        #expect(
            lines.contains {
                $0.hasPrefix("       2a.iii  ") && $0.hasSuffix("Evaluate performance and sharing excellence")
            })
        // Titles of components start in one column everywhere.
        let componentLines = lines.filter { $0.hasPrefix("       ") && ($0.dropFirst(7).first?.isNumber ?? false) }
        let columns = Set(
            componentLines.map { line -> Int in
                let rest = line.dropFirst(7)
                let code = rest.prefix { $0 != " " }
                let spaces = rest.dropFirst(code.count).prefix { $0 == " " }
                return 7 + code.count + spaces.count
            })
        #expect(componentLines.count == 70)
        #expect(columns.count == 1)
        #expect(!result.stdout.contains { $0 == "\t" })

        let shallow = try CLI.run(["tree", "--depth", "1"])
        #expect(!shallow.stdout.contains("2a"))
        #expect(shallow.stdout.contains("4  Leading People"))
    }

    @Test("tree --json nests codes and titles")
    func treeJSON() throws {
        let result = try CLI.run(["tree", "--json"])
        let tree = try #require(try parseJSON(result.stdout) as? [String: Any])
        #expect(tree["id"] as? String == "leadership-toolkit")
        let domains = try #require(tree["domains"] as? [[String: Any]])
        let subdomains = try #require(domains[1]["subdomains"] as? [[String: Any]])
        let components = try #require(subdomains[0]["components"] as? [[String: Any]])
        #expect(components[2]["code"] as? String == "2a.iii")
        #expect(components[2]["title"] as? String == "Evaluate performance and sharing excellence")
    }

    @Test("show a component: title, parent path, stem once, every level")
    func showComponent() throws {
        let result = try CLI.run(["show", "2a.iii"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let out = result.stdout
        #expect(out.hasPrefix("2a.iii  Evaluate performance and sharing excellence\n"))
        #expect(out.contains("in 2 Shaping and Nurturing the Culture › 2a Drive to achieve purpose"))
        #expect(out.components(separatedBy: "A leader will …").count == 2)
        for name in ["Some impact", "High impact", "Highest impact"] {
            #expect(out.contains("\n\(name)\n  "))
        }
        #expect(out.contains("  begin to create a culture of improvement"))
    }

    @Test("codes are tolerant: 2A-III finds 2a.iii")
    func tolerantCodes() throws {
        #expect(try CLI.run(["show", "2A-III"]).stdout == (try CLI.run(["show", "2a.iii"]).stdout))
    }

    @Test("show --level narrows to one level, by id, name or prefix")
    func showLevel() throws {
        let byID = try CLI.run(["show", "2a.iii", "--level", "high-impact"])
        #expect(byID.status == 0)
        #expect(byID.stdout.contains("\nHigh impact\n"))
        #expect(!byID.stdout.contains("Some impact"))
        #expect(!byID.stdout.contains("Highest impact"))
        #expect(try CLI.run(["show", "2a.iii", "--level", "High impact"]).stdout == byID.stdout)
        #expect(try CLI.run(["show", "2a.iii", "--level=highest"]).stdout.contains("\nHighest impact\n"))

        let ambiguous = try CLI.run(["show", "2a.iii", "--level", "high"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("ambiguous"))
        let unknown = try CLI.run(["show", "2a.iii", "--level", "expert"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no level \"expert\"; the levels are some-impact (Some impact)"))
    }

    @Test("declared gaps are shown as gaps with their reason")
    func gaps() throws {
        let result = try CLI.run(["show", "1d.ii"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("High impact\n  (gap) the source document has no text for this level"))
    }

    @Test("show --json of a component is its Codable form plus kind and parent")
    func showJSON() throws {
        let result = try CLI.run(["show", "2a.iii", "--json"])
        #expect(result.status == 0)
        let object = try #require(try parseJSON(result.stdout) as? [String: Any])
        #expect(object["kind"] as? String == "component")
        #expect(object["code"] as? String == "2a.iii")
        let parent = try #require(object["parent"] as? [String: Any])
        #expect(parent["code"] as? String == "2a")
        #expect(parent["kind"] as? String == "subdomain")
        let descriptors = try #require(object["descriptors"] as? [[String: Any]])
        #expect(descriptors.map { $0["level"] as? String } == ["some-impact", "high-impact", "highest-impact"])
        // Keys are sorted.
        #expect(
            result.stdout.range(of: "\"code\"")!.lowerBound < result.stdout.range(of: "\"descriptors\"")!.lowerBound)

        let gap = try #require(
            try parseJSON(CLI.run(["show", "1d.ii", "--json", "--level", "high-impact"]).stdout) as? [String: Any])
        let gapDescriptors = try #require(gap["descriptors"] as? [[String: Any]])
        #expect(gapDescriptors.count == 1)
        #expect(gapDescriptors[0]["gap"] as? String == "the source document has no text for this level")
    }

    @Test("show a domain or subdomain: description and children")
    func showGroups() throws {
        let domain = try CLI.run(["show", "2"])
        #expect(domain.status == 0)
        #expect(
            domain.stdout.hasPrefix("2  Shaping and Nurturing the Culture\n   Domain: 2 subdomains, 10 components\n"))
        #expect(domain.stdout.contains("School leaders need a unique combination"))
        #expect(domain.stdout.contains("\n2a  Drive to achieve purpose (5 components)\n"))

        let subdomain = try CLI.run(["show", "2a"])
        #expect(subdomain.stdout.contains("in 2 Shaping and Nurturing the Culture"))
        #expect(subdomain.stdout.contains("\n2a.iii  Evaluate performance and sharing excellence\n"))

        let json = try #require(try parseJSON(CLI.run(["show", "2a", "--json"]).stdout) as? [String: Any])
        #expect(json["kind"] as? String == "subdomain")
        #expect((json["parent"] as? [String: Any])?["code"] as? String == "2")
        #expect((json["components"] as? [Any])?.count == 5)
        let domainJSON = try #require(try parseJSON(CLI.run(["show", "2", "--json"]).stdout) as? [String: Any])
        #expect(domainJSON["kind"] as? String == "domain")
        #expect(domainJSON["parent"] == nil)
    }

    @Test("an unknown code fails with a did-you-mean")
    func unknownCode() throws {
        let result = try CLI.run(["show", "1a.v"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: no component \"1a.v\"; did you mean 1a.iv?\n")

        let far = try CLI.run(["show", "zz9"])
        #expect(far.status == 1)
        #expect(far.stderr.contains("no domain, subdomain or component has the code \"zz9\""))

        let compare = try CLI.run(["compare", "2a"])
        #expect(compare.status == 1)
        #expect(compare.stderr.contains("2a is a subdomain; compare needs one of its components: 2a.i, 2a.ii"))
    }

    @Test("compare marks added and removed words between levels")
    func compare() throws {
        let result = try CLI.run(["compare", "1a.i"])
        #expect(result.status == 0)
        let out = result.stdout
        #expect(out.hasPrefix("1a.i  Understand safeguarding and the duty of care to pupils and colleagues\n"))
        #expect(out.contains("High impact (+16 words, -4 words from Some impact)"))
        #expect(
            out.contains("[-an\n  awareness-] [+knowledge+] of the laws")
                || out.contains("[-an awareness-] [+knowledge+]"))
        #expect(out.contains("[+as well as+]"))
        #expect(out.contains("[+in-depth+]"))
        #expect(!out.hasSuffix("\n\n"))
    }

    @Test("compare --json gives word runs per level")
    func compareJSON() throws {
        let result = try CLI.run(["compare", "1d.ii", "--json"])
        #expect(result.status == 0)
        let object = try #require(try parseJSON(result.stdout) as? [String: Any])
        #expect(object["code"] as? String == "1d.ii")
        #expect(object["stem"] as? String == "A leader will")
        let levels = try #require(object["levels"] as? [[String: Any]])
        #expect(levels.count == 3)
        #expect(levels[0]["changes"] == nil)
        #expect(levels[1]["gap"] as? String == "the source document has no text for this level")
        // Across a gap, the comparison is with the last level that has text.
        #expect(levels[2]["comparedWith"] as? String == "some-impact")
        let changes = try #require(levels[2]["changes"] as? [[String: String]])
        #expect(Set(changes.compactMap { $0["change"] }) == ["same", "added", "removed"])
        // The runs rebuild the new text.
        let rebuilt = changes.filter { $0["change"] != "removed" }.compactMap { $0["text"] }.joined(separator: " ")
        #expect(rebuilt == (levels[2]["text"] as? String)?.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test("search ranks titles first and marks the matched words")
    func search() throws {
        let result = try CLI.run(["search", "excellence"])
        #expect(result.status == 0)
        let out = result.stdout
        #expect(
            out.hasPrefix("9 matches for \"excellence\":\n\n2a.iii  Evaluate performance and sharing **excellence**\n"))
        #expect(out.contains("High impact: actively promote a culture of **excellence** by"))

        let phrase = try CLI.run(["search", "safe", "environment", "--limit", "1"])
        #expect(phrase.stdout.contains("provide a **safe environment**"))
        #expect(phrase.stdout.contains("showing the best 1"))
    }

    @Test("search --level keeps one level; no match exits 1")
    func searchLevel() throws {
        let result = try CLI.run(["search", "excellence", "--level", "highest-impact"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("High impact:"))
        #expect(result.stdout.contains("Highest impact:"))

        let none = try CLI.run(["search", "xylophone"])
        #expect(none.status == 1)
        #expect(none.stdout == "No matches for \"xylophone\".\n")
    }

    @Test("search --json gives codes, levels, words and ranges")
    func searchJSON() throws {
        let result = try CLI.run(["search", "safe environment", "--json", "--limit", "2"])
        #expect(result.status == 0)
        let object = try #require(try parseJSON(result.stdout) as? [String: Any])
        #expect(object["query"] as? String == "safe environment")
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.count == 2)
        #expect(matches[0]["code"] as? String == "1a.ii")
        #expect(matches[0]["field"] as? String == "title")
        #expect(matches[0]["words"] as? [String] == ["safe", "environment"])
        let ranges = try #require(matches[0]["ranges"] as? [[String: Int]])
        let text = try #require(matches[0]["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let first = try #require(ranges.first)
        #expect(String(String.UnicodeScalarView(scalars[first["start"]!..<first["end"]!])) == "safe")
        #expect(matches[1]["field"] as? String == "descriptor")
        #expect(matches[1]["level"] as? String != nil)
        #expect((object["total"] as? Int ?? 0) > 2)
    }
}
