/// `show shared license [detail | client | backup]`.
extension SharedLicenseDocument: DocumentContent {
    typealias Keys = SharedLicenseDocumentKey
    static var kind: DocumentKind { .sharedLicense }
    var content: Document.Content { .sharedLicense(self) }

    func writeTree(_ w: TreeWriter, _ tree: DocumentTree) { tree.writeSharedLicense(self, w) }

    static func readTree(_ entries: [(key: String, value: Node)], _ reader: inout DocumentReader) -> SharedLicenseDocument {
        reader.sharedLicense(entries)
    }

    func writeCLI(_ w: inout CLIWriter, of doc: Document) {
        w.writeUnparsed(doc)
        w.writeSharedLicense(self, echoed: doc.command != nil || CLIWriter.markingCommand(doc) != nil)
    }

    var markingCommand: String? { "show shared license" }

    func compare(with other: SharedLicenseDocument, _ diff: inout DocumentDiff) { diff.sharedLicense(self, other) }
}
