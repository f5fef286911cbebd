/// The formats `asalic convert` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A YAML stream: `---` before each document.
    case yaml
    /// One JSON array of documents.
    case json
    /// JSON Lines: one document per line, for streams.
    case jsonl
    /// Canonical CLI text.
    case cli
}
