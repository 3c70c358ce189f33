/// A compact text encoding of a ``Framework``, which generated code carries as one string
/// literal and decodes on first use.
///
/// The Swift type checker resolves a string literal at once, however long, whereas nested
/// initialiser expressions make it super-linear; so generated code keeps its data here and
/// its types small (see `docs/generated-code.md`). Every string is stored with its length in
/// UTF-8 bytes, so any text at all (quotes, newlines, NUL, emoji) survives unchanged, and
/// decoding slices bytes instead of scanning characters.
///
/// The encoding is an implementation detail shared by the generator and the generated code
/// of the same version of the kit; it is not an interchange format (use JSON for that).
@_spi(Generated) public enum FrameworkArchive {
    /// The first bytes of every archive; a new layout gets a new tag.
    static let tag = "CKA1"

    /// The archive form of `framework`.
    public static func encode(_ framework: Framework) -> String {
        var writer = Writer()
        writer.raw(tag)
        let m = framework.metadata
        for field in [m.id, m.title] { writer.string(field) }
        for field in [
            m.symbol, m.version, m.date, m.publisher, m.description, m.epigraph, m.licence,
            m.source, m.language, m.stem,
        ] {
            writer.optional(field)
        }
        writer.list(m.notes) { $0.string($1) }
        writer.list(framework.levels) { writer, level in
            writer.string(level.id)
            writer.string(level.name)
            writer.optional(level.summary)
            writer.list(level.indicators) { $0.string($1) }
            writer.optional(level.symbol)
        }
        writer.list(framework.domains) { writer, domain in
            writer.node(domain.code, domain.title, domain.description, domain.notes, domain.symbol)
            writer.list(domain.subdomains) { writer, subdomain in
                writer.node(
                    subdomain.code, subdomain.title, subdomain.description, subdomain.notes,
                    subdomain.symbol)
                writer.list(subdomain.components) { writer, component in
                    writer.node(component.code, component.title, nil, component.notes, component.symbol)
                    writer.list(component.descriptors) { writer, entry in
                        writer.string(entry.level)
                        switch entry.descriptor {
                        case .text(let text):
                            writer.raw("t")
                            writer.string(text)
                        case .gap(let reason):
                            writer.raw("g")
                            writer.string(reason)
                        }
                    }
                }
            }
        }
        return writer.output
    }

