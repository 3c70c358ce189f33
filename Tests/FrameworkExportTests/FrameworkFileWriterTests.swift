import CompetencyFramework
import FrameworkExport
import Testing
import YAMLLite

/// Decodes one YAML double-quoted scalar written on one line (the escapes the writer uses and
/// the rest of YAML's single-character escapes), to check the writer from Swift alone.
/// PyYAML does the same check on random frameworks in the export notes' property test.
enum DoubleQuoted {
    struct Invalid: Error {}

    static func decode(_ text: String) throws -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { throw Invalid() }
        var result = String.UnicodeScalarView()
        var index = 1
        while index < scalars.count - 1 {
            let scalar = scalars[index]
            if scalar == "\"" { throw Invalid() }
            guard scalar == "\\" else {
                result.append(scalar)
                index += 1
                continue
            }
            index += 1
            let code = scalars[index]
            index += 1
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}", "r": "\r",
                "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
                "L": "\u{2028}",
                "P": "\u{2029}",
            ]
            if let replacement = simple[code] {
                result.append(replacement)
                continue
            }
            let width = code == "x" ? 2 : code == "u" ? 4 : code == "U" ? 8 : 0
            guard width > 0, index + width <= scalars.count - 1 else { throw Invalid() }
            let digits = String(String.UnicodeScalarView(scalars[index..<index + width]))
            guard let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) else { throw Invalid() }
            result.append(decoded)
            index += width
        }
        return String(result)
    }
}

@Suite struct FrameworkFileWriterTests {
    @Test(arguments: [
        // Plain: reads back as written in YAML 1.1, 1.2 and YAML-lite.
        ("1a", "1a"), ("1a.iii", "1a.iii"), ("ELA-2.3", "ELA-2.3"), ("2026-09-01", "2026-09-01"),
        ("Leaders' work", "Leaders' work"), ("C# and F#", "C# and F#"), ("ratio 3:1", "ratio 3:1"),
        ("café au lait", "café au lait"), ("中文", "中文"), ("(aside) text", "(aside) text"),
        ("https://example.org/a#b", "https://example.org/a#b"),
        // Would be typed, or would not parse, as plain.
        ("1", "\"1\""), ("1.0", "\"1.0\""), ("yes", "\"yes\""), ("No", "\"No\""), ("null", "\"null\""), ("~", "\"~\""),
        ("0x1F", "\"0x1F\""), ("1_000", "\"1_000\""), ("1:20", "\"1:20\""), (".inf", "\".inf\""), ("1e3", "\"1e3\""),
        ("2026-09-01T10:00:00Z", "\"2026-09-01T10:00:00Z\""), ("", "\"\""), ("a: b", "\"a: b\""), ("a #b", "\"a #b\""),
        ("ends:", "\"ends:\""), ("#x", "\"#x\""), ("- x", "\"- x\""), ("-x", "\"-x\""), ("? x", "\"? x\""),
        ("&a", "\"&a\""), ("*a", "\"*a\""), ("!t", "\"!t\""), ("|", "\"|\""), (">", "\">\""), ("'q'", "\"'q'\""),
        ("%Y", "\"%Y\""), ("@x", "\"@x\""), ("`x`", "\"`x`\""), ("[a]", "\"[a]\""), ("{a}", "\"{a}\""),
        (" lead", "\" lead\""), ("trail ", "\"trail \""), ("📚 books", "\"📚 books\""),
        // Escapes.
        ("say \"hi\"", "say \"hi\""), ("back\\slash", "back\\slash"), ("\"quoted\"", "\"\\\"quoted\\\"\""),
        ("\\x41", "\"\\\\x41\""), ("two\nlines", "\"two\\nlines\""),
        ("tab\there", "\"tab\\there\""), ("nul\u{0}", "\"nul\\x00\""), ("esc\u{1B}", "\"esc\\x1B\""),
        ("del\u{7F}", "\"del\\x7F\""),
        ("nel\u{85}", "\"nel\\x85\""), ("cr\r", "\"cr\\x0D\""), ("nbsp\u{A0}x", "\"nbsp\\xA0x\""),
        ("soft\u{AD}hyphen", "\"soft\\xADhyphen\""),
        ("rlo\u{202E}x", "\"rlo\\u202Ex\""), ("lri\u{2066}x", "\"lri\\u2066x\""), ("alm\u{61C}x", "\"alm\\u061Cx\""),
        ("zw\u{200B}sp", "\"zw\\u200Bsp\""), ("ls\u{2028}ps\u{2029}", "\"ls\\u2028ps\\u2029\""),
        ("bom\u{FEFF}", "\"bom\\uFEFF\""),
        ("cgj\u{34F}x", "\"cgj\\u034Fx\""), ("filler\u{3164}x", "\"filler\\u3164x\""),
        ("ideographic\u{3000}space", "\"ideographic\\u3000space\""),
        ("pua\u{E000}", "\"pua\\uE000\""), ("tag\u{E0001}", "\"tag\\U000E0001\""),
        ("plane16\u{10FFFD}", "\"plane16\\U0010FFFD\""),
    ])
    func scalarSpelling(text: String, expected: String) throws {
        let written = ScalarStyle.scalar(text)
        #expect(written == expected)
        if written.unicodeScalars.first == "\"" { #expect(try DoubleQuoted.decode(written) == text) }
    }

    @Test func noncharactersAreEscaped() throws {
        for value: UInt32 in [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF] {
            let text = "x" + TrickyStrings.scalar(value)
            let written = ScalarStyle.scalar(text)
            #expect(written.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(try DoubleQuoted.decode(written) == text)
        }
    }

    @Test func randomStringsRoundTripThroughDoubleQuotes() throws {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let text = TrickyStrings.string(using: &generator)
            let written = ScalarStyle.scalar(text)
            // (Compare scalars: a combining mark after the quote joins it in one Character.)
            if written.unicodeScalars.first == "\"" {
                #expect(try DoubleQuoted.decode(written) == text, "\(written)")
                #expect(ScalarStyle.doubleQuoted(text) == written)
            } else {
                #expect(written == text)
            }
            // Nothing invisible, no line break and no control character is ever written raw.
            #expect(
                !written.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{FEFF}"
                        || $0 == "\u{202E}"
                })
        }
    }

    @Test func writesEveryComponentCodeAndTheDocumentedShape() throws {
        let framework = try Fixtures.small()
        let text = FrameworkFileWriter.render(framework)
        for component in framework.components {
            #expect(
                text.contains(
                    "\n          - code: \(ScalarStyle.scalar(component.code.rawValue))\n            title: "))
        }
        #expect(
            text.hasPrefix(
                "id: reading-for-pleasure\ntitle: Reading for Pleasure\nversion: \"1.0\"\ndate: 2026-09-01\n"))
        #expect(text.contains("\n\nlevels:\n  - id: developing\n    name: Developing\n"))
        #expect(text.contains("\n\ndomains:\n  - code: \"1\"\n    title: Reading culture\n"))
        #expect(
            text.contains(
                "            descriptors:\n              developing: share a book they are reading each week.\n              leading: |-\n                run a staff book club,\n                with two lines & <tags>.\n            gaps:\n              secure: the source document has no text for this level\n"
            ))
        #expect(
            text.contains(
                "description: |-\n  A small framework for teachers who want every pupil to choose to read.\n\n  It has two paragraphs"
            ))
        #expect(!text.contains("\t"))
        #expect(text.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func foldsLongTextAtTheLineWidth() throws {
        let long = Array(repeating: "a leader will model the behaviour they expect of others", count: 6).joined(
            separator: " ")
        var framework = try Fixtures.small()
        framework.metadata.description = long
        framework.domains[0].subdomains[0].components[0].descriptors[0] = LevelDescriptor(
            level: "developing", .text(long))
        let text = FrameworkFileWriter.render(framework)
        #expect(text.contains("description: >-\n  a leader will model"))
        #expect(text.contains("developing: >-\n                a leader will model"))
        for line in text.split(separator: "\n") { #expect(line.count <= FrameworkFileWriter.lineWidth, "\(line)") }
        // Folding joins the lines with single spaces: the words read back unchanged.
        let folded = text.components(separatedBy: "description: >-\n")[1].split(separator: "\n").prefix {
            $0.hasPrefix("  ") && !$0.hasPrefix("  -")
        }
        #expect(folded.map { $0.dropFirst(2) }.joined(separator: " ") == long)
    }
}

