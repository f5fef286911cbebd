/// `show activation-key [detail]` and the license part of `show version`.
extension ActivationKeyDocument: DocumentContent {
    typealias Keys = ActivationKeyDocumentKey
    static var kind: DocumentKind { .activationKey }
    var content: Document.Content { .activationKey(self) }

    func writeTree(_ w: TreeWriter, _ tree: DocumentTree) { tree.writeActivationKey(self, w) }

    static func readTree(_ entries: [(key: String, value: Node)], _ reader: inout DocumentReader) -> ActivationKeyDocument {
        reader.activationKey(entries)
    }

    func writeCLI(_ w: inout CLIWriter, of doc: Document) {
        // Unparsed lines come first, before any block opens: read again there, they are
        // unparsed again, whatever block they stood in (`markingCommand`).
        w.writeUnparsed(doc)
        w.writeActivationKey(self)
    }

    var markingCommand: String? {
        if showVersion != nil { return "show version" }
        return isDetail ? "show activation-key detail" : "show activation-key"
    }

    /// A banner or a licence-state line, a serial, a key, a block's header. With none, what is
    /// left (a sentence kept as a notice, once the line that opened the output was passed over)
    /// opens nothing.
    var writesOpeningLine: Bool {
        showVersion?.softwareVersion != nil || showVersion?.hasLicenseState == true || serialNumber != nil || runningPermanentKey != nil
            || runningActivationKey != nil || !runningTimebasedKeys.isEmpty || running != nil || failoverCluster != nil || permanent != nil || flashPermanent != nil
    }

    func compare(with other: ActivationKeyDocument, _ diff: inout DocumentDiff) { diff.activationKey(self, other) }
}
