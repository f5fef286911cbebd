/// A run of lines outside every document that are not license text, kept until what follows
/// says where they go: into the document that starts right after them, or nowhere (noted).
struct StrayText {
    private(set) var lines: [UnparsedLine] = []

    mutating func add(_ line: UnparsedLine) { lines.append(line) }

    /// The run so far, ended.
    mutating func take() -> [UnparsedLine]? {
        defer { lines.removeAll() }
        return lines.isEmpty ? nil : lines
    }
}
