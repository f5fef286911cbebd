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

        mutating func appendLiteral(_ literal: String) { bytes += literal.utf8 }
        mutating func appendInterpolation(_ value: String) { bytes += value.utf8 }
        mutating func appendInterpolation(_ value: Substring) { bytes += value.utf8 }
        mutating func appendInterpolation(_ value: Int) { ByteText.withDecimal(value) { bytes += $0 } }
        /// Anything else as `String(describing:)` spells it, as a `String` interpolation does.
        mutating func appendInterpolation<T>(_ value: T) { bytes += String(describing: value).utf8 }
    }
}
