import CompetencyFramework
import CompetencyReflection
import CompetencyTestSupport
import Foundation
import FrameworkExport
import FrameworkLoading
import Testing

/// `competency reflect`: init → check → report → compare, run as a user would.
@Suite("reflect")
struct ReflectCommandTests {
    static func fixture(_ name: String) -> String { CLI.fixture("reflection/" + name) }

    /// The bundled toolkit, read from its framework file in the repository.
    static let toolkit: Framework = {
        guard let framework = FrameworkFile.load(path: Repository.toolkit.path).framework else {
            preconditionFailure("no toolkit")
        }
        return framework
    }()

    // MARK: - init

    @Test("init writes every component with an empty level, empty evidence and focus: no")
    func initToStandardOutput() throws {
        let result = try CLI.run(["reflect", "init", "--date", "2026-11-29", "--name", "Sam Patel"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let text = result.stdout
        #expect(text.hasPrefix("# Self-reflection: Leadership Toolkit (framework id: leadership-toolkit)\n"))
        #expect(text.contains("\n#   some-impact      Some impact\n#   high-impact      High impact\n"))
        #expect(
            text.contains("\nframework: leadership-toolkit\nname: Sam Patel\nrole:\ndate: 2026-11-29\n\ncomponents:\n"))
        #expect(
            text.contains(
                "\n  # --- 2a Drive to achieve purpose ---\n\n  # 2a.i Set high expectations\n  - code: 2a.i\n    level:\n"
                    + "    evidence:\n    focus: no\n"))
        #expect(text.components(separatedBy: "\n  - code: ").count - 1 == 70)
        #expect(!text.contains(" \n"), "no trailing spaces")
        // It reads back with no diagnostic but the note that nothing is reflected on yet.
        let file = ReflectionFile.load(text: text, path: "init.yaml", framework: Self.toolkit)
        #expect(file.diagnostics.map(\.code) == ["R140"])
        let reflection = try #require(file.reflection)
        #expect(reflection == Reflection(blankFor: Self.toolkit, name: "Sam Patel", date: "2026-11-29"))
    }

    @Test("init -o writes a file once, and replaces it only with --force")
    func initToFile() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("my-reflection.yaml").path
        let first = try CLI.run(["reflect", "init", "-o", path, "--date", "2026-11-29"])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Wrote \(path): 70 components of the Leadership Toolkit to reflect on.\n"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("#   competency reflect check \(path)\n"))

