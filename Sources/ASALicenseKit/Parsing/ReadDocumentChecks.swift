/// What is said of a `show activation-key` or `show version` once its output is read whole:
/// a serial number (and key) that look redacted (DOC008, once a document), and a block that
/// shows a feature twice (DOC003). A device shows each feature once in a block: two are the
/// rows of two outputs read as one (a context diff's two sides, a paste that repeated lines),
/// and the rules read only the first.
enum ReadDocumentChecks {
    /// `repeatedRows`: the rows whose block showed their feature already (`BlockRows`).
    static func report(_ doc: ActivationKeyDocument, repeatedRows: [FeatureRow], _ ctx: inout ParseContext) {
        // Once per document: a redacted key read above said it already.
        if let s = doc.serialNumber, PastedRedaction.serialLooksRedacted(s.text, key: doc.runningPermanentKey ?? doc.runningActivationKey),
           !ctx.diagnostics.contains(where: { $0.code == .DOC008 }) {
            ctx.report(.note, .DOC008, "the serial number (and key) look redacted by whoever pasted the output; they are not checked", at: s.span)
        }
        guard !repeatedRows.isEmpty else { return }
        for (block, which) in [(doc.running, "the licensed features block"), (doc.failoverCluster, "the failover cluster block"),
                               (doc.permanent?.features, "the permanent license block"), (doc.flashPermanent?.features, "the flash permanent license block")] {
            guard let block else { continue }
            let lines = Set(block.allRows.map(\.span.line))
            reportRepeatedFeatures(repeatedRows.filter { lines.contains($0.span.line) }, in: block, which, &ctx)
        }
    }

    /// One warning a block, at its first feature shown again.
    private static func reportRepeatedFeatures(_ repeated: [FeatureRow], in block: FeatureBlock, _ which: String, _ ctx: inout ParseContext) {
        guard let row = repeated.first, let id = row.id, let first = block.row(id) else { return }
        let why = "a device shows each feature once, so two outputs' rows may be read as one here: the rules read the first"
        if repeated.count == 1 {
            ctx.reportInLineOrder(.warning, .DOC003, "\(row.name.text) is shown twice in \(which) (line \(first.span.line): \(first.value.text); line \(row.span.line): \(row.value.text)); \(why)", at: row.span)
        } else {
            let names = repeated.prefix(4).map(\.name.text).joined(separator: ", ") + (repeated.count > 4 ? " and \(repeated.count - 4) more" : "")
            ctx.reportInLineOrder(.warning, .DOC003, "\(repeated.count) features are shown twice in \(which), from line \(row.span.line) (\(names)); \(why)", at: row.span)
        }
    }
}
