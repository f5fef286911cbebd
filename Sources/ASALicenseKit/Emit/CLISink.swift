/// Canonical CLI text, documents set apart so that reading the text again splits it where it
/// was split.
final class CLISink: DocumentSink {
    private let options: OutputOptions
    private var bytes: [UInt8] = []
    /// The kind of the last document written: the next is set apart from it.
    private var lastKind: DocumentKind?

    init(options: OutputOptions) {
        self.options = options
    }

    func write(_ doc: Document) {
        let text = CLIWriter.text(doc, options: options)
        // A document with nothing to write (an empty reply) leaves no trace in the text.
        guard !text.isEmpty else { return }
        if let previous = lastKind {
            bytes.append(0x0A)
            // Where reading the document again could continue the one before — it has no
            // echoed command, or it echoes `configure` after a configuration (a configuration
            // goes on over its host's sessions) — a bare prompt marks where it starts.
            if (doc.command == nil && CLIWriter.markingCommand(doc) == nil && !type(of: doc.content.value).answersPrompt) || (previous == .configuration && doc.echoedCommand == .configure) {
                bytes += [UInt8(ascii: "#"), 0x0A]
            }
        }
        lastKind = doc.kind
        bytes += Array(text.utf8)
    }

    func finish() {}

    func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    var failure: String? { nil }
}