#if canImport(FrameworkLoading)
    import FrameworkLoading

    /// The writer's output read back by the project's own loader (only in the main package,
    /// where the YAML-lite parser and `FrameworkLoading` exist).
    @Suite struct FrameworkFileRoundTripTests {
        @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
        func loaderReadsBackTheSameFramework(fixture: String) throws {
            let framework = try Fixtures.framework(fixture)
            let file = FrameworkFile.load(text: FrameworkFileWriter.render(framework), path: fixture)
            #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(file.render))")
            #expect(file.framework == framework)
        }

        @Test func trickyStringsSurviveTheLoader() throws {
            var generator = SeededGenerator(seed: 17)
            for _ in 0..<150 {
                var texts: [String] = []
                for _ in 0..<4 {
                    var text = TrickyStrings.string(using: &generator, maxLength: 30)
                    if text.isEmpty { text = "x" }
                    texts.append(text)
                }
                let framework = Framework(
                    metadata: FrameworkMetadata(
                        id: "tricky", title: texts[0], description: texts[1], notes: [texts[2]]),
                    levels: [
                        ProficiencyLevel(id: "a", name: "A", indicators: [texts[3]]),
                        ProficiencyLevel(id: "b", name: "B"),
                    ],
                    domains: [
                        Domain(
                            code: "1", title: texts[1],
                            subdomains: [
                                Subdomain(
                                    code: "1a", title: texts[2],
                                    components: [
                                        Component(
                                            code: "1a.i", title: texts[3],
                                            descriptors: [
                                                LevelDescriptor(level: "a", .text(texts[0])),
                                                LevelDescriptor(level: "b", .gap(reason: texts[1])),
                                            ],
                                            notes: texts[2])
                                    ])
                            ])
                    ])
                let text = FrameworkFileWriter.render(framework)
                let file = FrameworkFile.load(text: text, path: "tricky.framework.yaml")
                // Warnings about the text itself (stray or invisible characters) are expected;
                // errors and a different framework are not.
                #expect(!file.hasErrors, "\(file.diagnostics.map(file.render))\n\(text)")
                #expect(file.framework == framework, "\(text)")
            }
        }
    }
#endif
