/// The structured formats: the document tree (`DocumentTree`) through a JSON or YAML writer.
final class TreeSink: DocumentSink {
    /// What a tree sink writes through: a tree writer that also frames a stream.
    protocol Writer: TreeWriter {
        /// What stands before the document at `index` of the stream, besides the document.
        func separator(before index: Int) -> [UInt8]
        /// Ends the stream of `documents` documents.
        func endStream(documents: Int)
        func drain() -> [UInt8]
        var failure: String? { get }
    }

    private let renderer: TreeRenderer
    private var chunks: [[UInt8]] = []
    private var documents = 0
    private(set) var failure: String?

    init(_ writer: any Writer, options: OutputOptions) {
        renderer = TreeRenderer(writer, options: options)
    }

    func write(_ doc: Document) { write(renderer.piece(doc)) }

    func write(_ piece: DocumentPiece) {
        failure = failure ?? piece.failure
        let separator = renderer.writer.separator(before: documents)
        if !separator.isEmpty { chunks.append(separator) }
        chunks.append(piece.bytes)
        documents += 1
    }

    func finish() {
        renderer.writer.endStream(documents: documents)
        chunks.append(renderer.writer.drain())
        failure = failure ?? renderer.writer.failure
    }

    func takeChunks() -> [[UInt8]] {
        defer { chunks = [] }
        return chunks
    }
}

/// Writes one document's tree at a time, as a piece.
final class TreeRenderer: DocumentRenderer {
    let writer: any TreeSink.Writer
    private let tree: DocumentTree

    init(_ writer: any TreeSink.Writer, options: OutputOptions) {
        self.writer = writer
        self.tree = DocumentTree(options: options)
    }

    func piece(_ doc: Document) -> DocumentPiece {
        tree.write(doc, to: writer)
        return DocumentPiece(bytes: writer.drain(), kind: doc.kind, failure: writer.failure)
    }
}

extension JSONWriter: TreeSink.Writer {
    /// Writing JSON into memory cannot fail.
    var failure: String? { nil }
}

extension YAMLWriter: TreeSink.Writer {
    var failure: String? { failed ? "libyaml could not emit the YAML" : nil }
}