    /// The framework encoded in `archive`, or `nil` if `archive` is not a well-formed archive.
    public static func decode(_ archive: String) -> Framework? {
        var archive = archive
        return archive.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return try? reader.framework()
        }
    }

    /// The framework encoded in `archive` by the generator. Generated code calls this; a
    /// malformed archive means generated code was edited by hand, which stops the program.
    public static func decodeGenerated(_ archive: String) -> Framework {
        guard let framework = decode(sourceForm: archive) else {
            preconditionFailure("generated framework data is corrupt; regenerate it")
        }
        return framework
    }

    // MARK: - The form generated source carries

    /// The archive of `framework` in the form generated code carries: ``encode(_:)`` with the
    /// 32 noncharacters U+FDD0 to U+FDEF, which a Swift string literal cannot hold (the
    /// compiler rejects `\u{FDD0}` as an invalid scalar), written as U+10FFFF and two hex
    /// digits, and U+10FFFF itself as U+10FFFF and `FF`. Any other text is unchanged, so for
    /// nearly every framework the two forms are the same.
    public static func encodeSourceForm(_ framework: Framework) -> String {
        let archive = encode(framework)
        guard archive.unicodeScalars.contains(where: { sourceFormCode($0) != nil }) else { return archive }
        var result = String.UnicodeScalarView()
        for scalar in archive.unicodeScalars {
            if let code = sourceFormCode(scalar) {
                result.append(sourceFormLead)
                result.append(contentsOf: hexDigits(code).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The framework in an archive written by ``encodeSourceForm(_:)``, or `nil` if it is not
    /// well formed.
    public static func decode(sourceForm archive: String) -> Framework? {
        // U+10FFFF is the only scalar whose UTF-8 form starts F4 8F, so most archives need no
        // second pass.
        guard archive.utf8.contains(0xF4) else { return decode(archive) }
        var result = String.UnicodeScalarView()
        var scalars = archive.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == sourceFormLead else {
                result.append(scalar)
                continue
            }
            guard let high = scalars.next(), let low = scalars.next(),
                let code = UInt32(String(high) + String(low), radix: 16), code == 0xFF || code < 0x20,
                let original = code == 0xFF ? sourceFormLead : Unicode.Scalar(0xFDD0 + code)
            else { return nil }
            result.append(original)
        }
        return decode(String(result))
    }

    private static let sourceFormLead: Unicode.Scalar = "\u{10FFFF}"

    /// The two-digit code of a scalar the source form rewrites, or `nil` if it stays.
    private static func sourceFormCode(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0xFDD0...0xFDEF: scalar.value - 0xFDD0
        case 0x10FFFF: 0xFF
        default: nil
        }
    }

    private static func hexDigits(_ code: UInt32) -> String {
        let digits = String(code, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}

extension FrameworkArchive {
    fileprivate struct Writer {
        var output = ""

        mutating func raw(_ text: String) { output += text }

        mutating func string(_ text: String) {
            output += String(text.utf8.count)
            output += ":"
            output += text
        }

        mutating func optional(_ text: String?) {
            if let text { string(text) } else { output += "-" }
        }

        mutating func list<T>(_ items: [T], _ write: (inout Writer, T) -> Void) {
            output += String(items.count)
            output += "#"
            for item in items { write(&self, item) }
        }

        mutating func node(
            _ code: Code, _ title: String, _ description: String?, _ notes: String?, _ symbol: String?
        ) {
            string(code.rawValue)
            string(title)
            optional(description)
            optional(notes)
            optional(symbol)
        }
    }

    fileprivate struct Malformed: Error {}

    fileprivate struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func expect(_ text: String) throws {
            for byte in text.utf8 {
                guard position < bytes.count, bytes[position] == byte else { throw Malformed() }
                position += 1
            }
        }

        mutating func number(terminatedBy terminator: UInt8) throws -> Int {
            var value = 0
            var digits = 0
            while position < bytes.count, bytes[position] != terminator {
                let digit = Int(bytes[position]) - 48
                guard (0...9).contains(digit), digits < 12 else { throw Malformed() }
                value = value * 10 + digit
                digits += 1
                position += 1
            }
            guard digits > 0, position < bytes.count else { throw Malformed() }
            position += 1
            return value
        }

        mutating func string() throws -> String {
            let length = try number(terminatedBy: UInt8(ascii: ":"))
            guard length <= bytes.count - position else { throw Malformed() }
            let text = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]),
                as: UTF8.self)
            position += length
            return text
        }

        mutating func optional() throws -> String? {
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
                position += 1
                return nil
            }
            return try string()
        }

        mutating func list<T>(_ read: (inout Reader) throws -> T) throws -> [T] {
            let count = try number(terminatedBy: UInt8(ascii: "#"))
            guard count <= bytes.count - position else { throw Malformed() }
            var items: [T] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try read(&self)) }
            return items
        }

        mutating func framework() throws -> Framework {
            try expect(FrameworkArchive.tag)
            let id = try string()
            let title = try string()
            let symbol = try optional()
            let version = try optional()
            let date = try optional()
            let publisher = try optional()
            let description = try optional()
            let epigraph = try optional()
            let licence = try optional()
            let source = try optional()
            let language = try optional()
            let stem = try optional()
            let notes = try list { try $0.string() }
            let metadata = FrameworkMetadata(
                id: id, title: title, symbol: symbol, version: version, date: date,
                publisher: publisher, description: description, epigraph: epigraph, notes: notes,
                licence: licence, source: source, language: language, stem: stem)
            let levels = try list { reader in
                ProficiencyLevel(
                    id: try reader.string(), name: try reader.string(), summary: try reader.optional(),
                    indicators: try reader.list { try $0.string() }, symbol: try reader.optional())
            }
            let domains = try list { reader in
                let (code, title, description, notes, symbol) = try reader.node()
                let subdomains = try reader.list { reader in
                    let (code, title, description, notes, symbol) = try reader.node()
                    let components = try reader.list { reader in
                        let (code, title, _, notes, symbol) = try reader.node()
                        let descriptors = try reader.list { try $0.levelDescriptor() }
                        return Component(
                            code: code, title: title, descriptors: descriptors, notes: notes,
                            symbol: symbol)
                    }
                    return Subdomain(
                        code: code, title: title, description: description, components: components,
                        notes: notes, symbol: symbol)
                }
                return Domain(
                    code: code, title: title, description: description, subdomains: subdomains,
                    notes: notes, symbol: symbol)
            }
            guard position == bytes.count else { throw Malformed() }
            return Framework(metadata: metadata, levels: levels, domains: domains)
        }

        mutating func node() throws -> (Code, String, String?, String?, String?) {
            (Code(try string()), try string(), try optional(), try optional(), try optional())
        }

        mutating func levelDescriptor() throws -> LevelDescriptor {
            let level = try string()
            guard position < bytes.count else { throw Malformed() }
            let kind = bytes[position]
            position += 1
            switch kind {
            case UInt8(ascii: "t"): return LevelDescriptor(level: level, .text(try string()))
            case UInt8(ascii: "g"): return LevelDescriptor(level: level, .gap(reason: try string()))
            default: throw Malformed()
            }
        }
    }
}
