/// The `license-server …` and `activation-key …` commands of a configuration.
extension LicenseConfiguration: DocumentContent {
    typealias Keys = ConfigurationKey
    static var kind: DocumentKind { .configuration }
    var content: Document.Content { .configuration(self) }

    func writeTree(_ w: TreeWriter, _ tree: DocumentTree) { tree.writeConfiguration(self, w) }

    static func readTree(_ entries: [(key: String, value: Node)], _ reader: inout DocumentReader) -> LicenseConfiguration {
        reader.configuration(entries)
    }

    func writeCLI(_ w: inout CLIWriter, of doc: Document) {
        // A configuration's unparsed lines are commands it did not understand: after the
        // others, where they are read as commands again.
        w.writeConfiguration(self, prompt: doc.command == nil ? doc.prompt : nil, firstUnparsed: doc.unparsed.first?.text)
        w.writeUnparsed(doc)
    }

    func compare(with other: LicenseConfiguration, _ diff: inout DocumentDiff) { diff.configuration(self, other) }
}
