import CompetencyKitInternals
import Testing

@Suite struct LatinFoldingTests {
    @Test(arguments: [
        ("Dŵr", "dwr"), ("ẀẂẄŷỳ", "wwwyy"), ("Straße", "strasse"), ("Æsop", "aesop"), ("café", "cafe"),
        ("cafe\u{301}", "cafe"), ("pupils’", "pupils'"), ("“quoted”", "\"quoted\""), ("Ελλάδα", "ελλάδα"),
        ("中文", "中文"), ("", ""),
    ])
    func searchForm(_ text: String, _ expected: String) {
        #expect(LatinFolding.searchForm(text) == expected)
    }

    @Test func asciiSpellingsForNames() {
        #expect(LatinFolding.ascii(for: "é") == "e")
        #expect(LatinFolding.ascii(for: "ß") == "ss")
        #expect(LatinFolding.ascii(for: "ŵ") == "w")
        #expect(LatinFolding.ascii(for: "中") == nil)
    }
}
