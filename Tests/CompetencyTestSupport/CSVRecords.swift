/// A strict RFC 4180 reader, for checking CSV the kit writes: every record ends with CR LF
/// (the last one too), fields are separated by commas, and a quoted field may hold commas,
/// doubled quotes, CR and LF. Anything else is ``Malformed``: a bare CR or LF outside
/// quotes, a quote inside a plain field, text after a closing quote, an unclosed quote or a
/// last record without its CR LF.
public enum CSVRecords {
    /// Why text is not RFC 4180 CSV, and where (the index of the offending Unicode scalar).
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// The records of `text`, each the list of its fields, unquoted; no records for empty text.
    public static func parse(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var index = 0
        var quoted = false
        var afterQuote = false
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
                afterQuote = false
            } else if scalar == "\r" {
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
                    throw Malformed(description: "a bare CR outside quotes at \(index)")
                }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                afterQuote = false
                index += 1
            } else if scalar == "\n" {
                throw Malformed(description: "a bare LF outside quotes at \(index)")
            } else if scalar == "\"" {
                guard field.isEmpty, !afterQuote else {
                    throw Malformed(description: "a quote inside a plain field at \(index)")
                }
                quoted = true
            } else {
                guard !afterQuote else { throw Malformed(description: "text after a closing quote at \(index)") }
                field.append(scalar)
            }
            index += 1
        }
        guard !quoted else { throw Malformed(description: "an unclosed quote") }
        guard field.isEmpty, record.isEmpty, !afterQuote else {
            throw Malformed(description: "the last record does not end with CR LF")
        }
        return records
    }
}
