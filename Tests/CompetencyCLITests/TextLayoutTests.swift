import Testing

@testable import CompetencyCLI

@Suite("TextLayout")
struct TextLayoutTests {
    static let plain = TextLayout(colour: false, width: 30)
    static let coloured = TextLayout(colour: true, width: 30)

    @Test("paragraphs wrap at the width between words, a long word on a line of its own")
    func wrapping() {
        let text: StyledText = "one two three four five six seven eight nine"
        #expect(Self.plain.paragraph(text) == "one two three four five six\nseven eight nine\n")
        let long = String(repeating: "x", count: 40)
        #expect(Self.plain.wrap(StyledText("a \(long) b")) == ["a", long, "b"])
        #expect(Self.plain.wrap("first\n\nthird") == ["first", "", "third"])
    }

    @Test("the width is never below the minimum")
    func minimumWidth() {
        #expect(TextLayout(colour: false, width: 3).width == TextLayout.minimumWidth)
    }

    @Test("a hanging row lines continuation lines up under its text; a wide label gets its own line")
    func hanging() {
        let row = Self.plain.hanging("2a.iii", column: 8, "Evaluate performance and sharing excellence")
        #expect(row == "2a.iii  Evaluate performance\n        and sharing excellence\n")
        let wide = Self.plain.hanging("--output-directory", column: 8, "Where", leading: 2)
        #expect(wide == "  --output-directory\n        Where\n")
        #expect(Self.plain.indented("a b", by: 4) == "    a b\n")
    }

    @Test("without colour, meaning is marked in text, tight against the words")
    func plainMarkers() {
        var text = StyledText("kept ")
        text.append("new words", .added)
        text.append(" ")
        text.append("old", .removed)
        text.append(" and ")
        text.append("found", .match)
        #expect(Self.plain.render(text) == "kept [+new words+] [-old-] and **found**")
        #expect(Self.plain.visibleWidth(text) == Self.plain.render(text).count)
        #expect(Self.plain.render(.strong("bold")) == "bold")
    }

    @Test("with colour, roles are escapes that never cross a line break")
    func colour() {
        #expect(Self.coloured.render(.strong("bold")) == "\u{1B}[1mbold\u{1B}[0m")
        #expect(Self.coloured.visibleWidth(StyledText("new", .added)) == 3)
        let wrapped = Self.coloured.paragraph(StyledText("aaaa bbbb cccc dddd eeee ffff gggg", .added))
        for line in wrapped.split(separator: "\n") {
            #expect(line.hasPrefix("\u{1B}[1;32m") && line.hasSuffix("\u{1B}[0m"), "\(line)")
        }
    }

    @Test("characters that would act on the terminal are shown, not sent")
    func controlCharacters() {
        let rendered = Self.coloured.render(StyledText("clear \u{1B}[2J screen \u{202E}"))
        #expect(!rendered.contains("\u{1B}[2J"))
        #expect(rendered.contains("\\u{1B}[2J"))
        #expect(rendered.contains("\\u{202E}"))
    }
}
