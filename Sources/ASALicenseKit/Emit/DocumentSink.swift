/// Where converted documents go, in one format: documents are written one after another, and
/// `takeBytes()` hands over what is ready, so a stream never holds more than the document being
/// written. One sink per format: `TreeSink` (JSON, JSON Lines, YAML) and `CLISink`.
public protocol DocumentSink: AnyObject {
    func write(_ doc: Document)
    /// Writes a document a renderer of the same format wrote on its own (on another thread).
    func write(_ piece: DocumentPiece)
    /// Ends the output (closes the JSON array, the YAML stream).
    func finish()
    /// The bytes written since the last call, in the chunks they were made in (a document's
    /// bytes, what stands between documents): a writer writes them where they are, as copying
    /// each document into one buffer cost up to a tenth of a conversion.
    func takeChunks() -> [[UInt8]]
    /// Why the output could not be made (libyaml refused an event), once it could not: the
    /// caller reports it and exits 2 rather than pass output cut short.
    var failure: String? { get }
}

extension DocumentSink {
    /// The bytes written since the last call, in one array: the chunks copied in whole (a
    /// joined sequence of chunks is copied a byte at a time, 13 instructions a byte).
    public func takeBytes() -> [UInt8] {
        let chunks = takeChunks()
        guard chunks.count > 1 else { return chunks.first ?? [] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { bytes += chunk }
        return bytes
    }
}

extension OutputFormat {
    /// A new sink writing this format.
    public func sink(options: OutputOptions = OutputOptions()) -> any DocumentSink {
        treeWriter().map { TreeSink($0, options: options) } ?? CLISink(options: options)
    }

    /// A new tree writer of a structured format; nil for canonical CLI.
    func treeWriter() -> (any TreeSink.Writer)? {
        switch self {
        case .json: JSONWriter(framing: .array)
        case .jsonl: JSONWriter(framing: .lines)
        case .yaml: YAMLWriter()
        case .cli: nil
        }
    }

    /// Everything the documents give in this format: for tests and small outputs.
    public func render(_ docs: [Document], options: OutputOptions = OutputOptions()) -> String {
        let out = sink(options: options)
        docs.forEach(out.write)
        out.finish()
        return String(decoding: out.takeBytes(), as: UTF8.self)
    }
}
