/// An activation key as written: five 32-bit hexadecimal words, `0x` optional. A key in the
/// spelling devices print (`0x` and eight lowercase digits a word, one space between) is kept
/// as its five values and spelled again when asked; any other text is kept as written (words
/// joined by one space), so that a malformed key survives every round trip (KEY001).
public struct ActivationKey: Hashable, Sendable {
    /// The five values of a key in the device's spelling; nil when `written` holds the text.
    private var canonical: Words?
    private var written: String?
    @NotCompared public var span: SourceSpan

    /// Five values, stored flat (a tuple is neither hashable nor comparable).
    private struct Words: Hashable, Sendable {
        var w0, w1, w2, w3, w4: UInt32

        /// The values of `text` when it is exactly the device's spelling of a key, else nil.
        init?(spelling text: String) {
            guard text.utf8.count == ActivationKey.spelledLength else { return nil }
            var text = text
            guard let words = text.withUTF8({ Words(bytes: $0) }) else { return nil }
            self = words
        }

        init?(bytes b: UnsafeBufferPointer<UInt8>) {
            guard b.count == ActivationKey.spelledLength else { return nil }
            var values: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
            for word in 0..<5 {
                let at = word * 11  // `0x` + 8 digits + a space
                guard b[at] == UInt8(ascii: "0"), b[at + 1] == UInt8(ascii: "x"), word == 4 || b[at + 10] == 0x20 else { return nil }
                var v: UInt32 = 0
                for i in (at + 2)..<(at + 10) {
                    let c = b[i]
                    // Lowercase only: `0xABCD…` is kept as written.
                    guard ByteText.isDigit(c) || c &- UInt8(ascii: "a") < 6 else { return nil }
                    v = v << 4 | ByteText.hexValue(c)
                }
                switch word {
                case 0: values.0 = v
                case 1: values.1 = v
                case 2: values.2 = v
                case 3: values.3 = v
                default: values.4 = v
                }
            }
            self.init(w0: values.0, w1: values.1, w2: values.2, w3: values.3, w4: values.4)
        }

        init(w0: UInt32, w1: UInt32, w2: UInt32, w3: UInt32, w4: UInt32) {
            (self.w0, self.w1, self.w2, self.w3, self.w4) = (w0, w1, w2, w3, w4)
        }

        var values: [UInt32] { [w0, w1, w2, w3, w4] }

        /// The device's spelling.
        var text: String {
            String(unsafeUninitializedCapacity: ActivationKey.spelledLength) { out in
                let digits: StaticString = "0123456789abcdef"
                for (word, v) in values.enumerated() {
                    let at = word * 11
                    out[at] = UInt8(ascii: "0")
                    out[at + 1] = UInt8(ascii: "x")
                    for i in 0..<8 { out[at + 2 + i] = digits.utf8Start[Int(v >> UInt32(28 - 4 * i) & 15)] }
                    if word < 4 { out[at + 10] = 0x20 }
                }
                return ActivationKey.spelledLength
            }
        }
    }

    /// `0x` and eight digits five times, four spaces.
    private static let spelledLength = 5 * 10 + 4

    /// The key whose text is `bytes` when they are the device's spelling of one; nil otherwise
    /// (no `String` is made: the parser tries this first).
    init?(spelledBy bytes: UnsafeBufferPointer<UInt8>, span: SourceSpan) {
        guard let words = Words(bytes: bytes) else { return nil }
        canonical = words
        written = nil
        self.span = span
    }

    public init(_ text: String, span: SourceSpan = .none) {
        if let words = Words(spelling: text) {
            canonical = words
            written = nil
        } else {
            canonical = nil
            written = text
        }
        self.span = span
    }

    /// The key as written (words joined by one space).
    public var text: String { written ?? canonical?.text ?? "" }

    /// The text of a key not in the devices' spelling, as written; nil for one that is (whose
    /// text is made when asked for).
    var unusualText: String? { written }

    public var words: [Substring] { text.split(separator: " ") }

    /// The value of one word, or nil when it is not hexadecimal.
    public static func wordValue<S: StringProtocol>(_ word: S) -> UInt32? {
        var digits = word.utf8[...]
        if digits.count > 2, digits.first == UInt8(ascii: "0"), (digits.dropFirst().first ?? 0) | 0x20 == UInt8(ascii: "x") {
            digits = digits.dropFirst(2)
        }
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for c in digits {
            guard ByteText.isHexDigit(c) else { return nil }
            value = value << 4 | ByteText.hexValue(c)
        }
        return value
    }

    /// The five values, or nil when the key is malformed.
    public var values: [UInt32]? {
        if let canonical { return canonical.values }
        let w = words
        guard w.count == 5 else { return nil }
        var out: [UInt32] = []
        for word in w {
            guard let v = ActivationKey.wordValue(word) else { return nil }
            out.append(v)
        }
        return out
    }

    public var isWellFormed: Bool { canonical != nil || values != nil }

    /// Well formed for a PIX, whose keys may also have four words.
    public var isWellFormedPIXKey: Bool {
        isWellFormed || (words.count == 4 && words.allSatisfy { ActivationKey.wordValue($0) != nil })
    }
    public var isEmpty: Bool { canonical == nil && written?.isEmpty != false }
    public var isAllZero: Bool {
        if let c = canonical { return c.w0 | c.w1 | c.w2 | c.w3 | c.w4 == 0 }
        return values?.allSatisfy { $0 == 0 } ?? false
    }
}
