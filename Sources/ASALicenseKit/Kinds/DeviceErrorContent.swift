/// A device error reply (`% Invalid input detected …`): the smallest kind, whole in one place.
extension DeviceErrorReply: DocumentContent {
    typealias Keys = DeviceErrorKey
    static var kind: DocumentKind { .deviceError }
    var content: Document.Content { .deviceError(self) }
    static var answersPrompt: Bool { true }

    func writeTree(_ w: TreeWriter, _ tree: DocumentTree) {
        for key in Keys.allCases {
            switch key {
            case .errorReply: w.list(key, lines) { w.string($0) }
            }
        }
    }

    static func readTree(_ entries: [(key: String, value: Node)], _ reader: inout DocumentReader) -> DeviceErrorReply {
        var reply = DeviceErrorReply(lines: [])
        reader.read(entries) { (r: inout DocumentReader, key: Keys, value) in
            switch key {
            case .errorReply: reply.lines = r.strings(value)
            }
        }
        return reply
    }

    func writeCLI(_ w: inout CLIWriter, of doc: Document) {
        w.writeUnparsed(doc)
        lines.forEach { w.line($0) }
    }

    func compare(with other: DeviceErrorReply, _ diff: inout DocumentDiff) {
        diff.field("error reply", "text", lines.joined(separator: " / "), other.lines.joined(separator: " / "))
    }
}

/// The keys of one map of the shape (see `DeviceErrorKey.about`).
public enum DeviceErrorKey: String, TreeKeys {
    case errorReply = "error_reply"

    public static let title = "device_error"
    public static let about = "The device answered with an error (`% Invalid input detected …`) instead of output."
    public var shape: ValueShape { .list(.string) }
    public var about: String { "The error lines as printed." }
}
