/// A shared-licensing secret. Two secrets are equal when their fingerprints are: a redacted
/// secret read back from asalic's own output compares equal to the secret it stands for.
public struct Secret: Hashable, Sendable {
    /// The secret itself; nil when asalic read a redacted form.
    public let value: String?
    /// `sha256:` and the first 12 hex digits of SHA-256 of the secret.
    public let fingerprint: String

    public init(_ value: String) {
        self.value = value
        self.fingerprint = "sha256:" + String(SHA256.hex(Array(value.utf8)).prefix(12))
    }

    public init(fingerprint: String) {
        self.value = nil
        self.fingerprint = fingerprint
    }

    /// How asalic prints a secret it does not show: one word, so CLI text stays parseable.
    public var redacted: String { "<redacted:\(fingerprint)>" }

    /// The text to print: the secret with `showSecrets` (when known), else the redacted form.
    public func text(showSecrets: Bool) -> String {
        if showSecrets, let value { return value }
        return redacted
    }

    /// Reads a secret as printed: the redacted form becomes a fingerprint, anything else a value.
    public static func parse(_ text: String) -> Secret {
        if text.hasPrefix("<redacted:sha256:"), text.hasSuffix(">") {
            return Secret(fingerprint: String(text.dropFirst("<redacted:".count).dropLast()))
        }
        return Secret(text)
    }

    public static func == (lhs: Secret, rhs: Secret) -> Bool { lhs.fingerprint == rhs.fingerprint }
    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}
