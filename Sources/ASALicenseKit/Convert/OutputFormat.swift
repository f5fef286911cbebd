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

/// Writes documents one after another in one format; `takeBytes()` hands over what is ready,
/// so a stream never holds more than the document being written.
public final class DocumentOutput {
    public let format: OutputFormat
    private let tree: DocumentTree
    private let options: OutputOptions
    private var json: JSONWriter?
    private var yaml: YAMLWriter?
    private var cli: [UInt8] = []
    /// The kind of the last document written as canonical CLI: the next is set apart from it.
    private var lastCLIKind: DocumentKind?

    public init(format: OutputFormat, options: OutputOptions = OutputOptions()) {
        self.format = format
        self.options = options
        self.tree = DocumentTree(options: options)
        switch format {
        case .json: json = JSONWriter(framing: .array)
        case .jsonl: json = JSONWriter(framing: .lines)
        case .yaml: yaml = YAMLWriter()
        case .cli: break
        }
    }

    public func write(_ doc: Document) {
        if let json { tree.write(doc, to: json) } else if let yaml { tree.write(doc, to: yaml) } else {
            let text = CLIWriter.text(doc, options: options)
            // A document with nothing to write (an empty reply) leaves no trace in the text.
            guard !text.isEmpty else { return }
            if let previous = lastCLIKind {
                cli.append(0x0A)
                // Where reading the document again could continue the one before — it has no
                // echoed command, or it echoes `configure` after a configuration (a configuration
                // goes on over its host's sessions) — a bare prompt marks where it starts.
                if (doc.command == nil && CLIWriter.markingCommand(doc) == nil && doc.kind != .deviceError) || (previous == .configuration && echoesConfigure(doc)) {
                    cli += [UInt8(ascii: "#"), 0x0A]
                }
            }
            lastCLIKind = doc.kind
            cli += Array(text.utf8)
        }
    }

    private func echoesConfigure(_ doc: Document) -> Bool {
        guard let command = doc.command else { return false }
        return EchoedCommand.classify(prompt: doc.prompt ?? "#", command: command) == .configure
    }

    /// Why the output could not be made (libyaml refused an event), if it could not.
    public var failure: String? {
        yaml?.failed == true ? "libyaml could not emit the YAML" : nil
    }

    /// Ends the output (closes the JSON array, the YAML stream).
    public func finish() {
        json?.finish()
        yaml?.finish()
    }

    /// The bytes written since the last call.
    public func takeBytes() -> [UInt8] {
        if let json { return json.drain() }
        if let yaml { return yaml.drain() }
        defer { cli.removeAll(keepingCapacity: true) }
        return cli
    }

    /// Everything written: for tests and small outputs.
    public static func render(_ docs: [Document], as format: OutputFormat, options: OutputOptions = OutputOptions()) -> String {
        let out = DocumentOutput(format: format, options: options)
        docs.forEach(out.write)
        out.finish()
        return String(decoding: out.takeBytes(), as: UTF8.self)
    }
}
