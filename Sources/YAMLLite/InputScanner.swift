import CompetencyDiagnostics

/// The first stage: checks that the file is UTF-8 text YAML can read, and splits it into lines.
///
/// Everything here is a property of the bytes alone, independent of YAML structure, so it is
/// checked in one linear pass over the whole file and every problem is reported, not just the
/// first. Decisions, documented in `docs/YAML-lite.md`:
///
/// - A leading UTF-8 byte order mark is skipped. Offsets still count its three bytes, so they
///   index the original file; columns do not, because editors do not show it.
/// - LF and CRLF both end a line and mean LF, as YAML says. A file mixing them gets one
///   warning. A lone CR is an error: YAML reads it as a line break, but many editors and
///   diff tools do not, so the file would not look the way YAML reads it. It is still
///   counted as a line break so that line numbers match what YAML (and our renderer) see.
/// - NEL, LS and PS (U+0085, U+2028, U+2029) are errors: YAML 1.1 parsers such as PyYAML
///   treat them as line breaks and YAML 1.2 parsers do not, so the same file would mean two
///   different things.
enum InputScanner {
    struct Result {
        var lines: [SourceLine]
        var lastLineHasBreak: Bool
        /// Offset of the first byte after a byte order mark, if any.
        var contentStart: Int
    }

