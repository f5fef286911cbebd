/// What a file holds, told by its first bytes: asalic's own JSON or YAML, or device text.
public enum InputFormat: String, Sendable {
    case cli, json, yaml

    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> InputFormat {
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        while i < bytes.count && (ByteText.isSpace(bytes[i]) || bytes[i] == 0x0A) { i += 1 }
        guard i < bytes.count else { return .cli }
        if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") { return .json }
        let end = min(bytes.count, i + 64)
        if ByteText.hasPrefix(bytes, i, end, "---") || ByteText.hasPrefix(bytes, i, end, "%YAML 1.") || ByteText.hasPrefix(bytes, i, end, "kind: ") {
            return .yaml
        }
        return .cli
    }
}

/// Reads any input asalic accepts, one document at a time.
public enum InputReader {
    /// `format` nil: detected from the first bytes.
    public static func forEachDocument(in bytes: UnsafeBufferPointer<UInt8>, format: InputFormat? = nil, limits: ParseLimits = .default,
                                       _ body: (Document, [Diagnostic]) -> Void) {
        switch format ?? InputFormat.detect(bytes) {
        case .cli:
            CaptureParser.forEachDocument(in: bytes, limits: limits, body)
        case .json:
            // One array of documents (`--to json`) or one document per line (`--to jsonl`).
            var reader = JSONReader(bytes)
            while let root = reader.next() {
                deliver(root.items ?? [root], body)
            }
            if let error = reader.error {
                body(Document(content: .activationKey(ActivationKeyDocument())), [error])
            }
        case .yaml:
            // A top-level list holds documents, as in JSON (an empty stream is written `--- []`).
            let (nodes, error) = YAMLReader.read(bytes)
            deliver(nodes.flatMap { $0.items ?? [$0] }, body)
            if let error { body(Document(content: .activationKey(ActivationKeyDocument())), [error]) }
        }
    }

    private static func deliver(_ nodes: [Node], _ body: (Document, [Diagnostic]) -> Void) {
        for node in nodes {
            var reader = DocumentReader()
            if let doc = reader.document(node) {
                body(doc, reader.diagnostics)
            } else {
                body(Document(content: .activationKey(ActivationKeyDocument())), reader.diagnostics)
            }
        }
    }

    /// Everything at once: for tests and small inputs.
    public static func read(_ bytes: [UInt8]) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { buffer in
            forEachDocument(in: buffer) { doc, diags in
                documents.append(doc)
                diagnostics += diags
            }
        }
        return (documents, diagnostics)
    }

    public static func read(_ text: String) -> (documents: [Document], diagnostics: [Diagnostic]) { read(Array(text.utf8)) }
}
