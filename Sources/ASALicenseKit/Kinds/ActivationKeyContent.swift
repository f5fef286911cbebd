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
    /// opens nothing. A running block's header first opens a show version's licence part (its
    /// keys follow its blocks): so it opens a show activation-key detail only when nothing
    /// that output prints after that block is there, a permanent or flash one (read as a show
    /// version, its key would be the running key, and its block the next output). (A cluster
    /// block first opens an output that is none: one that is not writes it first.)
    var writesOpeningLine: Bool {
        if showVersion?.softwareVersion != nil || showVersion?.hasLicenseState == true || serialNumber != nil || runningPermanentKey != nil
            || runningActivationKey != nil || !runningTimebasedKeys.isEmpty || failoverCluster != nil {
            return true
        }
        if running != nil {
            return showVersion != nil || (permanent == nil && flashPermanent == nil)
        }
        return permanent != nil || flashPermanent != nil
    }

    func compare(with other: ActivationKeyDocument, _ diff: inout DocumentDiff) { diff.activationKey(self, other) }
}
