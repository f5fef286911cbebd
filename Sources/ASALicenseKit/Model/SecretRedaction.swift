/// Redacts secrets in free text: the word after every `secret` keyword. Used where text that
/// may hold a command is shown (unparsed lines, messages), so a secret never leaks by default.
public enum SecretRedaction {
    /// The line with the secret of a `license-server … secret` command replaced by its fingerprint.
    /// A digit alone after `secret` is an encryption type (`secret 8 AbC…==`, a configuration
    /// stored under a master passphrase): the word after it is the secret, in its encrypted form.
    public static func redact(_ text: String) -> String {
        guard text.contains("secret") else { return text }
        var out: [Substring] = []
        var previousWasSecret = false
        var words = text.split(separator: " ", omittingEmptySubsequences: false)[...]
        while let word = words.popFirst() {
            if previousWasSecret && !word.isEmpty {
                if isEncryptionType(word), let next = words.first, !next.isEmpty, next != "port" {
                    out.append(word)
                    continue
                }
                out.append(Substring(Secret.parse(String(word)).redacted))
                previousWasSecret = false
                continue
            }
            if !word.isEmpty { previousWasSecret = word == "secret" }
            out.append(word)
        }
        return out.joined(separator: " ")
    }

    /// One digit: no secret (a secret has four characters or more), the type of the one after it.
    private static func isEncryptionType(_ word: Substring) -> Bool {
        word.utf8.count == 1 && ByteText.isDigit(word.utf8[word.utf8.startIndex])
    }
}
