/// A shared-licensing secret: its value when asalic read it, or only the fingerprint asalic
/// printed in its place (see `SecretFingerprint`). Two secrets are equal when they are the same
/// secret, as far as can be told: two values compare as values; a value and a fingerprint
/// compare by the value's fingerprint of that kind (the first kind, unsalted SHA-256, too);
/// two fingerprints compare when they are of one kind.
public struct Secret: Hashable, Sendable {
    /// The secret itself; nil when asalic read a redacted form.
    public let value: String?
    /// The fingerprint read back, for a secret known only by it.
    private let readFingerprint: String?

    /// A secret as written in a configuration.
    public init(_ value: String) {
        self.value = value
        self.readFingerprint = nil
    }

    /// A secret known only by a fingerprint read back from asalic's output.
    public init(fingerprint: String) {
        self.value = nil
        self.readFingerprint = fingerprint
    }

    /// The fingerprint asalic writes for it (`scrypt:…`, or `hmac:…` under a key), or the one
    /// read. Computed when first asked (a slow hash, once per distinct secret), so reading and
    /// linting never pay for it; only an output that shows it does.
    public var fingerprint: String { readFingerprint ?? SecretFingerprint.of(value ?? "") }

    /// How asalic prints a secret it does not show: one word, so CLI text stays parseable.
    public var redacted: String { "<redacted:\(fingerprint)>" }

    /// The text stands in place of the secret: the stars `show running-config` prints
    /// (`*****`), or a placeholder whoever pasted it typed (`<removed>`, `[REDACTED]`, `?` or
    /// `????????`: the CLI takes a `?` for help, so no secret typed there is one). Not the
    /// unit's secret, so it is printed as it is and never compared.
    public var isMasked: Bool { value.map(Secret.looksMasked) ?? false }

    /// Whether a secret's text as written is a mask (see `isMasked`); asalic's own redacted
    /// form is a fingerprint, not a mask.
    static func isMask(_ text: String) -> Bool { parse(text).isMasked }

    private static func looksMasked(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "?") { return value.utf8.allSatisfy { $0 == first } }
        if first == UInt8(ascii: "&") {  // `&lt;removed&gt;`, a page's source
            var value = value
            return value.withUTF8(PastedRedaction.isEscapedBracketed)
        }
        return (first == UInt8(ascii: "<") || first == UInt8(ascii: "[") || first == UInt8(ascii: "{")) && PastedRedaction.isPlaceholder(value)
    }

    /// The text to print: the secret with `showSecrets` (when known), else the redacted form;
    /// a mask as it is.
    public func text(showSecrets: Bool) -> String {
        if showSecrets || isMasked, let value { return value }
        return redacted
    }

    /// Whether two secrets can be told apart: neither is a mask, and they differ.
    public func differs(from other: Secret) -> Bool {
        !isMasked && !other.isMasked && self != other
    }

    /// Reads a secret as printed: a redacted form asalic writes or wrote becomes a fingerprint,
    /// anything else a value.
    public static func parse(_ text: String) -> Secret {
        if text.hasPrefix("<redacted:"), text.hasSuffix(">") {
            let fingerprint = String(text.dropFirst("<redacted:".count).dropLast())
            if SecretFingerprint.kind(of: fingerprint) != nil { return Secret(fingerprint: fingerprint) }
        }
        return Secret(text)
    }

    public static func == (lhs: Secret, rhs: Secret) -> Bool {
        switch (lhs.value, rhs.value) {
        case (let a?, let b?): return a == b
        case (let a?, nil): return matches(a, rhs.fingerprint)
        case (nil, let b?): return matches(b, lhs.fingerprint)
        case (nil, nil): return lhs.readFingerprint == rhs.readFingerprint
        }
    }

    private static func matches(_ value: String, _ fingerprint: String) -> Bool {
        guard let kind = SecretFingerprint.kind(of: fingerprint) else { return false }
        return SecretFingerprint.of(value, kind: kind) == fingerprint
    }

    /// One bucket for all: a value and a fingerprint of another kind can be equal.
    public func hash(into hasher: inout Hasher) {}
}