    /// Scans `bytes`, reporting into `sink`. Returns `nil` if the file is not UTF-8 at all
    /// (UTF-16 or UTF-32), in which case nothing else is worth reporting.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout DiagnosticSink) -> Result? {
        if let encoding = foreignEncoding(of: bytes) {
            sink.report(
                .notUTF8, "the file is saved as \(encoding), not UTF-8", at: .start,
                hint: "save the file as UTF-8 (in most editors: Save As, then choose the encoding \"UTF-8\")")
            return nil
        }
        var scanner = Scanner(bytes: bytes)
        scanner.run(into: &sink)
        return Result(
            lines: scanner.lines, lastLineHasBreak: scanner.lastLineHasBreak,
            contentStart: scanner.contentStart)
    }

    /// The name of the encoding if `bytes` look like UTF-16 or UTF-32 rather than UTF-8.
    static func foreignEncoding(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        if count >= 4 && bytes[0] == 0x00 && bytes[1] == 0x00 && bytes[2] == 0xFE && bytes[3] == 0xFF {
            return "UTF-32 (big-endian)"
        }
        if count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0x00 && bytes[3] == 0x00 {
            return "UTF-32 (little-endian)"
        }
        if count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return "UTF-16 (big-endian)" }
        if count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return "UTF-16 (little-endian)" }
        // Without a byte order mark, UTF-16 text in a Latin script starts with one zero byte
        // and one ASCII byte. A UTF-8 text file never starts with a NUL.
        if count >= 2 && (bytes[0] == 0) != (bytes[1] == 0) {
            let other = bytes[0] == 0 ? bytes[1] : bytes[0]
            if other >= 0x20 && other < 0x7F || other == 0x0A || other == 0x0D || other == 0x09 {
                return "UTF-16 or UTF-32 (it has no byte order mark)"
            }
        }
        return nil
    }

    private enum LineEnding { case lf, crlf }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var lines: [SourceLine] = []
        var lastLineHasBreak = true
        var contentStart = 0

        private var lineStart = 0
        /// The column of the byte being looked at, counted in Unicode scalars.
        private var column = 1
        private var firstEnding: LineEnding?
        private var reportedMixedEndings = false
        private var reportedLoneCR = false
        private var reportedNUL = false

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        private func here(_ offset: Int) -> SourceLocation {
            SourceLocation(line: lines.count + 1, column: column, offset: offset)
        }

        mutating func run(into sink: inout DiagnosticSink) {
            let count = bytes.count
            if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { contentStart = 3 }
            var index = contentStart
            lineStart = index
            while index < count {
                if sink.isFull { break }
                // Printable ASCII is nearly all of a real file; take it in one tight loop.
                var run = index
                while run < count && bytes[run] &- 0x20 < 0x5F { run += 1 }
                column += run - index
                index = run
                guard index < count else { break }
                let byte = bytes[index]
                switch byte {
                case 0x0A:
                    endLine(at: index, ending: .lf, into: &sink)
                    index += 1
                    lineStart = index
                case 0x0D:
                    if index + 1 < count && bytes[index + 1] == 0x0A {
                        endLine(at: index, ending: .crlf, into: &sink)
                        index += 2
                    } else {
                        if !reportedLoneCR {
                            reportedLoneCR = true
                            sink.report(
                                .loneCarriageReturn,
                                "a line ends with a lone carriage return (CR, the old Mac line ending)",
                                at: here(index),
                                hint:
                                    "save the file with LF (or CRLF) line endings; many tools would not see this line break"
                            )
                        }
                        endLine(at: index, ending: nil, into: &sink)
                        index += 1
                    }
                    lineStart = index
                case 0x09:
                    column += 1
                    index += 1
                case 0x00..<0x80:
                    if byte == 0 {
                        if !reportedNUL {
                            reportedNUL = true
                            sink.report(
                                .nulByte, "the file contains a NUL byte; is it a binary file?", at: here(index),
                                hint: "YAML-lite files are plain text; check that this is the file you meant")
                        }
                    } else {
                        sink.report(
                            .controlCharacter,
                            "control character \(Characters.describe(UInt32(byte))) is not allowed in YAML",
                            at: here(index), hint: Characters.controlCharacterHint)
                    }
                    column += 1
                    index += 1
                default:
                    index = decodeMultiByte(at: index, into: &sink)
                }
            }
            if lineStart < count {
                endLine(at: count, ending: nil, into: &sink)
                lastLineHasBreak = false
            }
        }

        private mutating func endLine(at end: Int, ending: LineEnding?, into sink: inout DiagnosticSink) {
            var trailing = end
            while trailing > lineStart && (bytes[trailing - 1] == 0x20 || bytes[trailing - 1] == 0x09) {
                trailing -= 1
            }
            if trailing < end {
                let location = SourceLocation(
                    line: lines.count + 1, column: column - (end - trailing), offset: trailing)
                let message =
                    trailing == lineStart
                    ? "stray whitespace on an otherwise empty line" : "stray whitespace at the end of the line"
                sink.report(
                    .trailingWhitespace, message, at: location,
                    hint: "delete the spaces or tabs after the last visible character")
            }
            if let ending {
                if let firstEnding {
                    if ending != firstEnding && !reportedMixedEndings {
                        reportedMixedEndings = true
                        let names = ending == .crlf ? ("CRLF (Windows)", "LF") : ("LF", "CRLF (Windows)")
                        sink.report(
                            .mixedLineEndings,
                            "this line ends with \(names.0) but earlier lines end with \(names.1)",
                            at: here(end),
                            hint: "use one kind of line ending throughout; most editors can convert them")
                    }
                } else {
                    firstEnding = ending
                }
            }
            lines.append(SourceLine(start: lineStart, end: end))
            column = 1
        }

        /// Decodes the character starting with the non-ASCII byte at `index`, reports it if
        /// it is invalid or not allowed, and returns the offset after it.
        private mutating func decodeMultiByte(at index: Int, into sink: inout DiagnosticSink) -> Int {
            let count = bytes.count
            let lead = bytes[index]
            var need = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            var value = UInt32(0)
            switch lead {
            case 0xC2...0xDF: need = 1; value = UInt32(lead & 0x1F)
            case 0xE0: need = 2; low = 0xA0; value = 0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2; value = UInt32(lead & 0x0F)
            case 0xED: need = 2; high = 0x9F; value = 0x0D
            case 0xF0: need = 3; low = 0x90; value = 0
            case 0xF1...0xF3: need = 3; value = UInt32(lead & 0x07)
            case 0xF4: need = 3; high = 0x8F; value = 4
            default: break
            }
            var problem: String?
            var end = index + 1
            if need == 0 {
                switch lead {
                case 0x80...0xBF: problem = "byte 0x\(Characters.hex(lead)) cannot start a character"
                case 0xC0, 0xC1: problem = "an overlong encoding"
                default: problem = "byte 0x\(Characters.hex(lead)), which never appears in UTF-8"
                }
            } else {
                for position in 1...need {
                    guard end < count else {
                        problem = "an incomplete character at the end of the file"
                        break
                    }
                    let next = bytes[end]
                    let (allowedLow, allowedHigh) = position == 1 ? (low, high) : (0x80, 0xBF)
                    guard next >= allowedLow && next <= allowedHigh else {
                        if position == 1 && next >= 0x80 && next <= 0xBF {
                            switch lead {
                            case 0xE0, 0xF0: problem = "an overlong encoding"
                            case 0xED:
                                problem = "an encoded surrogate (U+D800 to U+DFFF), which only UTF-16 may contain"
                            default: problem = "a code point beyond U+10FFFF"
                            }
                        } else {
                            problem = "byte 0x\(Characters.hex(lead)) starts a character that is not completed"
                        }
                        break
                    }
                    value = value << 6 | UInt32(next & 0x3F)
                    end += 1
                }
            }
            if let problem {
                sink.report(
                    .invalidUTF8, "invalid UTF-8: \(problem)", at: here(index),
                    hint:
                        "the file is not valid UTF-8 (it may have been saved as Latin-1 or Windows-1252); save it again as UTF-8"
                )
                // Lossy decoding shows one replacement character per broken sequence and per
                // stray continuation byte; count columns the same way, but report the run once.
                column += 1
                while end < count && bytes[end] & 0xC0 == 0x80 && end - index < 4 {
                    end += 1
                    column += 1
                }
                return end
            }
            check(scalar: value, at: index, into: &sink)
            column += 1
            return end
        }

        private mutating func check(scalar value: UInt32, at index: Int, into sink: inout DiagnosticSink) {
            switch value {
            case 0x85, 0x2028, 0x2029:
                sink.report(
                    .unicodeLineSeparator,
                    "\(Characters.describe(value)) is a line break to some YAML parsers and not to others",
                    at: here(index),
                    hint: "replace it with an ordinary line break, or delete it (it often comes from a word processor)")
            case 0x80...0x9F, 0xFFFE, 0xFFFF:
                let kind = value <= 0x9F ? "control character " : ""
                sink.report(
                    .controlCharacter, "\(kind)\(Characters.describe(value)) is not allowed in YAML", at: here(index),
                    hint: Characters.controlCharacterHint)
            case 0xFEFF:
                sink.report(
                    .byteOrderMarkInside, "a byte order mark (U+FEFF) in the middle of the file", at: here(index),
                    hint: "delete this invisible character; it often comes from joining or pasting files")
            default:
                if Characters.isInvisible(value) {
                    sink.report(
                        .invisibleCharacter, "invisible character \(Characters.describe(value))", at: here(index),
                        hint: "delete it unless you put it there on purpose; readers cannot see it")
                }
            }
        }
    }
}
