/// An activation key as written: five 32-bit hexadecimal words, `0x` optional. The text is kept
/// (words joined by one space) so that a malformed key survives every round trip (KEY001).
public struct ActivationKey: Hashable, Sendable {
    public var text: String
    @NotCompared public var span: SourceSpan

    public init(_ text: String, span: SourceSpan = .none) {
        self.text = text
        self.span = span
    }

    public var words: [Substring] { text.split(separator: " ") }

    /// The value of one word, or nil when it is not hexadecimal.
    public static func wordValue<S: StringProtocol>(_ word: S) -> UInt32? {
        var digits = Substring(word)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        guard !digits.isEmpty, digits.utf8.count <= 8, digits.utf8.allSatisfy(ByteText.isHexDigit) else { return nil }
        return digits.utf8.reduce(0) { $0 << 4 | ByteText.hexValue($1) }
    }

    /// The five values, or nil when the key is malformed.
    public var values: [UInt32]? {
        let w = words
        guard w.count == 5 else { return nil }
        var out: [UInt32] = []
        for word in w {
            guard let v = ActivationKey.wordValue(word) else { return nil }
            out.append(v)
        }
        return out
    }

    public var isWellFormed: Bool { values != nil }

    /// Well formed for a PIX, whose keys may also have four words.
    public var isWellFormedPIXKey: Bool {
        isWellFormed || (words.count == 4 && words.allSatisfy { ActivationKey.wordValue($0) != nil })
    }
    public var isEmpty: Bool { text.isEmpty }
    public var isAllZero: Bool { values?.allSatisfy { $0 == 0 } ?? false }
}