        try "framework: leadership-toolkit\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try CLI.run(["reflect", "init", "-o", path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists, and may hold a reflection"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "framework: leadership-toolkit\n")
        let forced = try CLI.run(["reflect", "init", "-o", path, "--force", "--date", "2026-11-29"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
    }

    @Test("init reads the date from the clock unless --date is given")
    func initDate() throws {
        let result = try CLI.run(["reflect", "init"])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("date: ") })
        #expect(ReflectionFile.isCalendarDate(String(line.dropFirst(6))))
        let bad = try CLI.run(["reflect", "init", "--date", "29/11/2026"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--date needs a calendar date written YYYY-MM-DD"))
    }

    @Test("init for another framework names its file in the instructions")
    func initOtherFramework() throws {
        let reading = CLI.fixture("Reading.framework.yaml")
        let result = try CLI.run(["reflect", "init", "--framework", reading, "--date", "2026-11-29"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("#   competency reflect check FILE --framework \(reading)\n"))
        #expect(result.stdout.contains("\nframework: reading-for-pleasure\n"))
        #expect(result.stdout.contains("\n  # 1a.ii Talk about books\n  - code: 1a.ii\n"))
    }

    @Test(
        "PyYAML's BaseLoader reads an init'd file and the filled-in fixture as we do",
        .enabled(if: Python.hasModule("yaml"), "needs python3 with PyYAML"))
    func pyYAMLAgrees() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let initialised = directory.appendingPathComponent("init.yaml").path
        #expect(try CLI.run(["reflect", "init", "-o", initialised, "--date", "2026-11-29"]).status == 0)
        for path in [initialised, Self.fixture("toolkit-autumn.yaml")] {
            let reflection = try #require(
                ReflectionFile.load(path: path, framework: Self.toolkit).reflection)
            let script = """
                import json, sys, yaml
                data = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.BaseLoader)
                print(json.dumps(data))
                """
            let output = try Python.run(script, path)
            let data = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            #expect(data["framework"] as? String == reflection.framework)
            #expect((data["date"] as? String).flatMap { $0.isEmpty ? nil : $0 } == reflection.date)
            let entries = try #require(data["components"] as? [[String: String]])
            #expect(entries.count == reflection.entries.count)
            for (entry, expected) in zip(entries, reflection.entries) {
                #expect(entry["code"] == expected.code.rawValue)
                #expect(entry["level"] == (expected.level ?? ""))
                #expect(entry["evidence"] == (expected.evidence ?? ""))
                #expect(entry["focus"] == (expected.focus ? "yes" : "no"))
            }
        }
    }

    @Test("the committed sample is an init'd file filled in: writing it back gives the same text")
    func fixtureIsFilledInInitFile() throws {
        for name in ["toolkit-autumn.yaml", "toolkit-summer.yaml"] {
            let text = try String(contentsOfFile: Self.fixture(name), encoding: .utf8)
            let reflection = try #require(
                ReflectionFile.load(text: text, path: name, framework: Self.toolkit).reflection)
            #expect(
                ReflectionFileWriter.render(reflection, framework: Self.toolkit, fileName: "my-reflection.yaml") == text
            )
        }
    }

    @Test("what the writer writes, any text included, reads back as the same reflection")
    func writerRoundTrip() throws {
        var reflection = Reflection(
            blankFor: Self.toolkit, name: "Zoë \"Z\" O'Neil: #1", role: "- yes", date: "2026-11-29")
        let evidence = [
            "plain words", "a: colon", "# not a comment", "yes", "1.5", "two\nlines: here", "line\n\n  indented",
            "trailing space ", "tab\there", "\u{202E}bidi", "emoji 👩🏽‍🏫", "'quoted'", "ends with newline\n",
        ]
        for (index, text) in evidence.enumerated() {
            var entry = reflection.entries[index]
            entry.evidence = text
            entry.level = Self.toolkit.levels[index % 3].id
            entry.focus = index % 2 == 0
            reflection.setEntry(entry)
        }
        reflection.entries.append(Reflection.Entry(code: "9z.i", level: "high-impact"))
        let written = ReflectionFileWriter.render(reflection, framework: Self.toolkit)
        #expect(written.contains("\n  # Not components of Leadership Toolkit:\n\n  - code: 9z.i\n"))
        let file = ReflectionFile.load(text: written, path: "round-trip.yaml", framework: Self.toolkit)
        // The stray code is reported; every other value reads back exactly.
        #expect(file.diagnostics.map(\.code) == ["R120"])
        reflection.entries.removeLast()
        let clean = ReflectionFileWriter.render(reflection, framework: Self.toolkit)
        let reread = ReflectionFile.load(text: clean, path: "round-trip.yaml", framework: Self.toolkit)
        #expect(reread.diagnostics.allSatisfy { $0.code == "R140" }, "\(reread.diagnostics)")
        #expect(reread.reflection == reflection)
    }

    // MARK: - check

    @Test("check passes a partly filled-in file, with a note and a summary")
    func checkValid() throws {
        let path = Self.fixture("toolkit-autumn.yaml")
        let result = try CLI.run(["reflect", "check", path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.hasPrefix(
                "\(path):24:1: note: 19 of 70 components are not yet reflected on: 1d.iv, 1d.v, 1d.vi, 1d.vii, "
                    + "3b.vi, 3b.vii, 3c.i, 3c.ii and 11 more [R140]\n 24 | components:\n    | ^\n"))
        #expect(
            result.stdout.hasSuffix(
                "\n\(path): 0 errors, 0 warnings; 51 of 70 components reflected on, 3 marked focus\n"))
    }

    @Test("check reports every problem with a caret, and fails")
    func checkErrors() throws {
        let path = Self.fixture("broken.yaml")
        let result = try CLI.run(["reflect", "check", path])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                """
                \(path):7:12: error: "hihg-impact" in the entry for 1a.i is not a level of Leadership Toolkit [R130]
                 7 |     level: hihg-impact
                   |            ^
                   = hint: did you mean "high-impact"?
                \(path):9:11: error: "1a.v" is not the code of a component of Leadership Toolkit [R120]
                 9 |   - code: 1a.v
                   |           ^
                   = hint: did you mean "1a.iv"?
                \(path):13:12: error: "focus" in the entry for 2a.iii must be "yes" or "no", not "maybe" [R131]
                """))
        #expect(result.stdout.hasSuffix("\n\(path): 3 errors, 0 warnings\n"))

        let json = try CLI.run(["reflect", "check", path, "--json"])
        #expect(json.status == 1)
        let report = try #require(try parseJSON(json.stdout) as? [String: Any])
        #expect(report["errors"] as? Int == 3)
        #expect(report["passed"] as? Bool == false)
        #expect(report["reflectedOn"] == nil)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["R130", "R120", "R131"])
    }

    @Test("check --json summarises a usable file")
    func checkJSON() throws {
        let result = try CLI.run(["reflect", "check", "--json", Self.fixture("toolkit-autumn.yaml")])
        #expect(result.status == 0)
        let report = try #require(try parseJSON(result.stdout) as? [String: Any])
        #expect(report["framework"] as? String == "leadership-toolkit")
        #expect(report["reflectedOn"] as? Int == 51)
        #expect(report["components"] as? Int == 70)
        #expect(report["focus"] as? Int == 3)
        #expect(report["passed"] as? Bool == true)
    }

    @Test("check against the wrong framework says so")
    func checkMismatch() throws {
        let result = try CLI.run([
            "reflect", "check", Self.fixture("toolkit-autumn.yaml"), "--framework",
            CLI.fixture("Reading.framework.yaml"),
        ])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                ":19:12: error: this reflection is on the framework \"leadership-toolkit\", but it is being checked "
                    + "against \"reading-for-pleasure\" (Reading for Pleasure) [R110]"))
    }

    @Test("check reads standard input, and reports a missing file")
    func checkStandardInput() throws {
        let text = try String(contentsOfFile: Self.fixture("broken.yaml"), encoding: .utf8)
        let result = try CLI.run(["reflect", "check", "-"], stdin: text)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:7:12: error: "))
        #expect(result.stdout.hasSuffix("standard input: 3 errors, 0 warnings\n"))
        let missing = try CLI.run(["reflect", "check", "/nonexistent/r.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("/nonexistent/r.yaml:1:1: error: no such file: /nonexistent/r.yaml [R100]"))
    }

    // MARK: - report

    @Test("report prints the profile, strengths, goals beside the current level, and what is not yet reflected on")
    func reportText() throws {
        let result = try CLI.run(["reflect", "report", Self.fixture("toolkit-autumn.yaml")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let text = result.stdout
        #expect(
            text.hasPrefix(
                """
                Sam Patel, Head of Year 7
                Leadership Toolkit · 2026-10-05
                51 of 70 components reflected on · 10 at Highest impact · 3 growth goals

                PROFILE
                Levels: [1] Some impact · [2] High impact · [3] Highest impact · [-] not yet
                        reflected on

                                                                               1   2   3   - all
                1  Professional Knowledge and Understanding                    7  10   2   4  23

                """))
        #expect(text.contains("\nAll components                                                17  24  10  19  70\n"))
        #expect(text.contains("\nSTRENGTHS: at Highest impact (10)\n  1b.ii   Model inclusivity with power and love\n"))
        #expect(text.contains("\nGROWTH GOALS: the components marked \"focus: yes\" (3)\n"))
        #expect(
            text.contains(
                "   Next  High impact\n         (gap) the source document has no text for this level\n"))
        #expect(text.contains("\n2. 2a.iii Evaluate performance and sharing excellence\n   Now   High impact\n"))
        #expect(text.contains("   Evidence: The reading-age project had actions but no agreed measure of\n"))
        #expect(
            text.hasSuffix(
                "\nNOT YET REFLECTED ON (19)\n  1d.iv, 1d.v, 1d.vi, 1d.vii, 3b.vi, 3b.vii, 3c.i, 3c.ii, 3c.iii, 3c.iv, 3d.i,\n  3d.ii, 3d.iii, 3d.iv, 4d.i, 4d.ii, 4d.iii, 4e.iii, 4e.iv\n"
            ))
        // Wrapped to COLUMNS.
        let narrow = try CLI.run(
            ["reflect", "report", Self.fixture("toolkit-autumn.yaml")], environment: ["COLUMNS": "50"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }

    @Test("without focus marks, the goals are those furthest below the top; a gap is shown as a gap")
    func reportWithoutFocus() throws {
        let result = try CLI.run([
            "reflect", "report", Self.fixture("reading.yaml"), "--framework", CLI.fixture("Reading.framework.yaml"),
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                """
                GROWTH GOALS (2)
                No component is marked "focus: yes", so these are the components furthest below
                Secure.

                1. 1a.ii Talk about books
                   Now   Developing
                         A teacher will share a book they are reading each week.
                   Next  Secure
                         (gap) the source document has no text for this level
                """))
    }

    @Test("a framework with one level has no next level: the report says so")
    func reportOneLevel() throws {
        let framework = Self.fixture("one-level.framework.yaml")
        let result = try CLI.run(["reflect", "report", Self.fixture("one-level.yaml"), "--framework", framework])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "   Now   Met\n         know every exit from the building.\n   Next  none: Met is the top level\n"))
        let unfocused = "framework: fire-safety\ncomponents:\n  - code: 1a.i\n    level: met\n"
        let plain = try CLI.run(["reflect", "report", "-", "--framework", framework], stdin: unfocused)
        #expect(plain.status == 0)
        #expect(
            plain.stdout.contains(
                "GROWTH GOALS\n  The framework has one level, so there is no next level to grow into.\n"))
        for format in ["html", "markdown"] {
            let other = try CLI.run(
                ["reflect", "report", "-", "--framework", framework, "--format", format], stdin: unfocused)
            #expect(other.status == 0)
            #expect(other.stdout.contains("The framework has one level, so there is no next level to grow into."))
        }
        let json = try CLI.run(
            ["reflect", "report", "-", "--framework", framework, "--format", "json"], stdin: unfocused)
        let report = try JSONDecoder().decode(ReflectionReport.self, from: Data(json.stdout.utf8))
        #expect(report.plan.basis == .none)
        #expect(report.levels.count == 1)
    }

    @Test("report --format html is one well-formed page with every goal, escaped")
    func reportHTML() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.html").path
        let result = try CLI.run([
            "reflect", "report", Self.fixture("toolkit-autumn.yaml"), "--format", "html", "-o", path,
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        try HTMLChecker.check(html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n"))
        #expect(!html.contains("<script"))
        #expect(
            !html.contains("http://")
                || html.components(separatedBy: "http://").count - 1 == html.components(
                    separatedBy: "xmlns=\"http://www.w3.org/2000/svg\""
                ).count - 1)
        #expect(html.contains("<svg class=\"profile-chart\""))
        #expect(html.contains("@media print"))
        let report = ReflectionReport(
            try #require(
                ReflectionFile.load(path: Self.fixture("toolkit-autumn.yaml"), framework: Self.toolkit).reflection),
            in: Self.toolkit)
        #expect(report.plan.goals.count == 3)
        for goal in report.plan.goals {
            #expect(html.contains("id=\"_goal-\(goal.component.code)\""))
            for step in [goal.current, goal.next].compactMap({ $0 }) {
                switch step.descriptor {
                case .text(let text): #expect(html.contains(HTMLExport.escape(text)))
                case .gap(let reason): #expect(html.contains("<strong>Gap:</strong> \(HTMLExport.escape(reason))"))
                }
            }
        }
        for component in report.components {
            #expect(html.contains("<tr id=\"\(component.code)\""))
        }
    }

    @Test("every text in the HTML page is escaped")
    func reportHTMLEscapes() throws {
        let reflection = """
            framework: leadership-toolkit
            name: "<script>alert('x')</script> & co"
            components:
              - code: 1a.i
                level: some-impact
                evidence: "<img src=x onerror=alert(1)> \\"quoted\\""
                focus: yes
            """
        let result = try CLI.run(["reflect", "report", "-", "--format", "html"], stdin: reflection)
        #expect(result.status == 0)
        try HTMLChecker.check(result.stdout)
        #expect(!result.stdout.contains("<script>"))
        #expect(!result.stdout.contains("<img"))
        #expect(result.stdout.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(result.stdout.contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;"))
    }

    @Test("report --format markdown and json")
    func reportMarkdownAndJSON() throws {
        let markdown = try CLI.run(["reflect", "report", Self.fixture("toolkit-autumn.yaml"), "--format", "md"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Self-reflection: Sam Patel, Head of Year 7\n"))
        #expect(markdown.stdout.contains("\n### 1d.ii Ensure that the knowledge"))
        #expect(markdown.stdout.contains("| Now: Some impact | Next: High impact |"))
        #expect(markdown.stdout.contains("*Gap: the source document has no text for this level*"))

        let json = try CLI.run(["reflect", "report", Self.fixture("toolkit-autumn.yaml"), "--format", "json"])
        #expect(json.status == 0)
        let report = try JSONDecoder().decode(ReflectionReport.self, from: Data(json.stdout.utf8))
        #expect(report.plan.basis == .focus)
        #expect(report.plan.goals.map(\.component.code) == ["1d.ii", "2a.iii", "3b.iv"])
        #expect(report.profile.overall.counts == [17, 24, 10])
        let object = try #require(try parseJSON(json.stdout) as? [String: Any])
        #expect(object["frameworkID"] as? String == "leadership-toolkit")
    }

    @Test("report refuses an unusable file, and an unknown format")
    func reportErrors() throws {
        let broken = try CLI.run(["reflect", "report", Self.fixture("broken.yaml")])
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.contains(":7:12: error: \"hihg-impact\""))
        #expect(
            broken.stderr.hasSuffix("error: \(Self.fixture("broken.yaml")) is not a usable reflection (3 errors)\n"))
        let format = try CLI.run(["reflect", "report", Self.fixture("toolkit-autumn.yaml"), "--format", "htlm"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("error: unknown format \"htlm\"; did you mean html?"))
    }

    // MARK: - compare

    @Test("compare shows what moved up, what moved down, what is new, and how much is unchanged")
    func compare() throws {
        let old = Self.fixture("toolkit-autumn.yaml")
        let new = Self.fixture("toolkit-summer.yaml")
        let result = try CLI.run(["reflect", "compare", old, new])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.hasPrefix(
                """
                Progress: Sam Patel
                Leadership Toolkit · 2026-10-05 → 2027-06-21

                MOVED UP (4)
                  1a.iii  Understand the financial, human, digital and education resources
                          management
                          Some impact → High impact (+1)

                """))
        #expect(
            result.stdout.contains(
                "  2a.iii  Evaluate performance and sharing excellence\n          High impact → Highest impact (+1, was a focus)\n"
            ))
        #expect(
            result.stdout.contains(
                "\nMOVED DOWN (1)\n  1c.v    Support inclusive teaching\n          High impact → Some impact (-1)\n"))
        #expect(result.stdout.contains("\nNEWLY REFLECTED ON (4)\n"))
        #expect(
            result.stdout.contains(
                "\nNO LONGER REFLECTED ON (1)\n  4e.ii   Support colleagues to achieve their professional growth\n"))
        #expect(
            result.stdout.hasSuffix(
                "\nUNCHANGED: 45 components at the same level\nNot reflected on in either: 15 components\n"))

        let json = try CLI.run(["reflect", "compare", old, new, "--json"])
        #expect(json.status == 0)
        let comparison = try JSONDecoder().decode(ReflectionComparison.self, from: Data(json.stdout.utf8))
        #expect(comparison.movedUp.map(\.code) == ["1a.iii", "1d.ii", "2a.iii", "3b.iv"])
        #expect(comparison.movedDown.map(\.code) == ["1c.v"])
        #expect(comparison.new.map(\.code) == ["1d.iv", "1d.v", "3c.i", "3c.ii"])
        #expect(comparison.unchanged == 45)

        let swapped = try CLI.run(["reflect", "compare", new, old])
        #expect(swapped.status == 0)
        #expect(swapped.stderr.contains("is dated after"))
        #expect(swapped.stdout.contains("MOVED DOWN (4)"))
    }

    // MARK: - Usage

    @Test("usage errors name the subcommands, options and files")
    func usage() throws {
        let cases: [([String], String)] = [
            (["reflect"], "error: reflect needs a SUBCOMMAND (such as init)"),
            (["reflect", "chekc", "x.yaml"], "error: unknown reflect subcommand \"chekc\"; did you mean \"check\"?"),
            (["reflect", "check"], "error: reflect check needs a FILE (such as my-reflection.yaml)"),
            (["reflect", "compare", "a.yaml"], "error: reflect compare needs two files, OLD and NEW"),
            (
                ["reflect", "init", "--format", "html"],
                "error: --format is not an option of reflect init (it belongs to reflect report)"
            ),
            (["reflect", "check", "a.yaml", "b.yaml"], "error: unexpected argument \"b.yaml\" for reflect check"),
            (
                ["reflect", "init", "mine.yaml"],
                "error: reflect init reads no file; to choose where it writes, use -o mine.yaml"
            ),
            (["reflect", "compare", "-", "-"], "error: standard input (-) can be read only once"),
            (["reflect", "check", "-", "--framework", "-"], "error: standard input (-) can be read only once"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("usage: competency reflect SUBCOMMAND [FILE...] [OPTIONS]"))
        }
        let help = try CLI.run(["reflect", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("USAGE: competency reflect SUBCOMMAND [FILE...] [OPTIONS]\n"))
        #expect(help.stdout.contains("EXAMPLES:\n  competency reflect init -o my-reflection.yaml"))
        #expect(help.stdout.contains("docs/reflection.md"))
        #expect(!help.stdout.contains("docs/cli.md"))
        #expect(try CLI.run(["help", "reflect"]).stdout == help.stdout)
    }
}
