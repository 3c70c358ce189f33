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
public enum FrameworkArchive {
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
        guard let framework = decode(archive) else {
            preconditionFailure("generated framework data is corrupt; regenerate it")
        }
        return framework
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
