/// Redacts secrets in free text: the word after every `secret` keyword. Used where text that
/// may hold a command is shown (unparsed lines, messages), so a secret never leaks by default.
public enum SecretRedaction {
    /// The line with the secret of a `license-server … secret` command replaced by its fingerprint.
    public static func redact(_ text: String) -> String {
        guard text.contains("secret") else { return text }
        var out: [Substring] = []
        var previousWasSecret = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if previousWasSecret && !word.isEmpty {
                out.append(Substring(Secret.parse(String(word)).redacted))
                previousWasSecret = false
                continue
            }
            if !word.isEmpty { previousWasSecret = word == "secret" }
            out.append(word)
        }
        return out.joined(separator: " ")
    }
}
