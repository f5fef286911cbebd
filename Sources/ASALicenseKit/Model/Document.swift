/// One command output (or one configuration) of a capture, with what the capture said about
/// where it came from.
public struct Document: Hashable, Sendable {
    /// What the output holds, by kind. The two large models live in a box of their own (the
    /// activation-key model keeps its fields in one; the shared-license model is `indirect`):
    /// a document is then about 120 bytes, not 940, so that moving one (from parser to cursor
    /// to caller, into a lint session) moves little, and a document kept for lint holds no
    /// room for a model of another kind.
    public enum Content: Hashable, Sendable {
        case activationKey(ActivationKeyDocument)
        indirect case sharedLicense(SharedLicenseDocument)
        case configuration(LicenseConfiguration)
        /// The device answered with an error (`% Invalid input detected …`) instead of output.
        case deviceError(DeviceErrorReply)

        public var kind: DocumentKind {
            switch self {
            case .activationKey: .activationKey
            case .sharedLicense: .sharedLicense
            case .configuration: .configuration
            case .deviceError: .deviceError
            }
        }
    }

    /// The prompt as printed before the echoed command (`ciscoasa#`, `fw1/pri/act>`).
    public var prompt: String?
    /// The echoed command (`show activation-key detail`).
    public var command: String?
    public var content: Content
    /// Lines the grammar did not accept, kept verbatim with their line numbers (DOC001).
    public var unparsed: [UnparsedLine]
    /// The input it was read from, as the user named it (or `--stdin-filename`): with
    /// `sourceLines`, where in which dump a document came from. Set by whoever reads the input.
    public var source: String?
    /// First and last line of the capture this document was read from.
    public var sourceLines: ClosedRange<Int>?
    /// The day the capture was taken, when known: time-based licenses then have expiry dates.
    public var asOf: CaptureDate?
    /// Text that is not license text (a post's prose, a heading) stood between this document
    /// and the one before it in the capture: it starts a passage of its own, as a blog's
    /// examples each do. Lint tells apart by it the units of one file that share a hostname
    /// (`ciscoasa`). A record of where the document was read, as spans are: not compared, and
    /// not written to YAML or JSON (read back, such documents are grouped by place alone).
    @NotCompared public var followsOtherText = false
    /// Read from the text a diff makes: what its hunks show of a file, not all of it, so what
    /// the hunks leave out is not said to be missing (SHR006, SHR007). Not compared, not written.
    @NotCompared public var readFromDiff = false

    public init(prompt: String? = nil, command: String? = nil, content: Content, unparsed: [UnparsedLine] = [], sourceLines: ClosedRange<Int>? = nil) {
        self.prompt = prompt
        self.command = command
        self.content = content
        self.unparsed = unparsed
        self.sourceLines = sourceLines
    }

    /// The hostname the prompt names (`fw1/pri/act>` → `fw1`).
    public var hostname: String? { prompt.flatMap(Document.hostname(ofPrompt:)) }

    /// The hostname a prompt names: `fw1/pri/act>` → `fw1`, `fw1(config)#` → `fw1`.
    public static func hostname(ofPrompt prompt: String) -> String? {
        // An ASCII prompt (nearly all) is cut byte by byte; any other character by character, as
        // a mark combined with `/` makes a character that is not `/`.
        // Read through the string's own bytes: walking its `utf8` view cost a thousand
        // instructions a prompt, asked twice for every document of a capture.
        var text = prompt
        let ascii: String?? = text.withUTF8 { bytes in
            var end = -1
            for (i, b) in bytes.enumerated() {
                if b >= 0x80 { return .none }
                if end < 0 && (b == UInt8(ascii: "/") || b == UInt8(ascii: "(") || b == UInt8(ascii: "#") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&")) { end = i }
            }
            if end < 0 { end = bytes.count }
            return .some(end == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self))
        }
        if case .some(let name) = ascii { return name }
        let name = prompt.prefix { $0 != "/" && $0 != "(" && $0 != "#" && $0 != ">" && $0 != "&" }
        return name.isEmpty ? nil : String(name)
    }

    public var kind: DocumentKind { content.kind }
}

/// The kinds of document, by the name their YAML/JSON `kind` gives them.
public enum DocumentKind: String, Sendable, CaseIterable {
    case activationKey = "activation-key"
    case sharedLicense = "shared-license"
    case configuration = "license-config"
    case deviceError = "device-error"
}

/// A line kept as written because the grammar did not accept it.
public struct UnparsedLine: Hashable, Sendable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// A device error reply, kept as printed.
public struct DeviceErrorReply: Hashable, Sendable {
    public var lines: [String]

    public init(lines: [String]) { self.lines = lines }
}
