/// A kind of document, with everything asalic does with it beyond parsing in one conformance:
/// its keys in the YAML/JSON tree, how it is written and read back there, its canonical text,
/// and how two of it compare. The writers, the reader, the schema and diff dispatch through it,
/// so a new kind is its model, its conformance, a case of `Document.Content`, the line that
/// starts it (`LineClassifier`), its parser and the capture parser's dispatch.
protocol DocumentContent: Hashable, Sendable {
    /// Its keys, between the document's `source_lines` and `unparsed`.
    associatedtype Keys: TreeKeys
    static var kind: DocumentKind { get }
    /// The model as a case of `Document.Content`.
    var content: Document.Content { get }

    /// Its keys, by `tree` (which knows the options and the capture date).
    func writeTree(_ w: TreeWriter, _ tree: DocumentTree)
    /// Reads its keys back (the document's own keys are read by `DocumentReader`).
    static func readTree(_ entries: [(key: String, value: Node)], _ reader: inout DocumentReader) -> Self

    /// Its canonical text, after the prompt line `CLIWriter` writes.
    func writeCLI(_ w: inout CLIWriter, of doc: Document)
    /// The command a bare prompt echoes before it when it has lines not understood and no
    /// echoed command of its own (see `CLIWriter.markingCommand`).
    var markingCommand: String? { get }
    /// Its canonical text starts with a line that opens its output where no command echoes it
    /// (a serial, a key, a header), so that it reads again as itself.
    var writesOpeningLine: Bool { get }
    /// It answers a prompt (a device error): with no prompt of its own, canonical CLI writes a
    /// bare `#` before it.
    static var answersPrompt: Bool { get }

    /// What differs from another document of its kind.
    func compare(with other: Self, _ diff: inout DocumentDiff)
}

extension DocumentContent {
    var markingCommand: String? { nil }
    var writesOpeningLine: Bool { true }
    static var answersPrompt: Bool { false }
    static var keys: any TreeKeys.Type { Keys.self }

    /// `compare(with:)` for another document of any kind: a kind differs as a whole.
    func compare(withAny other: any DocumentContent, _ diff: inout DocumentDiff) {
        if let same = other as? Self {
            compare(with: same, &diff)
        } else {
            diff.field("document", "kind", Self.kind.rawValue, type(of: other).kind.rawValue)
        }
    }
}

extension Document.Content {
    /// The model, as the kind it is.
    var value: any DocumentContent {
        switch self {
        case .activationKey(let c): c
        case .sharedLicense(let c): c
        case .configuration(let c): c
        case .deviceError(let c): c
        }
    }
}

extension DocumentKind {
    /// The model type of the kind.
    var contentType: any DocumentContent.Type {
        switch self {
        case .activationKey: ActivationKeyDocument.self
        case .sharedLicense: SharedLicenseDocument.self
        case .configuration: LicenseConfiguration.self
        case .deviceError: DeviceErrorReply.self
        }
    }
}
