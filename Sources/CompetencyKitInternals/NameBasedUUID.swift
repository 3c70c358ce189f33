/// Name-based UUIDs (version 5, RFC 9562 §5.5): the SHA-1 hash of a namespace UUID and a
/// name, so the same name always gives the same identifier.
package enum NameBasedUUID {
    /// The RFC 9562 namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    package static let urlNamespace: [UInt8] = [
        0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
    ]

    /// The version 5 UUID of `name` (as UTF-8) in `namespace`, as 16 bytes.
    package static func bytes(namespace: [UInt8], name: String) -> [UInt8] {
        var digest = Array(SHA1.hash(namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return digest
    }

    /// The version 5 UUID of `name` in `namespace`, written lower-case 8-4-4-4-12.
    package static func string(namespace: [UInt8], name: String) -> String {
        format(bytes(namespace: namespace, name: name))
    }

    /// 16 bytes written lower-case 8-4-4-4-12.
    package static func format(_ bytes: [UInt8]) -> String {
        var text = ""
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text += "-" }
            text += Hexadecimal.digits(UInt32(byte), width: 2).lowercased()
        }
        return text
    }
}
