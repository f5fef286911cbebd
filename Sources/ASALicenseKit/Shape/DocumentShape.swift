// The shape of asalic's YAML/JSON documents: every map, its keys in the order they are written,
// their value shapes and meaning. See `TreeKeys`.

/// The keys every document has, whatever its kind. The kind's own keys come between
/// `source_lines` and `unparsed`.
public enum DocumentKey: String, TreeKeys {
    case kind, prompt, hostname, command, source
    case sourceLines = "source_lines"
    case asOf = "as_of"
    case unparsed

    public static let title = "document"
    public static let about = "One command output (or one configuration) of a capture."

    public var shape: ValueShape {
        switch self {
        case .kind: .choice(DocumentKind.allCases.map(\.rawValue))
        case .prompt, .hostname, .command, .source: .string
        case .sourceLines: .lineRange
        case .asOf: .map(AsOfKey.self)
        case .unparsed: .list(.map(UnparsedKey.self))
        }
    }

    public var about: String {
        switch self {
        case .kind: "Which output this is; decides the other keys."
        case .prompt: "The prompt printed before the echoed command, as written (`fw1/pri/act#`)."
        case .hostname: "The hostname the prompt names (derived from `prompt`)."
        case .command: "The echoed command (`show activation-key detail`)."
        case .source: "The input the document was read from, as the user named it (or --stdin-filename)."
        case .sourceLines: "First and last line of the input the document was read from."
        case .asOf: "The day the capture was taken, when known (--as-of, or a show clock output or a commit's date before it): time-based licenses then carry `expires_on`."
        case .unparsed: "Lines the grammar did not accept, kept verbatim with their line numbers (DOC001)."
        }
    }

    public var isDerived: Bool { self == .hostname }
    public var isRequired: Bool { self == .kind }
}

/// The keys of one map of the shape (see `UnparsedKey.about`).
/// The keys of one map of the shape (see `AsOfKey.about`).
public enum AsOfKey: String, TreeKeys {
    case date, source

    public static let title = "as_of"
    public static let about = "The day a capture was taken, and what says so."
    public var shape: ValueShape { self == .date ? .date : .choice(CaptureDate.Source.allCases.map(\.rawValue)) }
    public var about: String { self == .date ? "The date." : "`as-of`: the user's --as-of; `show-clock`: the device's clock in the capture; `commit`: the date of the commit whose diff holds the output (`git log -p`)." }
    public var isRequired: Bool { true }
}

/// The keys of one map of the shape (see `UnparsedKey.about`).
public enum UnparsedKey: String, TreeKeys {
    case line, text

    public static let title = "unparsed_line"
    public static let about = "A line kept as written because the grammar did not accept it."
    public var shape: ValueShape { self == .line ? .integer(minimum: 1) : .string }
    public var about: String { self == .line ? "Its line number in the input." : "The line as written (shared secrets redacted unless --show-secrets)." }
    public var isRequired: Bool { true }
}
