/// Canonical CLI text, documents set apart so that reading the text again splits it where it
/// was split.
final class CLISink: DocumentSink {
    private let renderer: CLIRenderer
    private var chunks: [[UInt8]] = []
    /// The kind of the last document written: the next is set apart from it.
    private var lastKind: DocumentKind?

    init(options: OutputOptions) {
        renderer = CLIRenderer(options: options)
    }

    func write(_ doc: Document) { write(renderer.piece(doc)) }

    func write(_ piece: DocumentPiece) {
        // A document with nothing to write (an empty reply) leaves no trace in the text.
        guard !piece.bytes.isEmpty else { return }
        if let previous = lastKind {
            // Where reading the document again could continue the one before — it has no
            // echoed command, or after a configuration it echoes `configure` or stands at a
            // configuration mode prompt (a configuration goes on over its host's sessions) —
            // a bare prompt marks where it starts.
            let marked = piece.needsMark || (previous == .configuration && piece.continuesConfiguration)
            chunks.append(marked ? [0x0A, UInt8(ascii: "#"), 0x0A] : [0x0A])
        }
        lastKind = piece.kind
        chunks.append(piece.bytes)
    }

    func finish() {}

    func takeChunks() -> [[UInt8]] {
        defer { chunks = [] }
        return chunks
    }

    var failure: String? { nil }
}

/// One document's canonical text, as a piece; every piece written with one writer (one buffer).
final class CLIRenderer: DocumentRenderer {
    private var writer: CLIWriter

    init(options: OutputOptions) {
        writer = CLIWriter(options: options)
    }

    /// Whether the document, right after a configuration, would be read as more of it: it
    /// echoes `configure`, or a configuration command or `end` at a configuration mode prompt
    /// (`fw(config)# end` and the device's error reply). A `show` there is not.
    static func continuesConfiguration(_ doc: Document) -> Bool {
        switch doc.echoedCommand {
        case .configure: true
        case .configLine, .leaveConfigMode: doc.prompt.map(Prompt.isConfigMode) == true
        default: false
        }
    }

    func piece(_ doc: Document) -> DocumentPiece {
        DocumentPiece(bytes: writer.bytes(of: doc), kind: doc.kind,
                      needsMark: doc.command == nil && CLIWriter.markingCommand(doc) == nil && !type(of: doc.content.value).answersPrompt,
                      continuesConfiguration: CLIRenderer.continuesConfiguration(doc))
    }
}
