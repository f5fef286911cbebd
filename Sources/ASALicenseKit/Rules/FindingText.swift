/// The text of a finding, written as a string literal with interpolations (`"\(name) is \(n)"`)
/// and made as UTF-8 bytes in one buffer, then one `String` of its exact size. Interpolated
/// into a `String`, each part was appended to a string that grew as it went (some 400
/// instructions a part), and the text kept that room to the end of the input, where findings
/// are held. Parts read as they would in a `String`.
struct FindingText: ExpressibleByStringInterpolation {
    let text: String

    init(stringLiteral value: String) {
        text = value
    }

    init(stringInterpolation: Parts) {
        text = String(decoding: stringInterpolation.bytes, as: UTF8.self)
    }

    struct Parts: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { append(literal.utf8) }
        mutating func appendInterpolation(_ value: String) { append(value.utf8) }
        mutating func appendInterpolation(_ value: Substring) { append(value.utf8) }
        mutating func appendInterpolation(_ value: Int) { ByteText.withDecimal(value) { bytes += $0 } }
        /// A row's name and value as printed (`\(name: row)`, `\(value: row)`), copied from the
        /// row's compact storage without making a `String` of either.
        mutating func appendInterpolation(name row: FeatureRow) { row.withNameBytes { bytes.append(contentsOf: $0) } }
        mutating func appendInterpolation(value row: FeatureRow) { row.withValueBytes { bytes.append(contentsOf: $0) } }
        /// Parts written ahead (a list made row by row), copied as they are.
        mutating func appendInterpolation(_ parts: Parts) { bytes.append(contentsOf: parts.bytes) }
        /// Anything else as `String(describing:)` spells it, as a `String` interpolation does.
        mutating func appendInterpolation<T>(_ value: T) { append(String(describing: value).utf8) }

        /// A text's bytes copied at once where they lie in memory (appending the view itself
        /// went byte by byte: 180 instructions a part).
        private mutating func append<View: Collection<UInt8>>(_ utf8: View) {
            if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes += utf8 }
        }
    }
}
