import CompetencyKitInternals
import CompetencyTestSupport
import Testing

/// Version 5 UUIDs against Python's `uuid.uuid5`.
@Suite struct NameBasedUUIDTests {
    /// RFC 9562's DNS namespace, `6ba7b810-9dad-11d1-80b4-00c04fd430c8`.
    static let dnsNamespace: [UInt8] = [
        0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
    ]

    @Test func namespaceIsTheRFCs() {
        #expect(NameBasedUUID.format(NameBasedUUID.urlNamespace) == "6ba7b811-9dad-11d1-80b4-00c04fd430c8")
    }

    @Test(arguments: [
        ("python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"),
        ("café.example", "1f25f992-3aeb-54f1-b196-ccca88f733b1"),
    ])
    func dnsNames(_ name: String, _ expected: String) {
        #expect(NameBasedUUID.string(namespace: Self.dnsNamespace, name: name) == expected)
    }

    @Test(arguments: [
        ("https://example.org/", "527dda32-a0de-5105-a042-cb475b5f7d11"),
        ("https://competencykit.org/case", "bc69075f-3b4d-54e4-bb5c-763d8e7bce09"),
        ("", "1b4db7eb-4057-5ddf-91e0-36dec72071f5"),
    ])
    func urlNames(_ name: String, _ expected: String) {
        #expect(NameBasedUUID.string(namespace: NameBasedUUID.urlNamespace, name: name) == expected)
    }

    /// Every UUID made says it is version 5 with the RFC variant, and is written the same way.
    @Test func versionVariantAndSpelling() {
        var generator = SeededGenerator(seed: 37)
        for _ in 0..<200 {
            let name = TrickyStrings.string(using: &generator)
            let bytes = NameBasedUUID.bytes(namespace: NameBasedUUID.urlNamespace, name: name)
            #expect(bytes.count == 16)
            #expect(bytes[6] >> 4 == 5)
            #expect(bytes[8] >> 6 == 0b10)
            let text = NameBasedUUID.string(namespace: NameBasedUUID.urlNamespace, name: name)
            #expect(text == NameBasedUUID.format(bytes))
            #expect(text.wholeMatch(of: #/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/#) != nil)
        }
    }
}
