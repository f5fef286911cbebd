/// The structured formats: the document tree (`DocumentTree`) through a JSON or YAML writer.
final class TreeSink: DocumentSink {
    /// What a tree sink writes through: a tree writer that also frames a stream.
    protocol Writer: TreeWriter {
        func finish()
        func drain() -> [UInt8]
        var failure: String? { get }
    }

    private let writer: any Writer
    private let tree: DocumentTree

    init(_ writer: any Writer, options: OutputOptions) {
        self.writer = writer
        self.tree = DocumentTree(options: options)
    }

    func write(_ doc: Document) { tree.write(doc, to: writer) }
    func finish() { writer.finish() }
    func takeBytes() -> [UInt8] { writer.drain() }
    var failure: String? { writer.failure }
}

extension JSONWriter: TreeSink.Writer {
    /// Writing JSON into memory cannot fail.
    var failure: String? { nil }
}

extension YAMLWriter: TreeSink.Writer {
    var failure: String? { failed ? "libyaml could not emit the YAML" : nil }
}
