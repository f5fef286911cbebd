/// One document written on its own, wherever it stands in the stream: a sink joins pieces in
/// order, putting between them what the format puts between documents. Pieces let a capture be
/// written on several threads (one `DocumentRenderer` each) and joined in input order.
public struct DocumentPiece: Sendable {
    /// The document's own bytes; empty when the format writes nothing for it.
    var bytes: [UInt8]
    var kind: DocumentKind
    /// Canonical CLI: reading the text again could continue the document before it (no echoed
    /// command marks where it starts), so a bare prompt must mark it.
    var needsMark = false
    /// Canonical CLI: after a configuration it would be read as more of it
    /// (`CLIRenderer.continuesConfiguration`: `configure`, `fw(config)# end`).
    var continuesConfiguration = false
    /// Why the document could not be written (libyaml refused an event).
    var failure: String?
}

/// Writes documents as pieces; each thread of a parallel conversion holds its own.
public protocol DocumentRenderer: AnyObject {
    func piece(_ doc: Document) -> DocumentPiece
}

extension OutputFormat {
    /// A new renderer of this format, for pieces a sink of the same format and options joins.
    public func renderer(options: OutputOptions = OutputOptions()) -> any DocumentRenderer {
        treeWriter().map { TreeRenderer($0, options: options) } ?? CLIRenderer(options: options)
    }
}
